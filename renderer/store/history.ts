import type { EditOptions } from './types';

/** Edits of one group closer together than this are one undo step ("one typed word"). */
export const GROUP_WINDOW_MS = 1000;
/** How many undo steps are kept. */
export const HISTORY_LIMIT = 200;

/**
 * Decides whether an edit starts a new undo step or joins the previous one. The store calls `begin`
 * before each draft edit; zundo's `handleSet` is wrapped so a joining edit records no new past state.
 */
export function createHistoryGrouper(now: () => number = Date.now) {
  let last: { key: string; at: number } | null = null;
  let joinCurrent = false;
  return {
    begin(options: EditOptions | undefined): void {
      const t = now();
      const key = options?.group;
      joinCurrent = key !== undefined && last !== null && last.key === key && t - last.at < GROUP_WINDOW_MS;
      last = key !== undefined && !options?.endGroup ? { key, at: t } : null;
    },
    end(): void {
      joinCurrent = false;
    },
    /** After undo/redo or a load the next edit must always be a step of its own. */
    reset(): void {
      last = null;
      joinCurrent = false;
    },
    wrap<A extends unknown[]>(handleSet: (...args: A) => void): (...args: A) => void {
      return (...args: A) => {
        if (!joinCurrent) handleSet(...args);
      };
    },
  };
}
