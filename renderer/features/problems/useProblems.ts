import { useApp } from '../../store/store-context';
import { problemsOf, type ProblemIndex } from './problem-index';

/** The current draft's problems; validation runs once per draft change, shared by every caller. */
export function useProblems(): ProblemIndex {
  const draft = useApp((s) => s.draft);
  return problemsOf(draft);
}
