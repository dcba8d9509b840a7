import type { Problem } from '../../shared/validation/problem';

/** What a control's message needs of a problem: how bad, and what to say. */
export type FieldMessage = Pick<Problem, 'severity' | 'message'>;

/**
 * The validation messages of one control, errors first. `compact` keeps to one line (table rows have a
 * fixed height for windowing); the full text stays in the DOM for aria-describedby and the tooltip.
 */
export function FieldMessages({
  id,
  problems,
  compact = false,
}: {
  id: string;
  problems: readonly FieldMessage[];
  compact?: boolean;
}) {
  if (problems.length === 0) return <div id={id} className="field-messages" />;
  const ordered = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const text = ordered.map((p) => p.message).join(' · ');
  const tone = ordered[0]?.severity === 'error' ? 'error' : 'warning';
  return (
    <div
      id={id}
      className={`field-messages field-messages-${tone}${compact ? ' compact' : ''}`}
      title={compact ? text : undefined}
    >
      {ordered.map((p, i) => (
        <span key={i} className={`message message-${p.severity}`}>
          <span className="visually-hidden">{p.severity === 'error' ? 'Error: ' : 'Warning: '}</span>
          {p.message}
        </span>
      ))}
    </div>
  );
}

/** Whether a control should be marked aria-invalid: only errors, not warnings. */
export function hasError(problems: readonly FieldMessage[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
