/** Wait after the last keystroke in a secret field before it is handed to the host. */
export const SECRET_SAVE_DELAY_MS = 600;

/** Secrets typed but not yet handed to the host's secret store. */
export interface SecretSaves {
  /** What a field would save now; runs after the pause unless typing replaces it first. */
  schedule(key: string, save: () => Promise<unknown>): void;
  /** Saves one field's pending secret now (on blur, on leaving); resolves when it is saved. */
  saveNow(key: string): Promise<void>;
  /** Forgets a field's pending save (the secret was cleared instead). */
  cancel(key: string): void;
  /** Saves every pending secret and waits for saves already running: host steps call it first. */
  flush(): Promise<void>;
}

/**
 * Secret fields save like every other field, after a pause or on blur, but not into the draft: each field
 * hands its own value to the host's secret store. This keeps the pending saves in one place so any host
 * step (fire, test connection, pull) can first make sure what the admin typed is what the host uses.
 */
export function createSecretSaves(delayMs = SECRET_SAVE_DELAY_MS): SecretSaves {
  const pending = new Map<string, { save: () => Promise<unknown>; timer: ReturnType<typeof setTimeout> }>();
  const running = new Set<Promise<void>>();

  const start = (key: string): Promise<void> => {
    const entry = pending.get(key);
    if (!entry) return Promise.resolve();
    clearTimeout(entry.timer);
    pending.delete(key);
    // A failed save is shown by its field; waiting host steps go on and report what the host says.
    const done = entry.save().then(
      () => undefined,
      () => undefined,
    );
    running.add(done);
    void done.finally(() => running.delete(done));
    return done;
  };

  return {
    schedule(key, save) {
      const previous = pending.get(key);
      if (previous) clearTimeout(previous.timer);
      pending.set(key, { save, timer: setTimeout(() => void start(key), delayMs) });
    },
    saveNow: start,
    cancel(key) {
      const entry = pending.get(key);
      if (entry) clearTimeout(entry.timer);
      pending.delete(key);
    },
    async flush() {
      await Promise.all([...pending.keys()].map(start));
      await Promise.all([...running]);
    },
  };
}
