import type { FileBase } from '../../../shared/draft-file/format';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import type { WebhookContent } from '../../../shared/model/remote';
import { reconcile, type BaseItem } from '../../../shared/plan/base-check';
import type { ApplyOutcome, Conflict } from '../../../shared/plan/outcome';
import { diffContent, planWebhook, type PlanChange, type WebhookPlan } from '../../../shared/plan/plan';
import type { DomainClient } from '../domain-client/domain-client';
import { readBase } from './base-check';
import { applyWebhook, readLive, type ApplyOptions, type LiveWebhook } from './publish-engine';

/** Where a publish takes its base from: the file's recorded base, or (an explicit choice) the live page. */
export type BaseMode = 'file' | 'live';

/** Why a webhook will not be written, before anything is sent. */
export interface Refusal {
  reason: 'no_base' | 'tampered' | 'conflict';
  message: string;
}

/** Everything known about publishing one webhook, before writing. */
export interface KindPlan {
  kind: WebhookKind;
  live: LiveWebhook;
  base_version: number | null;
  /** The base's content, when the base is known (file base checked against the history, or --base live). */
  base: WebhookContent | null;
  /** What publishing changes on the live page (live → what would be written). */
  plan: WebhookPlan;
  /** What changed on the live page since the base (base → live), whoever changed it. */
  drift: PlanChange[];
  /** Units where base, live and file disagree, with who changed the live value and what publishing does. */
  items: BaseItem[];
  refused: Refusal | null;
  /** The content a publish writes: the file, or with --merge the file on top of colleagues' changes. */
  write: WebhookContent;
}

/** What the plan step needs: the file's content and base for one webhook, and how to treat the base. */
export interface PlanInput {
  kind: WebhookKind;
  content: WebhookContent;
  base: FileBase | null;
  /** The base's content when the caller keeps it (the app); the CLI learns it from the domain's history. */
  knownBase?: WebhookContent | null;
  baseMode: BaseMode;
  merge: boolean;
  isPublisher: (by: string | null) => boolean;
  passwordChanged: boolean;
}

/** Read live, check the base, compare base / live / file unit by unit, and plan. Writes nothing. */
export async function planKind(client: DomainClient, input: PlanInput): Promise<KindPlan> {
  const { kind, content } = input;
  const live = await readLive(client, kind);
  const planOf = (write: WebhookContent) =>
    planWebhook(live.content, write, kind, live.version, { passwordChanged: input.passwordChanged });
  const result = (over: Partial<KindPlan>): KindPlan => ({
    kind,
    live,
    base_version: null,
    base: null,
    plan: planOf(content),
    drift: [],
    items: [],
    refused: null,
    write: content,
    ...over,
  });
  if (input.baseMode === 'live') return result({ base_version: live.version, base: live.content });
  if (!input.base) {
    return result({
      refused: {
        reason: 'no_base',
        message: `The file records no base for the ${kind} webhook (format 1 or hand-written), so a colleague's edit cannot be told from the file's. Pull the file again, or publish with --base live to overwrite what the plan shows.`,
      },
    });
  }
  const base = await readBase(client, kind, input.base, live, input.isPublisher, {
    known: input.knownBase ?? null,
    fileOAuth: content.security.oauth,
  });
  if (base.status === 'tampered')
    return result({
      base_version: input.base.version,
      refused: { reason: 'tampered', message: base.message },
    });
  const merged = reconcile(base.content, live.content, content, kind, base.foreign, input.merge);
  const drift = diffContent(base.content, live.content, kind);
  const conflicts = merged.conflicts.length;
  return result({
    base_version: base.version,
    base: base.content,
    plan: planOf(merged.write),
    drift,
    items: merged.items,
    write: merged.write,
    refused: conflicts
      ? {
          reason: 'conflict',
          message: `${conflicts} unit(s) of the ${kind} webhook were changed on the live page by someone else since the file's base (version ${base.version}); publishing would overwrite them. Nothing was written. Rebase with pull --into, or publish with --merge to keep changes the file did not touch.`,
        }
      : null,
  });
}

/** The three columns of a refused plan, as the app's conflict view shows them (every differing unit). */
export function conflictOfPlan(planned: KindPlan): Conflict {
  return {
    kind: planned.kind,
    base_version: planned.base_version,
    live_version: planned.live.version,
    updated_by: planned.live.wire.updated_by ?? null,
    updated_at: planned.live.wire.updated_at ?? null,
    items: planned.items.map(({ unit, label, base, live, draft, status }) => ({
      unit,
      label,
      status,
      ...(base === undefined ? {} : { base }),
      ...(live === undefined ? {} : { live }),
      ...(draft === undefined ? {} : { draft }),
    })),
  };
}

/** Write a planned webhook with If-Match of the live version it was planned against, then read back. */
export async function applyKind(
  client: DomainClient,
  planned: KindPlan,
  password: string | undefined,
  options: ApplyOptions = {},
): Promise<ApplyOutcome> {
  if (planned.plan.changes.length === 0)
    return { status: 'unchanged', kind: planned.kind, version: planned.live.version };
  return applyWebhook(
    client,
    {
      kind: planned.kind,
      content: planned.write,
      expectedVersion: planned.live.version,
      // A 412 then shows the file's own base in the base column, not the live page it was planned on.
      base: planned.base ?? planned.live.content,
      ...(planned.base && planned.base_version !== null ? { baseVersion: planned.base_version } : {}),
      ...(password ? { password } : {}),
    },
    options,
  );
}
