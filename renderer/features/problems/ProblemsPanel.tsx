import { useMemo } from 'react';
import type { DomainDraft } from '../../../shared/model/draft';
import type { Problem } from '../../../shared/validation/problem';
import { IconButton } from '../../components/Button';
import { useApp } from '../../store/store-context';
import { describeLocation } from './targets';
import { useCheckedDraft } from './useCheckedDraft';
import { useProblems } from './useProblems';

/** Long lists are cut here: a thousand identical errors help nobody, and each one is a button. */
const SHOWN = 200;

function rowNumbers(draft: DomainDraft | null): Map<string, number> {
  const numbers = new Map<string, number>();
  if (!draft) return numbers;
  for (const kind of ['profile', 'location'] as const) {
    const hook = draft.config[kind];
    for (const rows of [
      hook.outgoing.request_parameters,
      hook.outgoing.response_parameters,
      hook.incoming.input_parameters,
    ]) {
      rows.forEach((r, i) => numbers.set(r.id, i + 1));
    }
  }
  return numbers;
}

/** Every problem of the draft, errors first; choosing one opens its tab and focuses the exact spot. */
export function ProblemsPanel() {
  const open = useApp((s) => s.problemsOpen);
  // Row numbers follow the draft the problems were found in, so a keystroke does not re-render the list.
  const draft = useCheckedDraft();
  const jumpTo = useApp((s) => s.jumpTo);
  const setOpen = useApp((s) => s.setProblemsOpen);
  const problems = useProblems();
  const numbers = useMemo(() => (open ? rowNumbers(draft) : new Map<string, number>()), [open, draft]);
  if (!open) return null;

  const where = (p: Problem) =>
    describeLocation(p.at, p.at.section === 'table' && p.at.rowId ? numbers.get(p.at.rowId) : undefined);

  return (
    <section id="problems-panel" className="problems-panel" aria-labelledby="problems-heading">
      <div className="problems-head">
        <h2 id="problems-heading">
          Problems{' '}
          <span className="heading-note">
            {problems.errors} {problems.errors === 1 ? 'error' : 'errors'}, {problems.warnings}{' '}
            {problems.warnings === 1 ? 'warning' : 'warnings'}
          </span>
        </h2>
        <IconButton label="Hide problems" icon="close" onClick={() => setOpen(false)} />
      </div>
      {problems.all.length === 0 ? (
        <p className="muted">No problems: this draft passes every rule the domain checks.</p>
      ) : (
        <ul className="problem-list">
          {problems.all.slice(0, SHOWN).map((p, i) => (
            <li key={`${p.path}-${i}`}>
              <button type="button" className={`problem problem-${p.severity}`} onClick={() => jumpTo(p.at)}>
                <span className={`severity severity-${p.severity}`}>
                  {p.severity === 'error' ? 'Error' : 'Warning'}
                </span>
                <span className="problem-message">{p.message}</span>
                <span className="problem-where">{where(p)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {problems.all.length > SHOWN && (
        <p className="muted">
          …and {problems.all.length - SHOWN} more. Fix these first; the list updates as you type.
        </p>
      )}
    </section>
  );
}
