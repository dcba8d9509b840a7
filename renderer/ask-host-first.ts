import { askHostAtStart } from './store/start-answers';

/**
 * The host's answers a start waits for (the domain list, the settings, the draft open last), asked while
 * this module is evaluated. main.tsx imports it before anything else, so on a reload the requests leave
 * before React and the rest of the app's code are evaluated, not after.
 */
export const startAnswers = askHostAtStart();
