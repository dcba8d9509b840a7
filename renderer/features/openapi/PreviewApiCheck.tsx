import type { ApiCheckView } from '../../../shared/bridge/harness-schemas';
import type { BodyViolation } from '../../../shared/openapi/types';
import { DataTableHead } from '../../components/DataTableHead';
import { Outcome } from '../harness/Notes';

/** The body's top-level fields with what was sent, so each violation is shown at its field. */
function bodyFields(body: string): [string, string][] {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    return Object.entries(value).map(([k, v]) => [k, JSON.stringify(v)]);
  } catch {
    // A form body: its fields are the form's.
    return [...new URLSearchParams(body)].map(([k, v]) => [k, JSON.stringify(v)]);
  }
}

/**
 * The preview body checked against the bound operation's request schema (checked by the host): a
 * summary, then each field with the violations at it; fields the schema requires but the body lacks
 * are listed as not sent.
 */
export function PreviewApiCheck({ check, body }: { check: ApiCheckView; body: string }) {
  if (check.error) return <p className="muted">Not checked against the API description: {check.error}</p>;
  const byField = new Map<string, BodyViolation[]>();
  for (const v of check.violations) byField.set(v.field, [...(byField.get(v.field) ?? []), v]);
  const sent = bodyFields(body);
  const names = new Set(sent.map(([k]) => k));
  const rows: [string, string | null][] = [
    ...sent,
    ...[...byField.keys()].filter((f) => f !== '' && !names.has(f)).map((f): [string, null] => [f, null]),
  ];
  const n = check.violations.length;
  return (
    <div aria-label="API description check">
      <Outcome ok={n === 0}>
        {n === 0
          ? `The body is valid for ${check.operation}.`
          : `${n} ${n === 1 ? 'problem' : 'problems'} against ${check.operation}'s request schema.`}
      </Outcome>
      {(byField.get('') ?? []).map((v) => (
        <p key={v.message} className="field-error">
          {v.message}
        </p>
      ))}
      {n > 0 && (
        <table className="data-table" aria-label="Body fields checked">
          <DataTableHead columns={['Field', 'Value sent', 'API description']} />
          <tbody>
            {rows.map(([name, value]) => {
              const problems = byField.get(name) ?? [];
              return (
                <tr key={name} aria-invalid={problems.length > 0}>
                  <th scope="row">
                    <code>{name}</code>
                  </th>
                  <td>{value === null ? <span className="muted">not sent</span> : <code>{value}</code>}</td>
                  <td>
                    {problems.length === 0
                      ? 'OK'
                      : problems.map((p) => (
                          <span key={`${p.pointer} ${p.message}`} className="field-error">
                            {p.pointer.split('/').length > 2 ? `${p.pointer}: ` : ''}
                            {p.message}
                          </span>
                        ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
