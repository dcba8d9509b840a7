import * as z from 'zod';
import { DomainDraftSchema, DomainSummarySchema } from '../model/draft';
import type { ChannelName, EventName } from './channels';
import { harnessContract, harnessEvents } from './contract-harness';
import { networkContract } from './contract-network';
import { openapiContract } from './contract-openapi';
import { publishContract } from './contract-publish';
import { AppSettingsSchema, settingsContract } from './contract-settings';

/** Which shell hosts the UI, and where secrets can live there. */
export const SecretStorageSchema = z.object({
  kind: z.enum(['keychain', 'memory']),
  /** A sentence for the UI, e.g. "In memory only: the browser shell forgets secrets when it stops." */
  detail: z.string(),
});

/** A store file that failed to load and was moved aside. */
export const StoreProblemSchema = z.object({
  file: z.string(),
  moved_to: z.string(),
  reason: z.string(),
});
export type StoreProblem = z.infer<typeof StoreProblemSchema>;

/**
 * A draft file the OS asked the app to open (file association, or a path on the command line); `error`
 * says why its text could not be read. The UI takes it through the ordinary import flow.
 */
export const OpenedFileSchema = z.object({
  name: z.string(),
  text: z.string(),
  error: z.string().optional(),
});
export type OpenedFile = z.infer<typeof OpenedFileSchema>;

/** Secrets the host holds per domain. Never part of a draft, an export, a log or a plan. */
export const SECRET_NAMES = ['oauth_password', 'api_key', 'admin_password'] as const;
export const SecretNameSchema = z.enum(SECRET_NAMES);
export type SecretName = z.infer<typeof SecretNameSchema>;

const DomainId = z.object({ id: z.string().min(1).max(100) });
const DomainName = z
  .string()
  .trim()
  .min(1, 'name is required')
  .max(120, 'name is longer than 120 characters');
const SecretsStatus = z.object({
  storage: SecretStorageSchema,
  set: z.record(SecretNameSchema, z.boolean()),
});

/** Which shell runs, its version, where secrets live, and the store files that failed to load. */
const AppInfoSchema = z.object({
  shell: z.enum(['electron', 'web']),
  version: z.string(),
  secrets: SecretStorageSchema,
  store_problems: z.array(StoreProblemSchema),
});

/** Every call between UI and host: its input and its result, validated on the host for both transports. */
export const contract = {
  'app:info': { input: z.object({}), result: AppInfoSchema },
  /**
   * What a start shows first, in one answer: app info, the domain list, the settings and the draft open
   * last (null when there is none or it could not be read). A reload asks once instead of four times.
   */
  'app:start': {
    input: z.object({}),
    result: z.object({
      info: AppInfoSchema,
      domains: z.array(DomainSummarySchema),
      settings: AppSettingsSchema,
      last_draft: DomainDraftSchema.nullable(),
    }),
  },
  'domains:list': { input: z.object({}), result: z.array(DomainSummarySchema) },
  'domains:create': {
    input: z.object({ name: DomainName, base_url: z.string().max(500).default('') }),
    result: DomainDraftSchema,
  },
  'domains:rename': { input: DomainId.extend({ name: DomainName }), result: DomainSummarySchema },
  'domains:duplicate': { input: DomainId.extend({ name: DomainName }), result: DomainDraftSchema },
  'domains:delete': { input: DomainId, result: DomainId },
  'drafts:get': { input: DomainId, result: DomainDraftSchema },
  /** The draft open last (the settings' last domain), or null: a reload asks for it with the domain list. */
  'drafts:last': { input: z.object({}), result: DomainDraftSchema.nullable() },
  'drafts:save': {
    input: z.object({ draft: DomainDraftSchema }),
    result: z.object({ saved_at: z.string() }),
  },
  'secrets:status': { input: z.object({ domain_id: z.string().min(1) }), result: SecretsStatus },
  'secrets:set': {
    input: z.object({
      domain_id: z.string().min(1),
      name: SecretNameSchema,
      value: z.string().min(1).max(4096),
    }),
    result: SecretsStatus,
  },
  'secrets:clear': {
    input: z.object({ domain_id: z.string().min(1), name: SecretNameSchema }),
    result: SecretsStatus,
  },
  'files:take-opened': { input: z.object({}), result: z.array(OpenedFileSchema) },
  ...publishContract,
  ...harnessContract,
  ...settingsContract,
  ...openapiContract,
  ...networkContract,
} satisfies Record<ChannelName, { input: z.ZodType; result: z.ZodType }>;

/** Payloads of host-pushed events. */
export const events = {
  'store:problem': StoreProblemSchema,
  'files:opened': OpenedFileSchema,
  ...harnessEvents,
} satisfies Record<EventName, z.ZodType>;

export type Contract = typeof contract;
/** What a caller passes for a channel (before defaults are applied). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives for a channel (after validation and defaults). */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
/** What a channel resolves to. */
export type ChannelResult<C extends ChannelName> = z.output<Contract[C]['result']>;
/** The payload of an event. */
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
