import { AppError } from '../../../shared/bridge/envelope';
import {
  contentFromWire,
  sameContent,
  type WebhookContent,
} from '../../../shared/domain-api/webhook-content';
import type { WireWebhook } from '../../../shared/domain-api/wire-schemas';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { threeWay } from '../../../shared/plan/merge';
import type { ApplyOutcome, Conflict } from '../../../shared/plan/outcome';
import { diffContent } from '../../../shared/plan/plan';
import type { DomainClient } from '../domain-client/domain-client';
import { DomainError } from '../domain-client/domain-error';

/** The live webhook as read from the domain. */
export interface LiveWebhook {
  wire: WireWebhook;
  content: WebhookContent;
  version: number;
}

/** Read the live webhook. */
export async function readLive(client: DomainClient, kind: WebhookKind): Promise<LiveWebhook> {
  const { wire } = await client.webhook(kind);
  return { wire, content: contentFromWire(wire, kind), version: wire.version };
}

/** What to publish for one webhook. */
export interface ApplyRequest {
  kind: WebhookKind;
  content: WebhookContent;
  /** The live version the plan was made against; the PUT carries it as If-Match. */
  expectedVersion: number;
  /** The content of the base, to show base/live/draft columns on a conflict. */
  base: WebhookContent | null;
  /** The base's version when it is not the live version the write expects (a file's older base). */
  baseVersion?: number;
  /** The OAuth password, only when it changed; omitted keeps the stored one. */
  password?: string;
}

/** How the read-back after an accepted write waits between attempts; tests pass a sleep that returns at once. */
export interface ApplyOptions {
  sleep?: (ms: number) => Promise<void>;
  /** Waits before each further read-back attempt (backoff); a few seconds in all by default. */
  readBackDelaysMs?: readonly number[];
}

const READ_BACK_DELAYS_MS = [250, 500, 1000, 2000];
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The PUT body of admin-api.md for a content. */
export function putBody(content: WebhookContent, password?: string): Record<string, unknown> {
  const oauth = content.security.oauth;
  return {
    outgoing: content.outgoing,
    incoming: { input_parameters: content.incoming.input_parameters },
    security: { oauth: oauth ? { ...oauth, ...(password ? { password } : {}) } : null },
    ...(content.jit_provisioning === undefined ? {} : { jit_provisioning: content.jit_provisioning }),
  };
}

/** The three-column view of a live page that moved since the base. */
export function conflictOf(req: ApplyRequest, live: LiveWebhook): Conflict {
  return {
    kind: req.kind,
    base_version: req.base ? (req.baseVersion ?? req.expectedVersion) : null,
    live_version: live.version,
    updated_by: live.wire.updated_by ?? null,
    updated_at: live.wire.updated_at ?? null,
    // With no known base the base column stays empty: showing live there would claim nobody changed it.
    items: threeWay(req.base ?? live.content, live.content, req.content, req.kind).map((i) =>
      req.base ? i : { ...i, base: undefined },
    ),
  };
}

/** Read-back: does the live page hold exactly what was sent? */
function verify(req: ApplyRequest, live: LiveWebhook, note?: string): ApplyOutcome {
  if (sameContent(live.content, req.content)) {
    return { status: 'published', kind: req.kind, version: live.version, ...(note ? { note } : {}) };
  }
  return {
    status: 'verification_failed',
    kind: req.kind,
    version: live.version,
    differences: diffContent(req.content, live.content, req.kind),
  };
}

/** How a write's outcome became unclear, in words: a lost answer, or an error the domain reported. */
function unclear(cause: AppError): string {
  return cause.code === 'network' || cause.code === 'timeout'
    ? `its answer was lost (${cause.message})`
    : `the domain answered with an error that does not say whether it was saved (${cause.message})`;
}

/**
 * After a write whose answer was lost (timeout, dropped connection, 5xx): the live page tells what happened.
 * Retrying blindly could overwrite a colleague; reporting failure could hide a change that landed.
 */
async function settleAmbiguous(
  client: DomainClient,
  req: ApplyRequest,
  cause: AppError,
): Promise<ApplyOutcome> {
  let live: LiveWebhook;
  try {
    live = await readLive(client, req.kind);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      status: 'unknown',
      kind: req.kind,
      message: `The write was sent but ${unclear(cause)}, and reading the live page back failed too (${why}). Nothing was retried. Pull before trying again.`,
    };
  }
  if (live.version > req.expectedVersion && sameContent(live.content, req.content)) {
    return verify(req, live, `After the write ${unclear(cause)}; reading back shows it landed.`);
  }
  if (live.version === req.expectedVersion) {
    return {
      status: 'not_applied',
      kind: req.kind,
      message: `After the write ${unclear(cause)}, and the live page was still unchanged at version ${live.version} when read back. It is safe to publish again: the publish carries that version, so if the first write lands late the domain refuses the second instead of applying it twice.`,
    };
  }
  return { status: 'conflict', kind: req.kind, conflict: conflictOf(req, live) };
}

/** A 412 changed nothing; show the three columns, or say so plainly when the live page cannot be read. */
async function conflictOutcome(
  client: DomainClient,
  req: ApplyRequest,
  cause: AppError,
): Promise<ApplyOutcome> {
  try {
    const live = await readLive(client, req.kind);
    if (live.version === req.expectedVersion && !sameContent(live.content, req.content)) {
      // The page did not move, yet the write was refused: a domain answering 412 for no change seen.
      return {
        status: 'not_applied',
        kind: req.kind,
        message: `${cause.message} The live page is still at version ${live.version}, so nobody else changed it; nothing was written. Try again later; if the domain keeps refusing, ask its administrators.`,
      };
    }
    // An earlier write whose answer was lost may have landed since: then the page already holds the draft.
    if (sameContent(live.content, req.content)) {
      // A password cannot be read back, and this refused write carried one: it may never have been saved.
      if (req.password) {
        return {
          status: 'not_applied',
          kind: req.kind,
          message: `${cause.message} The live page (version ${live.version}) already holds this configuration, but the new OAuth password went with the refused write and may not be saved. Publish again to send it.`,
        };
      }
      return verify(req, live, `The live page already holds this configuration (version ${live.version}).`);
    }
    return { status: 'conflict', kind: req.kind, conflict: conflictOf(req, live) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      status: 'not_applied',
      kind: req.kind,
      message: `${cause.message} Nothing was changed; reading the live page failed (${why}), so pull again to compare.`,
    };
  }
}

/**
 * Reads back after an accepted write, retrying with backoff: the write landed, so a failed read must not be
 * reported as a failure (exit 4) but, after a few seconds of trying, as not verified.
 */
async function readBack(
  client: DomainClient,
  req: ApplyRequest,
  written: number,
  options: ApplyOptions,
): Promise<ApplyOutcome> {
  const delays = options.readBackDelaysMs ?? READ_BACK_DELAYS_MS;
  const sleep = options.sleep ?? realSleep;
  let why = '';
  for (let attempt = 0; attempt <= delays.length; attempt++) {
    if (attempt > 0) await sleep(delays[attempt - 1]!);
    try {
      return verify(req, await readLive(client, req.kind));
    } catch (error) {
      why = error instanceof Error ? error.message : String(error);
    }
  }
  return {
    status: 'verification_failed',
    kind: req.kind,
    version: written,
    differences: [],
    message: `The domain accepted the write as version ${written}, but reading it back failed ${delays.length + 1} times (${why}); it is not verified. Check the live page before publishing again.`,
  };
}

/** Publish one webhook: write with If-Match, then read back and compare. */
export async function applyWebhook(
  client: DomainClient,
  req: ApplyRequest,
  options: ApplyOptions = {},
): Promise<ApplyOutcome> {
  let written: number;
  try {
    const saved = await client.putWebhook(req.kind, putBody(req.content, req.password), req.expectedVersion);
    written = saved.wire.version;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error instanceof DomainError && error.status === 412) return conflictOutcome(client, req, error);
    const definite = error instanceof DomainError && error.status >= 400 && error.status < 500;
    if (definite || error.code === 'unauthorized' || error.code === 'forbidden') {
      return {
        status: 'rejected',
        kind: req.kind,
        message: error.message,
        ...(error.details ? { details: error.details } : {}),
      };
    }
    return settleAmbiguous(client, req, error);
  }
  return readBack(client, req, written, options);
}
