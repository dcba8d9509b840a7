import * as z from 'zod';
import { WEBHOOK_KINDS } from '../model/field-catalogue';
import { MAX_SAMPLES, SampleSchema } from '../samples/schema';
import {
  BatchProgressSchema,
  BatchResultSchema,
  DeliveryTraceSchema,
  ImportIssueSchema,
  InboxEntrySchema,
  LoggedExchangeSchema,
  LoggedRunSchema,
  NotifyOutcomeSchema,
  PreviewSchema,
  ReceiverStatusSchema,
  ReplayOutcomeSchema,
  RouteSchema,
  SamplesStateSchema,
} from './harness-schemas';

const Id = { id: z.string().min(1).max(100) };
const Kind = z.enum(WEBHOOK_KINDS);
const Host = z.string().trim().min(1).max(253);
const RunId = z.string().min(1).max(100);

/** How the Webhook Security page's Username / Password are sent to the token URL. */
export const OAuthModeSchema = z
  .enum(['password', 'client_credentials_basic', 'client_credentials_body'])
  .default('password');

/** One delivery to build: which webhook, trigger and sample, and where it goes. */
const Delivery = {
  ...Id,
  kind: Kind,
  trigger: z.string().min(1).max(50),
  sample_id: z.string().min(1).max(200),
  /** The draft's Post to URL, or the local receiver (same path). */
  target: z.enum(['post_url', 'receiver']),
};

/** The host this domain's admin confirmed for a non-loopback target; the host remembers it. */
const Confirm = { confirm_host: Host.optional() };

/** The test harness's channels: samples, outgoing deliveries, the local receiver, incoming calls, batches, log. */
export const harnessContract = {
  'harness:samples': { input: z.object(Id), result: SamplesStateSchema },
  'harness:samples-save': {
    input: z.object({ ...Id, samples: z.array(SampleSchema).max(MAX_SAMPLES) }),
    result: SamplesStateSchema,
  },
  'harness:samples-import': {
    input: z.object({
      ...Id,
      format: z.enum(['csv', 'json']),
      text: z.string().max(10 * 1024 * 1024),
      /** Replace the admin's samples of the imported kind instead of adding to them. */
      replace: z.boolean().default(false),
    }),
    result: z.object({ imported: z.number(), issues: z.array(ImportIssueSchema), state: SamplesStateSchema }),
  },
  'harness:preview': { input: z.object(Delivery), result: PreviewSchema },
  'harness:fire': {
    input: z.object({ ...Delivery, ...Confirm, oauth_mode: OAuthModeSchema }),
    result: DeliveryTraceSchema,
  },
  'harness:receiver-status': { input: z.object({}), result: ReceiverStatusSchema },
  'harness:receiver-start': { input: z.object({}), result: ReceiverStatusSchema },
  'harness:receiver-stop': { input: z.object({}), result: ReceiverStatusSchema },
  'harness:receiver-routes': {
    input: z.object({ routes: z.array(RouteSchema).max(100) }),
    result: ReceiverStatusSchema,
  },
  /** Answer like the domain's API description on paths no route answers (`on: false`: the echo again). */
  'harness:receiver-api': {
    input: z.object({ ...Id, on: z.boolean() }),
    result: ReceiverStatusSchema,
  },
  'harness:inbox': {
    input: z.object({ clear: z.boolean().default(false) }),
    /** Newest first. */
    result: z.array(InboxEntrySchema),
  },
  'harness:replay': {
    input: z.object({
      ...Id,
      entry_id: z.string().min(1).max(100),
      /** Default: the receiver itself, at the captured path. */
      url: z.string().max(2000).optional(),
      method: z.string().min(1).max(10).optional(),
      /** Header edits: a value sets it, null removes it; unnamed headers are sent as captured. */
      headers: z.record(z.string().min(1).max(200), z.string().max(8192).nullable()).optional(),
      body: z
        .string()
        .max(1024 * 1024)
        .optional(),
      ...Confirm,
    }),
    result: ReplayOutcomeSchema,
  },
  'harness:notify': {
    input: z.object({
      ...Id,
      kind: Kind,
      sample_id: z.string().min(1).max(200),
      /** The embedded local domain (the draft's input parameters), or the domain's real notify URL. */
      target: z.enum(['local', 'domain']),
      /** An edited payload; default: composed from the input parameters and the sample. */
      payload: z.record(z.string(), z.unknown()).optional(),
      /** For the real domain: its host name, typed by the admin. */
      confirm_domain: Host.optional(),
    }),
    result: NotifyOutcomeSchema,
  },
  'harness:round-trip': {
    input: z.object({
      ...Id,
      kind: Kind,
      trigger: z.string().min(1).max(50),
      sample_id: z.string().min(1).max(200),
      oauth_mode: OAuthModeSchema,
    }),
    result: z.object({
      ok: z.boolean(),
      delivery: DeliveryTraceSchema,
      notify: NotifyOutcomeSchema.optional(),
      identifier: z.object({ api_field: z.string(), value: z.unknown() }).optional(),
    }),
  },
  'harness:batch-start': {
    input: z.object({
      ...Id,
      kind: Kind,
      sample_ids: z.array(z.string().min(1).max(200)).min(1).max(5000),
      /** Default: every enabled trigger of the webhook. */
      triggers: z.array(z.string().min(1).max(50)).max(10).optional(),
      target: z.enum(['post_url', 'receiver']),
      ...Confirm,
      /** Follow each passed delivery with its notify call into the local domain. */
      check_incoming: z.boolean().default(false),
      /** Also expect each request body to be valid per the domain's API description. */
      expect_api_valid: z.boolean().default(false),
      oauth_mode: OAuthModeSchema,
      concurrency: z.number().int().min(1).max(64).default(8),
    }),
    result: z.discriminatedUnion('status', [
      z.object({ status: z.literal('started'), run_id: RunId, total: z.number() }),
      /** Nothing ran: the target is a real system the admin has not confirmed yet. */
      z.object({ status: z.literal('needs_confirmation'), host: z.string() }),
    ]),
  },
  'harness:batch-cancel': {
    input: z.object({ run_id: RunId }),
    result: z.object({ cancelled: z.boolean() }),
  },
  'harness:batch-result': {
    input: z.object({ run_id: RunId }),
    result: z.object({
      progress: BatchProgressSchema,
      result: BatchResultSchema.nullable(),
      /** Why a finished run has no result. */
      error: z.string().optional(),
    }),
  },
  'harness:batch-export': {
    input: z.object({ run_id: RunId, format: z.enum(['junit', 'json']) }),
    result: z.object({ file_name: z.string(), mime: z.string(), text: z.string() }),
  },
  'harness:history': {
    input: z.object({ ...Id, clear: z.boolean().default(false) }),
    result: z.object({ exchanges: z.array(LoggedExchangeSchema), runs: z.array(LoggedRunSchema) }),
  },
} as const;

/** Events the harness pushes: batch progress (also once more when a run finishes). */
export const harnessEvents = { 'harness:progress': BatchProgressSchema } as const;
