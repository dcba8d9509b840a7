import '../../styles/changes.css';
import '../../styles/results.css';
import type { PlanChange } from '../../../shared/plan/plan';
import { changeText, groupChanges } from './plan-groups';

function ChangeLine({ change }: { change: PlanChange }) {
  const text = changeText(change);
  return (
    <li className={`change change-${change.op}`}>
      <span className="change-marker" aria-hidden="true">
        {text.marker}
      </span>
      {text.op && <span className="visually-hidden">{text.op}: </span>}
      <span className="change-label">{change.label}</span>
      {text.before !== undefined && (
        <>
          {' '}
          <span className="value-before">{text.before}</span>
        </>
      )}
      {text.before !== undefined && text.after !== undefined && (
        <>
          <span aria-hidden="true"> →</span>
          <span className="visually-hidden"> becomes</span>
        </>
      )}
      {text.after !== undefined && (
        <>
          {' '}
          <span className="value-after">{text.after}</span>
        </>
      )}
    </li>
  );
}

/** Plan lines grouped by setting, with +/−/~ markers (and the words behind them for screen readers). */
export function PlanChanges({
  changes,
  headingLevel = 4,
}: {
  changes: readonly PlanChange[];
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="plan-changes">
      {groupChanges(changes).map((group) => (
        <div key={group.title} className="change-group">
          <Heading className="change-group-title">{group.title}</Heading>
          <ul className="change-list">
            {group.changes.map((c) => (
              <ChangeLine key={c.unit} change={c} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
