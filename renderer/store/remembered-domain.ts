const KEY = 'webhook-studio.selected-domain';

/** The domain that was open last, so a reload or a restart reopens it (UI state, not data). */
export function rememberedDomain(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null; // storage disabled: start with the first domain
  }
}

/** Remembers the open domain; forgetting is `null`. */
export function rememberDomain(id: string | null): void {
  try {
    if (id) globalThis.localStorage?.setItem(KEY, id);
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Not worth interrupting anyone over.
  }
}
