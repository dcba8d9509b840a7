import type { DomainDraft } from '../../shared/model/draft';
import { emptyConfig } from '../../shared/model/empty-config';

/** Whether two JSON values are equal; stops at the first difference (a 1,000-row table at its length). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every(
    (k) =>
      Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

const EMPTY = emptyConfig();

/**
 * A draft never pulled and never edited: a pull can lose nothing, and the start screen shows for it.
 * Asked on every change of the draft, so it must not walk (or serialise) a long draft.
 */
export function isFreshDraft(draft: DomainDraft | null): boolean {
  return !!draft && !draft.remote && sameJson(draft.config, EMPTY);
}
