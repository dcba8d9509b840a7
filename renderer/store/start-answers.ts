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
 * Asks for app info, the domain list, the settings and the draft open last in one request: each request
 * costs the page's main thread several milliseconds before it leaves, and the first paint waits for all
 * of them. Nothing here needs React or the store, so main.tsx runs it before either is even evaluated.
 * Should the one answer fail, each part is asked for on its own, so one part that cannot be read does
 * not keep the others from showing (and each failure is reported where it was before).
 */
export function askHostAtStart(): StartAnswers {
  const start = call('app:start', {});
  const apart = <T>(part: (value: ChannelResult<'app:start'>) => T, alone: () => Promise<T>) =>
    start.then(part, alone);
  const answers: StartAnswers = {
    // The draft first: the host answers in the order it is asked, and the rows wait for the draft.
    lastDraft: apart(
      (value) => value.last_draft,
      () => call('drafts:last', {}).catch(() => null),
    ),
    appInfo: apart(
      (value) => value.info,
      () => call('app:info', {}),
    ),
    domains: apart(
      (value) => value.domains,
      () => call('domains:list', {}),
    ),
    settings: apart(
      (value) => value.settings,
      () => call('settings:get', {}),
    ),
  };
  // Each is awaited by the store, which reports a failure; until then a rejection is not "unhandled".
  for (const answer of Object.values(answers)) (answer as Promise<unknown>).catch(() => undefined);
  return answers;
}
