import { memo, useMemo } from 'react';
import type { DomainDraft } from '../../../shared/model/draft';
import type { Problem, ProblemLocation } from '../../../shared/validation/problem';
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

/**
 * A key per entry that stays with its problem when problems before it come or go: its path, and which
 * of the problems at that path it is.
 */
function keysOf(problems: readonly Problem[]): string[] {
  const seen = new Map<string, number>();
  return problems.map((p) => {
    const n = seen.get(p.path) ?? 0;
    seen.set(p.path, n + 1);
    return `${p.path}#${n}`;
  });
}

interface ItemProps {
  problem: Problem;
  /** The row's number when the problem belongs to a row. */
  rowNumber: number | undefined;
  onJump(at: ProblemLocation): void;
}

/**
 * One entry of the list. Problems of rows an edit did not touch keep their identity, so while the panel
 * is open a keystroke re-renders the entries that changed, not all of them.
 */
const ProblemItem = memo(function ProblemItem({ problem, rowNumber, onJump }: ItemProps) {
  return (
    <li>
      <button
        type="button"
        className={`problem problem-${problem.severity}`}
        onClick={() => onJump(problem.at)}
      >
        <span className={`severity severity-${problem.severity}`}>
          {problem.severity === 'error' ? 'Error' : 'Warning'}
        </span>
        <span className="problem-message">{problem.message}</span>
        <span className="problem-where">{describeLocation(problem.at, rowNumber)}</span>
      </button>
    </li>
  );
});

/** Every problem of the draft, errors first; choosing one opens its tab and focuses the exact spot. */
export function ProblemsPanel() {
  const open = useApp((s) => s.problemsOpen);
  // Row numbers follow the draft the problems were found in, so a keystroke does not re-render the list.
  const draft = useCheckedDraft();
  const jumpTo = useApp((s) => s.jumpTo);
  const setOpen = useApp((s) => s.setProblemsOpen);
  const problems = useProblems();
  const numbers = useMemo(() => (open ? rowNumbers(draft) : new Map<string, number>()), [open, draft]);
  const shown = useMemo(() => (open ? problems.all.slice(0, SHOWN) : []), [open, problems.all]);
  const keys = useMemo(() => keysOf(shown), [shown]);
  if (!open) return null;

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
          {shown.map((p, i) => (
            <ProblemItem
              key={keys[i]}
              problem={p}
              rowNumber={p.at.section === 'table' && p.at.rowId ? numbers.get(p.at.rowId) : undefined}
              onJump={jumpTo}
            />
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
