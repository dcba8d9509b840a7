import { contentFromWire, type WebhookContent } from '../../../shared/domain-api/webhook-content';
import { contentFingerprint } from '../../../shared/draft-file/fingerprint';
import type { FileBase } from '../../../shared/draft-file/format';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { foreignChanges, type ForeignChanges, type VersionStep } from '../../../shared/plan/base-check';
import type { DomainClient } from '../domain-client/domain-client';
import { DomainError } from '../domain-client/domain-error';
import type { LiveWebhook } from './publish-engine';

/** Versions read one by one to attribute changes; beyond this the history list alone decides. */
const MAX_STEPS = 25;

/** The base a file sits on, with what changed on the live page since, and by whom. */
export type BaseState =
  | { status: 'ok'; version: number; content: WebhookContent; foreign: ForeignChanges }
  | { status: 'tampered'; message: string };

/** Whether a history entry's `updated_by` names the signed-in account (asked after sign-in, so read late). */
export function publisherMatcher(client: DomainClient, username: string): (by: string | null) => boolean {
  return (by) => {
    if (by === null) return false;
    const names = [client.user?.name, client.user?.email, username].filter((n): n is string => !!n);
    return names.some((n) => n.trim().toLowerCase() === by.trim().toLowerCase());
  };
}

async function versionContent(
  client: DomainClient,
  kind: WebhookKind,
  version: number,
): Promise<{ content: WebhookContent; updated_by: string | null } | null> {
  try {
    const wire = await client.version(kind, version);
    return { content: contentFromWire(wire, kind), updated_by: wire.updated_by ?? null };
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) return null;
    throw error;
  }
}

/** What the caller already knows that can identify the base's content. */
export interface BaseHints {
  /** The base content itself, when the caller keeps it (the app's stored draft). */
  known?: WebhookContent | null;
  /** The OAuth the file would publish: the shared setting can move without a version of this webhook. */
  fileOAuth: WebhookContent['security']['oauth'];
}

/** The first candidate whose fingerprint is the file's. */
function matching(kind: WebhookKind, fingerprint: string, candidates: (WebhookContent | null | undefined)[]) {
  return candidates.find((c): c is WebhookContent => !!c && contentFingerprint(kind, c) === fingerprint);
}

// OAuth is shared by both webhooks, so a saved version's OAuth may be older or newer than the one live when
// the file was pulled; the base is that version's content with one of the OAuth settings seen since.
const withOAuth = (c: WebhookContent, oauth: WebhookContent['security']['oauth']): WebhookContent => ({
  ...c,
  security: { oauth: oauth ? { ...oauth } : null },
});

/**
 * Checks a file's base against the domain and learns what changed since: the base version's content comes
 * from the history (its fingerprint must match the file's), then each later version says who changed what.
 * With a live page still at the base, nothing extra is read, so a plain publish keeps its round trips.
 */
export async function readBase(
  client: DomainClient,
  kind: WebhookKind,
  base: FileBase,
  live: LiveWebhook,
  isPublisher: (by: string | null) => boolean,
  hints: BaseHints,
): Promise<BaseState> {
  const where = `base.${kind}`;
  if (base.version > live.version) {
    return {
      status: 'tampered',
      message: `${where}.version is ${base.version}, but the live ${kind} webhook is only at version ${live.version}: this file was not pulled from this domain, or its base was edited. Nothing was written; pull again (to promote a file from another domain, plan and publish it with --base live).`,
    };
  }
  const liveOAuth = live.content.security.oauth;
  let content = matching(kind, base.fingerprint, [
    hints.known,
    ...(base.version === live.version ? [live.content, withOAuth(live.content, hints.fileOAuth)] : []),
  ]);
  if (!content && (base.version > 0 || live.version > 0)) {
    const saved = await versionContent(client, kind, base.version);
    if (!saved) {
      return {
        status: 'tampered',
        message: `${where}.version ${base.version} is not in the domain's history of the ${kind} webhook. Nothing was written; pull again (to promote a file from another domain, plan and publish it with --base live).`,
      };
    }
    content = matching(kind, base.fingerprint, [
      saved.content,
      withOAuth(saved.content, hints.fileOAuth),
      withOAuth(saved.content, liveOAuth),
    ]);
  }
  if (!content) {
    return {
      status: 'tampered',
      message: `${where}.fingerprint does not match version ${base.version} of the live ${kind} webhook: the file's base was edited or copied from another domain (or the shared OAuth setting was changed both on the domain and in the file). Nothing was written; pull again (to promote a file from another domain, plan and publish it with --base live).`,
    };
  }
  const steps = await stepsSince(client, kind, base.version, live, isPublisher);
  return {
    status: 'ok',
    version: base.version,
    content,
    foreign: foreignChanges(content, steps, live.content, kind, isPublisher),
  };
}

/** The versions after the base, oldest first; a long history is judged by its authors alone. */
async function stepsSince(
  client: DomainClient,
  kind: WebhookKind,
  from: number,
  live: LiveWebhook,
  isPublisher: (by: string | null) => boolean,
): Promise<VersionStep[]> {
  const last = { version: live.version, updated_by: live.wire.updated_by ?? null, content: live.content };
  if (live.version - from <= MAX_STEPS) {
    const steps: VersionStep[] = [];
    for (let v = from + 1; v < live.version; v++) {
      const step = await versionContent(client, kind, v);
      // A version missing from the history is nobody's known change: judged as someone else's.
      steps.push(step ? { version: v, ...step } : { version: v, updated_by: null, content: last.content });
    }
    return live.version > from ? [...steps, last] : steps;
  }
  const list = await client.versions(kind);
  const since = list.filter((v) => v.version > from && v.version <= live.version);
  const all = since.length === live.version - from && since.every((v) => isPublisher(v.updated_by ?? null));
  // One step for the whole span: the publisher's own when every version in it is, someone else's otherwise.
  return [{ ...last, updated_by: all ? last.updated_by : null }];
}
