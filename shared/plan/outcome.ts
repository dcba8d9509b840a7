import * as z from 'zod';
import { WebhookContentSchema } from '../model/remote';
import { WEBHOOK_KINDS } from '../model/webhook-kinds';

const Change = z.object({
  unit: z.string(),
  label: z.string(),
  op: z.enum(['add', 'remove', 'change']),
  before: z.string().optional(),
  after: z.string().optional(),
});
const MergeItemSchema = z.object({
  unit: z.string(),
  label: z.string(),
  base: z.string().optional(),
  live: z.string().optional(),
  draft: z.string().optional(),
  status: z.enum(['theirs', 'mine', 'conflict']),
});

/** The plan of one webhook, as the bridge carries it. */
export const WebhookPlanSchema = z.object({
  kind: z.enum(WEBHOOK_KINDS),
  base_version: z.number().int(),
  changes: z.array(Change),
  impacts: z.array(z.object({ level: z.enum(['info', 'warning', 'danger']), message: z.string() })),
});

/** The three columns shown when the live page changed since the pull. */
export const ConflictSchema = z.object({
  kind: z.enum(WEBHOOK_KINDS),
  base_version: z.number().int().nullable(),
  live_version: z.number().int(),
  updated_by: z.string().nullable(),
  updated_at: z.string().nullable(),
  items: z.array(MergeItemSchema),
});
export type Conflict = z.infer<typeof ConflictSchema>;

/**
 * What became of publishing one webhook. Only `published` means the live page now holds the draft, and only
 * after reading it back; every other status says plainly whether anything changed.
 */
export const ApplyOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('published'),
    kind: z.enum(WEBHOOK_KINDS),
    version: z.number().int(),
    note: z.string().optional(),
  }),
  z.object({ status: z.literal('unchanged'), kind: z.enum(WEBHOOK_KINDS), version: z.number().int() }),
  z.object({
    status: z.literal('verification_failed'),
    kind: z.enum(WEBHOOK_KINDS),
    version: z.number().int(),
    differences: z.array(Change),
    /** Set when the read-back itself failed, so no differences could be listed. */
    message: z.string().optional(),
  }),
  z.object({ status: z.literal('conflict'), kind: z.enum(WEBHOOK_KINDS), conflict: ConflictSchema }),
  z.object({
    status: z.literal('rejected'),
    kind: z.enum(WEBHOOK_KINDS),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
  z.object({ status: z.literal('not_applied'), kind: z.enum(WEBHOOK_KINDS), message: z.string() }),
  z.object({ status: z.literal('unknown'), kind: z.enum(WEBHOOK_KINDS), message: z.string() }),
]);
export type ApplyOutcome = z.infer<typeof ApplyOutcomeSchema>;

/** One published configuration kept locally: who, when, which version, the exact content without secrets. */
export const HistoryEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(WEBHOOK_KINDS),
  version: z.number().int(),
  published_at: z.string(),
  published_by: z.string(),
  domain: z.string(),
  note: z.string().optional(),
  /** The admin's own note on the publish (the app's note field, the CLI's --message). */
  message: z.string().optional(),
  /** What the publish changed on the live page, as the plan listed it. */
  changes: z.array(Change).optional(),
  content: WebhookContentSchema,
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
