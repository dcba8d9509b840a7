import { useMemo, useState } from 'react';
import { publishChecklist } from '../../../shared/checklist/publish-checklist';
import { WEBHOOK_KINDS } from '../../../shared/model/webhook-kinds';
import { Button } from '../../components/Button';
import { useApp } from '../../store/store-context';
import { ChecklistSteps } from './ChecklistSteps';
import { copyText } from './copy-text';
import { kindTitle } from './format';

/**
 * The manual-entry fallback for domains without the admin API: both webhooks, screen by screen, copyable
 * value by value, and printable on its own (the print style hides everything else).
 */
export function ChecklistView() {
  const draft = useApp((s) => s.draft);
  const [copied, setCopied] = useState('');
  const webhooks = useMemo(
    () => (draft ? WEBHOOK_KINDS.map((kind) => ({ kind, steps: publishChecklist(draft, kind) })) : []),
    [draft],
  );

  async function copy(label: string, text: string) {
    const ok = await copyText(text);
    setCopied(ok ? `Copied “${label}”.` : `Could not copy “${label}”; select the value and copy it by hand.`);
  }

  return (
    <section id="publish-checklist" className="card print-area" aria-labelledby="checklist-heading">
      <div className="checklist-head">
        <h2 id="checklist-heading" tabIndex={-1}>
          Manual entry checklist{draft ? ` — ${draft.name}` : ''}
        </h2>
        <Button className="no-print" onClick={() => window.print()}>
          Print
        </Button>
      </div>
      <p className="section-description">
        For domains whose admin API is not available: enter the draft in the Admin Portal by hand, in this
        order. Secrets are never listed; type the OAuth password from where you keep it.
      </p>
      <p className="field-hint no-print" role="status">
        {copied}
      </p>
      {webhooks.map(({ kind, steps }) => (
        <section key={kind} className="checklist-webhook" aria-labelledby={`checklist-${kind}`}>
          <h3 id={`checklist-${kind}`}>{kindTitle(kind)}</h3>
          <ChecklistSteps steps={steps} onCopy={(label, text) => void copy(label, text)} />
        </section>
      ))}
    </section>
  );
}
