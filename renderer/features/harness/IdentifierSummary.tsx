import type { IdentifierReportView } from '../../../shared/bridge/harness-schemas';
import type { Sample } from '../../../shared/samples';
import { Icon } from '../../components/Icon';

/** Missing values, collisions and case variants of the identifier over the samples. */
export function IdentifierSummary({
  report,
  samples,
  noun,
}: {
  report: IdentifierReportView | null;
  samples: readonly Sample[];
  noun: string;
}) {
  if (!report) {
    return (
      <p className="muted" role="status">
        No Input Parameter is marked as the {noun} identifier, so there is nothing to check.
      </p>
    );
  }
  const label = (id: string) => samples.find((s) => s.id === id)?.label ?? id;
  const names = (ids: readonly string[]) => ids.map(label).join(', ');
  const clean = report.missing.length + report.collisions.length + report.caseVariants.length === 0;
  return (
    <section
      className={clean ? 'identifier-check result-ok' : 'identifier-check result-warning'}
      aria-labelledby="identifier-heading"
    >
      <h3 id="identifier-heading">
        <Icon name={clean ? 'check' : 'warning'} /> Identifier check: <code>{report.key}</code>
        <span className="heading-note"> over {report.checked} samples</span>
      </h3>
      <ul className="plain-list">
        <li>
          <strong>Missing:</strong>{' '}
          {report.missing.length === 0 ? 'none' : `${report.missing.length} — ${names(report.missing)}`}
        </li>
        <li>
          <strong>Collisions:</strong>{' '}
          {report.collisions.length === 0
            ? 'none'
            : report.collisions.map((c) => `“${c.value}” — ${names(c.ids)}`).join('; ')}
        </li>
        <li>
          <strong>Case or space variants:</strong>{' '}
          {report.caseVariants.length === 0
            ? 'none'
            : report.caseVariants
                .map((v) => `${v.values.map((x) => `“${x}”`).join(' / ')} — ${names(v.ids)}`)
                .join('; ')}
        </li>
      </ul>
    </section>
  );
}
