import type { AppStore } from './create-store';
import { askHostAtStart, type StartAnswers } from './start-answers';

/**
 * Hands the store what the app asks the host for when it starts: app info, the domain list, the settings
 * and the draft open last. main.tsx asks before the app's code is evaluated and calls this before the
 * first render, so the answers are on their way while React renders the shell.
 */
export function startApp(store: AppStore, answers: StartAnswers = askHostAtStart()): void {
  const state = store.getState();
  void state.loadAppInfo(answers.appInfo);
  void state.loadDomains(answers);
}
