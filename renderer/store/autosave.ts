import type { DomainDraft } from '../../shared/model/draft';
import type { SaveStatus } from './types';

/** Wait after the last change before saving. */
export const SAVE_DEBOUNCE_MS = 400;
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

/** What the autosave controller needs from the outside world. */
export interface AutosaveOptions {
  save(draft: DomainDraft): Promise<{ saved_at: string }>;
  onStatus(status: SaveStatus): void;
  onSaved?(draft: DomainDraft, savedAt: string): void;
  describeError?(err: unknown): string;
  delayMs?: number;
}

/** The autosave controller's handle. */
export interface Autosave {
  /** A draft changed: save it after the debounce. */
  schedule(draft: DomainDraft): void;
  /** Save everything pending now; resolves when saved or when a save failed (it is then retried). */
  flush(): Promise<void>;
  /** Forget unsaved changes of a domain that no longer exists. */
  discard(id: string): void;
  /** Whether some change is not on disk yet. */
  isDirty(): boolean;
  dispose(): void;
}

/**
 * Saves every draft change, debounced, one save at a time and always the newest version of each draft.
 * A failed save keeps the draft pending and retries with exponential backoff: local edits are never
 * dropped, and the status says why the last attempt failed.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const delayMs = options.delayMs ?? SAVE_DEBOUNCE_MS;
  const describe =
    options.describeError ?? ((err: unknown) => (err instanceof Error ? err.message : String(err)));
  const pending = new Map<string, DomainDraft>();
  let debounce: ReturnType<typeof setTimeout> | null = null;
  /** When the debounce ends: each change moves it on; a timer re-armed at most once per debounce follows it. */
  let due = 0;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let failures = 0;
  let disposed = false;

  function clearTimers(): void {
    if (debounce) clearTimeout(debounce);
    if (retry) clearTimeout(retry);
    debounce = retry = null;
  }

  async function drain(): Promise<void> {
    for (let next = pending.entries().next(); !next.done; next = pending.entries().next()) {
      const [id, draft] = next.value;
      pending.delete(id);
      options.onStatus({ state: 'saving' });
      try {
        const result = await options.save(draft);
        failures = 0;
        options.onSaved?.(draft, result.saved_at);
        if (pending.size === 0) options.onStatus({ state: 'saved', savedAt: result.saved_at });
      } catch (err) {
        // A newer edit made while saving supersedes this version; otherwise keep this one.
        if (!pending.has(id)) pending.set(id, draft);
        failures += 1;
        const wait = Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), MAX_RETRY_MS);
        options.onStatus({ state: 'error', message: describe(err), retryInMs: wait });
        if (!disposed) retry = setTimeout(() => void kick(), wait);
        return;
      }
    }
  }

  function whenDue(): void {
    debounce = null;
    const wait = due - Date.now();
    if (wait > 0) debounce = setTimeout(whenDue, wait);
    else void kick();
  }

  function kick(): Promise<void> {
    clearTimers();
    if (running) return running.then(() => (pending.size > 0 && !retry ? kick() : undefined));
    running = drain().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    schedule(draft) {
      pending.set(draft.id, draft);
      // During a backoff the retry timer will pick the newest version up; don't hammer a failing host.
      if (retry) return;
      options.onStatus({ state: 'pending' });
      due = Date.now() + delayMs;
      debounce ??= setTimeout(whenDue, delayMs);
    },
    flush() {
      return pending.size > 0 || running ? kick() : Promise.resolve();
    },
    discard(id) {
      pending.delete(id);
    },
    isDirty() {
      return pending.size > 0 || running !== null;
    },
    dispose() {
      disposed = true;
      clearTimers();
    },
  };
}
