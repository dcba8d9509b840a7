import { useApp } from '../../store/store-context';
import { useApiDescription } from '../openapi/useApiDescription';
import { problemsOf, type ProblemIndex } from './problem-index';

/** The current draft's problems; validation runs once per draft change, shared by every caller. */
export function useProblems(): ProblemIndex {
  const draft = useApp((s) => s.draft);
  const owner = useApiDescription((s) => s.domainId);
  const context = useApiDescription((s) => s.context);
  return problemsOf(draft, draft && owner === draft.id ? context : null);
}
