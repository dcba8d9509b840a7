import type { Problem } from '../../../shared/validation/problem';
import { useApp } from '../../store/store-context';

const NONE: readonly Problem[] = [];

/**
 * A spot's problems once the admin has edited or left it, none before: a section just switched on or
 * opened is not red before anything was typed. The Problems panel still lists everything.
 */
export function useShownProblems(spot: string, problems: readonly Problem[]): readonly Problem[] {
  const shown = useApp((s) => s.touched.domainId === (s.draft?.id ?? null) && s.touched.spots.includes(spot));
  return shown ? problems : NONE;
}
