import * as z from 'zod';
import { DomainDraftSchema } from '../model/draft';
import { WEBHOOK_KINDS } from '../model/field-catalogue';
import { WebhookContentSchema } from '../model/remote';
import { ApplyOutcomeSchema, ConflictSchema, HistoryEntrySchema, WebhookPlanSchema } from '../plan/outcome';

const Kind = z.enum(WEBHOOK_KINDS);
const Id = { id: z.string().min(1).max(100) };
const Change = WebhookPlanSchema.shape.changes.element;
const Version = z.number().int().nonnegative().max(1_000_000_000);
/** The domain host the admin confirmed (typed) before the API key and admin password first go there. */
const ConfirmHost = { confirm_host: z.string().trim().min(1).max(253).optional() };

/** The channels of connecting to a domain, pulling, planning, publishing and rolling back. */
export const publishContract = {
  'connection:test': {
    input: z.object({ ...Id, ...ConfirmHost }),
    result: z.object({
      user: z.object({
        id: z.string(),
        name: z.string().optional(),
        email: z.string().optional(),
        user_type: z.string().optional(),
      }),
      /** null: the domain answered the write probe neither way, so it is unknown. */
      can_write: z.boolean().nullable(),
      message: z.string(),
    }),
  },
  'domain:pull': {
    input: z.object({
      ...Id,
      ...ConfirmHost,
      mode: z.enum(['check', 'replace', 'keep_local']).default('check'),
    }),
    result: z.discriminatedUnion('status', [
      z.object({ status: z.literal('pulled'), draft: DomainDraftSchema }),
      z.object({
        status: z.literal('needs_choice'),
        /** What replacing would drop: the local edits, per webhook, as plan lines (live → draft). */
        local_changes: z.array(z.object({ kind: Kind, changes: z.array(Change) })),
      }),
    ]),
  },
  'publish:plan': {
    input: z.object({
      ...Id,
      ...ConfirmHost,
      /** Promotion: plan the draft against this other saved domain's live page (its catalogue judges it). */
      target_id: Id.id.optional(),
    }),
    result: z.object({
      /**
       * When the saved draft this plan was made from was saved: the host plans and publishes only what is
       * on disk, never edits still on screen.
       */
      planned_from: z.object({ saved_at: z.string() }).optional(),
      /** Set when planned against another saved domain: the plan's base is that domain's live page. */
      target: z.object({ id: z.string(), name: z.string(), base_url: z.string() }).optional(),
      blocked: z.array(z.object({ path: z.string(), message: z.string() })),
      webhooks: z.array(
        z.object({
          kind: Kind,
          live_version: z.number().int(),
          plan: WebhookPlanSchema,
          conflict: ConflictSchema.nullable(),
        }),
      ),
    }),
  },
  'publish:apply': {
    input: z.object({
      ...Id,
      expected: z.array(z.object({ kind: Kind, version: z.number().int().nonnegative() })).min(1),
      /** The plan's `planned_from.saved_at`: a saved draft that changed since is refused, not published. */
      planned_from: z.string().max(64).optional(),
      /** The admin's note on why, kept in the publish history. */
      note: z.string().trim().max(500, 'A publish note is at most 500 characters.').optional(),
      /** Promotion: publish to this other saved domain, which `confirm_host` must name (typed each time). */
      target_id: Id.id.optional(),
      ...ConfirmHost,
    }),
    result: z.object({ outcomes: z.array(ApplyOutcomeSchema), draft: DomainDraftSchema }),
  },
  'publish:resolve': {
    input: z.object({ ...Id, kind: Kind, choices: z.record(z.string(), z.enum(['theirs', 'mine'])) }),
    result: z.object({ draft: DomainDraftSchema }),
  },
  'history:list': { input: z.object(Id), result: z.array(HistoryEntrySchema) },
  'history:restore': {
    input: z.object({ ...Id, entry_id: z.string().min(1) }),
    result: z.object({ draft: DomainDraftSchema }),
  },
  /** The domain's own versions of one webhook, newest first, with this computer's publish notes. */
  'history:versions': {
    input: z.object({ ...Id, kind: Kind }),
    result: z.array(
      z.object({
        version: z.number().int(),
        updated_at: z.string().nullable(),
        updated_by: z.string().nullable(),
        note: z.string().optional(),
      }),
    ),
  },
  /** One version's configuration, read from the domain. */
  'history:version': {
    input: z.object({ ...Id, kind: Kind, version: Version }),
    result: z.object({ version: z.number().int(), content: WebhookContentSchema }),
  },
  /** Puts a domain version's configuration into the draft; nothing changes on the domain until a publish. */
  'history:restore-version': {
    input: z.object({ ...Id, kind: Kind, version: Version }),
    result: z.object({ draft: DomainDraftSchema }),
  },
} as const;
