import type { ChannelResult } from '../../shared/bridge/contract';
import type { AppSettings } from '../../shared/bridge/contract-settings';
import type { DomainDraft, DomainSummary } from '../../shared/model/draft';
import { call } from '../bridge/call';

/** What the app asks the host for when it starts, as promises (each settles once; nothing throws here). */
export interface StartAnswers {
  appInfo: Promise<ChannelResult<'app:info'>>;
  domains: Promise<DomainSummary[]>;
  settings: Promise<AppSettings>;
  /** The draft open last, or null (also when it could not be read: the first domain opens instead). */
  lastDraft: Promise<DomainDraft | null>;
}

/**
 * Asks for app info, the domain list, the settings and the draft open last, all at once. Nothing here
 * needs React or the store, so main.tsx runs it before either is even evaluated: a reload's answers are
 * on their way while the rest of the app's code starts.
 */
export function askHostAtStart(): StartAnswers {
  // The draft first: the host answers in the order it is asked, and the draft is both the largest
  // answer and the one the first paint of its rows waits for.
  const lastDraft = call('drafts:last', {}).catch(() => null);
  const answers: StartAnswers = {
    appInfo: call('app:info', {}),
    domains: call('domains:list', {}),
    settings: call('settings:get', {}),
    lastDraft,
  };
  // Each is awaited by the store, which reports a failure; until then a rejection is not "unhandled".
  for (const answer of Object.values(answers)) (answer as Promise<unknown>).catch(() => undefined);
  return answers;
}
