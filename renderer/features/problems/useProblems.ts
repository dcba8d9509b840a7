import { useDeferredValue } from 'react';
import { useApp } from '../../store/store-context';
import { useApiDescription } from '../openapi/useApiDescription';
import { problemsOf, type ProblemIndex } from './problem-index';

/**
 * The current draft's problems; validation runs once per draft change, shared by every caller. It runs
 * in a deferred render: a keystroke paints with the problems found so far, and the new draft's are
 * found right after, so typing in a long draft never waits for the whole draft to be checked.
 */
export function useProblems(): ProblemIndex {
  const current = useApp((s) => s.draft);
  const draft = useDeferredValue(current);
  const owner = useApiDescription((s) => s.domainId);
  const context = useApiDescription((s) => s.context);
  return problemsOf(draft, draft && owner === draft.id ? context : null);
}
