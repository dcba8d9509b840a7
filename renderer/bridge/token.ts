/** Where the browser shell's per-launch token is kept so a reload still works (cleared with the tab). */
export const TOKEN_STORAGE_KEY = 'webhook-studio.token';

/** The pieces of `window` the token reader touches, so it can be exercised without a real page. */
export interface TokenEnvironment {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Reads the host's token from the URL fragment (`#token=…`) once, keeps it in sessionStorage and removes it
 * from the address bar, so it is neither bookmarked nor shown; later reloads find it in sessionStorage.
 */
export function readToken(env: TokenEnvironment): string | null {
  const hash = env.location.hash.startsWith('#') ? env.location.hash.slice(1) : env.location.hash;
  const fromHash = new URLSearchParams(hash).get('token');
  if (fromHash) {
    try {
      env.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromHash);
    } catch {
      // Storage can be disabled; the token still works for this page's lifetime.
    }
    env.history.replaceState(env.history.state, '', env.location.pathname + env.location.search);
    return fromHash;
  }
  try {
    return env.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}
