import { useApp } from '../../store/store-context';
import { useProblems } from './useProblems';

/** The header's problems count; toggles the problems panel. */
export function ProblemsBadge() {
  const open = useApp((s) => s.problemsOpen);
  const setOpen = useApp((s) => s.setProblemsOpen);
  const { errors, warnings, all } = useProblems();
  const tone = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
  const summary = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
  return (
    <button
      type="button"
      className={`btn btn-secondary problems-badge tone-${tone}`}
      aria-expanded={open}
      aria-controls="problems-panel"
      title={summary}
      onClick={() => setOpen(!open)}
    >
      Problems
      <span className="count" data-testid="problems-count" data-errors={errors} data-warnings={warnings}>
        {all.length}
      </span>
      <span className="visually-hidden">({summary})</span>
    </button>
  );
}
