import * as z from 'zod';
import { WEBHOOK_KINDS } from '../model/field-catalogue';
import { BodyViolationSchema } from '../openapi/types';
import { SampleSchema } from '../samples/schema';
import { RouteSchema } from './route-schema';

export { RouteSchema, type RouteView } from './route-schema';

/**
 * Result shapes of the test harness's channels. Traces, reports and log entries keep the harness core's
 * own field names (camelCase), so nothing is lost or renamed between the engine and the screen.
 */

const Headers = z.record(z.string(), z.string());
const Kind = z.enum(WEBHOOK_KINDS);

/** Where a delivery failed and why, in plain words. */
export const StepFailureSchema = z.object({
  step: z.enum(['token', 'request', 'response', 'write_back']),
  kind: z.string(),
  message: z.string(),
  /** With `needs_confirmation`: the real host the admin must confirm before anything is sent there. */
  host: z.string().optional(),
});
export type StepFailureView = z.infer<typeof StepFailureSchema>;

/** What one response parameter would do to the profile. */
export const WriteBackEntrySchema = z.object({
  rowId: z.string(),
  api_field: z.string(),
  key: z.string(),
  label: z.string(),
  current: z.string().nullable(),
  next: z.string().nullable(),
  flags: z.object({
    blanks: z.boolean(),
    overwritesSent: z.boolean(),
    missing: z.boolean(),
    unchanged: z.boolean(),
  }),
});
export type WriteBackEntryView = z.infer<typeof WriteBackEntrySchema>;

/** One step of a delivery's trace; request headers are masked (`Bearer •••`). */
export const TraceStepSchema = z.discriminatedUnion('step', [
  z.object({
    step: z.literal('token'),
    status: z.enum(['obtained', 'reused', 'failed']),
    ms: z.number(),
    message: z.string().optional(),
  }),
  z.object({
    step: z.literal('request'),
    method: z.string(),
    url: z.string(),
    headers: Headers,
    body: z.string(),
    bytes: z.number(),
    /** Set when the call went through a proxy: which one, and where that setting came from. */
    via: z.string().optional(),
  }),
  z.object({
    step: z.literal('response'),
    status: z.number(),
    headers: Headers,
    body: z.string(),
    ms: z.number(),
  }),
  z.object({
    step: z.literal('write_back'),
    preview: z.array(WriteBackEntrySchema),
    missing: z.array(z.string()),
  }),
]);
export type TraceStepView = z.infer<typeof TraceStepSchema>;

/** Everything that happened in one delivery. */
export const DeliveryTraceSchema = z.object({
  deliveryId: z.string(),
  event: z.string().nullable(),
  trigger: z.string(),
  sampleId: z.string(),
  url: z.string(),
  ok: z.boolean(),
  status: z.number().optional(),
  steps: z.array(TraceStepSchema),
  failure: StepFailureSchema.optional(),
  ms: z.number(),
});
export type DeliveryTraceView = z.infer<typeof DeliveryTraceSchema>;

/** The preview body checked against the bound operation's request schema. */
export const ApiCheckSchema = z.object({
  /** The operation checked against, e.g. `POST /employees`; empty when none could be used. */
  operation: z.string(),
  violations: z.array(BodyViolationSchema),
  /** Why the body could not be checked (the stored description no longer loads). */
  error: z.string().optional(),
});
export type ApiCheckView = z.infer<typeof ApiCheckSchema>;

/** The exact request a delivery would send, without sending it. */
export const PreviewSchema = z.object({
  method: z.string(),
  url: z.string(),
  headers: Headers,
  body: z.string(),
  bytes: z.number(),
  event: z.string(),
  curl: z.string(),
  /** Present when the domain has an API description with an operation bound to this webhook. */
  api_check: ApiCheckSchema.optional(),
});
export type PreviewView = z.infer<typeof PreviewSchema>;

/** What an incoming call did: the matched record and its changes, or why nothing changed. */
export const NotifyOutcomeSchema = z.object({
  ok: z.boolean(),
  /** The notify URL with its secret part masked. */
  url: z.string(),
  target: z.enum(['local', 'domain']),
  payload: z.record(z.string(), z.unknown()),
  status: z.number().optional(),
  ms: z.number(),
  matched: z
    .object({ kind: z.enum(['user', 'location']), id: z.string(), label: z.string().optional() })
    .optional(),
  changes: z
    .array(
      z.object({
        key: z.string(),
        label: z.string(),
        before: z.string().nullable(),
        after: z.string().nullable(),
      }),
    )
    .optional(),
  updatedFields: z.array(z.string()).optional(),
  reason: z.string().optional(),
  message: z.string().optional(),
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  body: z.string().optional(),
});
export type NotifyOutcome = z.infer<typeof NotifyOutcomeSchema>;

/** Whether the receiver runs, where, and what it answers. */
export const ReceiverStatusSchema = z.object({
  running: z.boolean(),
  url: z.string().nullable(),
  routes: z.array(RouteSchema),
  inbox: z.number(),
  /** The receiver's own per-session OAuth account (not a secret: it unlocks only the receiver). */
  credentials: z.object({ username: z.string(), password: z.string() }).optional(),
  /** The API description it behaves like on paths no route answers; null: the default echo. */
  api: z.object({ domain_id: z.string(), title: z.string(), operations: z.number() }).nullable().optional(),
});
export type ReceiverStatusView = z.infer<typeof ReceiverStatusSchema>;

/** A captured request (credentials masked) and what the receiver answered. */
export const InboxEntrySchema = z.object({
  id: z.string(),
  seq: z.number(),
  at: z.string(),
  method: z.string(),
  path: z.string(),
  headers: Headers,
  body: z.string(),
  truncated: z.boolean(),
  route: z.string(),
  response: z.object({ status: z.number(), body: z.string(), delayMs: z.number() }),
});
export type InboxEntryView = z.infer<typeof InboxEntrySchema>;

/** What a replay sent and got back. */
export const ReplayOutcomeSchema = z.object({
  ok: z.boolean(),
  request: z.object({ method: z.string(), url: z.string(), headers: Headers, body: z.string() }),
  response: z.object({ status: z.number(), headers: Headers, body: z.string(), ms: z.number() }).optional(),
  failure: StepFailureSchema.optional(),
});
export type ReplayOutcome = z.infer<typeof ReplayOutcomeSchema>;

/** The identifier check over a set of samples. */
export const IdentifierReportSchema = z.object({
  key: z.string(),
  checked: z.number(),
  missing: z.array(z.string()),
  collisions: z.array(z.object({ value: z.string(), ids: z.array(z.string()) })),
  caseVariants: z.array(z.object({ values: z.array(z.string()), ids: z.array(z.string()) })),
});
export type IdentifierReportView = z.infer<typeof IdentifierReportSchema>;

/** A domain's samples with the identifier check per webhook (null when no identifier is marked). */
export const SamplesStateSchema = z.object({
  samples: z.array(SampleSchema),
  identifier: z.object({
    profile: IdentifierReportSchema.nullable(),
    location: IdentifierReportSchema.nullable(),
  }),
});
export type SamplesState = z.infer<typeof SamplesStateSchema>;

/** A problem found in an imported file, by row and column. */
export const ImportIssueSchema = z.object({
  row: z.number(),
  column: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
  line: z.number().optional(),
});
export type ImportIssueView = z.infer<typeof ImportIssueSchema>;

/** Where a batch is. */
export const BatchProgressSchema = z.object({
  domain_id: z.string(),
  run_id: z.string(),
  done: z.number(),
  total: z.number(),
  passed: z.number(),
  failed: z.number(),
  finished: z.boolean(),
});
export type BatchProgressView = z.infer<typeof BatchProgressSchema>;

/** One delivery of a batch: a summary, never the bodies. */
export const DeliverySummarySchema = z.object({
  index: z.number(),
  trigger: z.string(),
  event: z.string().nullable(),
  sampleId: z.string(),
  sampleLabel: z.string(),
  deliveryId: z.string(),
  outcome: z.enum(['passed', 'failed', 'cancelled']),
  status: z.number().optional(),
  ms: z.number(),
  failure: StepFailureSchema.optional(),
  expectations: z.array(z.object({ name: z.string(), ok: z.boolean(), message: z.string().optional() })),
  violations: z.array(BodyViolationSchema).optional(),
  notify: z
    .object({
      status: z.number().optional(),
      matchedId: z.string().optional(),
      reason: z.string().optional(),
    })
    .optional(),
});
export type DeliverySummaryView = z.infer<typeof DeliverySummarySchema>;

/** A finished batch run with its per-delivery results. */
export const BatchResultSchema = z.object({
  runId: z.string(),
  kind: Kind,
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  cancelled: z.boolean(),
  url: z.string(),
  triggers: z.array(z.string()),
  total: z.number(),
  passed: z.number(),
  failed: z.number(),
  cancelledCount: z.number(),
  notRun: z.number(),
  results: z.array(DeliverySummarySchema),
});
export type BatchResultView = z.infer<typeof BatchResultSchema>;

/** One exchange as the log keeps it (secrets redacted). */
export const LoggedExchangeSchema = z.object({
  id: z.string(),
  at: z.string(),
  direction: z.enum(['outgoing', 'incoming', 'replay']),
  runId: z.string().optional(),
  event: z.string().nullable().optional(),
  method: z.string(),
  url: z.string(),
  status: z.number().optional(),
  ok: z.boolean(),
  ms: z.number(),
  failure: StepFailureSchema.optional(),
  request: z.object({ headers: Headers, body: z.string() }).optional(),
  response: z.object({ headers: Headers, body: z.string() }).optional(),
});
export type LoggedExchangeView = z.infer<typeof LoggedExchangeSchema>;

/** A batch run as the log keeps it: counts only. */
export const LoggedRunSchema = z.object({
  runId: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  url: z.string(),
  triggers: z.array(z.string()),
  total: z.number(),
  passed: z.number(),
  failed: z.number(),
  cancelled: z.number(),
  notRun: z.number(),
});
export type LoggedRunView = z.infer<typeof LoggedRunSchema>;
