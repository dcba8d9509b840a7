import { useApiDescription } from '../openapi/useApiDescription';
import { problemsOf, type ProblemIndex } from './problem-index';
import { useCheckedDraft } from './useCheckedDraft';

/**
 * The current draft's problems; validation runs once per draft change, shared by every caller. It runs
 * in a transition: a keystroke paints with the problems found so far and re-renders none of the
 * components that only show problems; the new draft's are found in the task after that paint (see
 * useCheckedDraft), so typing in a long draft never waits for the draft to be checked.
 */
export function useProblems(): ProblemIndex {
  const draft = useCheckedDraft();
  const owner = useApiDescription((s) => s.domainId);
  const context = useApiDescription((s) => s.context);
  return problemsOf(draft, draft && owner === draft.id ? context : null);
}
