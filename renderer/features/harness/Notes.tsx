import { useState, type ReactNode } from 'react';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { prettyJson } from './format';

/** A failure next to the controls that caused it; announced to screen readers. */
export function ErrorNote({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="result result-error" role="alert">
      <Icon name="danger" />
      <div>{message}</div>
    </div>
  );
}

/** An outcome line: success or failure, with an icon and a word, never colour alone. */
export function Outcome({ ok, children }: { ok: boolean; children: ReactNode }) {
  return (
    <div className={ok ? 'result result-ok' : 'result result-error'} role="status">
      <Icon name={ok ? 'check' : 'danger'} />
      <div>{children}</div>
    </div>
  );
}

/** Headers as a compact two-column list. */
export function HeaderList({ headers, label }: { headers: Record<string, string>; label: string }) {
  const entries = Object.entries(headers);
  if (entries.length === 0) return <p className="muted">No headers.</p>;
  return (
    <dl className="header-list" aria-label={label}>
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A request body as it goes on the wire: the exact bytes by default (what the third party must parse),
 * formatted on request for reading.
 */
export function WireBody({ text, label }: { text: string; label: string }) {
  const [formatted, setFormatted] = useState(false);
  const pretty = prettyJson(text);
  return (
    <div className="wire-body">
      {pretty !== text && (
        // A two-way switch that looks like one, not a heading: which view of the same body is shown.
        <div className="view-switch" role="group" aria-label="Body shown as">
          <Button className="btn-small" aria-pressed={!formatted} onClick={() => setFormatted(false)}>
            Exact bytes
          </Button>
          <Button className="btn-small" aria-pressed={formatted} onClick={() => setFormatted(true)}>
            Formatted
          </Button>
        </div>
      )}
      <BodyBlock text={formatted ? pretty : text} label={label} />
    </div>
  );
}

/** A body as preformatted text in a focusable, scrollable box (keyboard users can scroll it). */
export function BodyBlock({ text, label }: { text: string; label: string }) {
  return (
    <pre className="code-block" tabIndex={0} role="group" aria-label={label}>
      {text === '' ? '(empty)' : text}
    </pre>
  );
}
