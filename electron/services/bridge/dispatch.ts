import type { z } from 'zod';
import { CHANNEL_NAMES } from '../../../shared/bridge/channels';
import type { ChannelName } from '../../../shared/bridge/channels';
import { contract } from '../../../shared/bridge/contract';
import { AppError } from '../../../shared/bridge/envelope';
import type { BridgeError, Envelope } from '../../../shared/bridge/envelope';
import { hostSecrets } from '../secrets/redactor';
import type { Handlers } from './handlers';
import { inputLimitProblem } from './input-limits';
import { describeIssues, issueDetails } from './issues';
import { parseResult } from './vouched-results';

/** Calls a channel by name with untrusted input; always resolves to an envelope, never throws. */
export type Dispatch = (channel: string, rawInput: unknown) => Promise<Envelope<unknown>>;

/** Told about unexpected failures (for a log); receives the channel and the error, never the input. */
export type InternalErrorReporter = (channel: ChannelName, error: unknown) => void;

const defaultReporter: InternalErrorReporter = (channel, error) => {
  // The stack says where; the input (which may hold a secret) is deliberately not part of it.
  console.error(
    `[bridge] ${channel} failed:`,
    hostSecrets.redact(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  );
};

/**
 * Channels whose results are the admin's own content (drafts, samples, routes, history), which the UI may
 * save back: masking a value there would change the content. Every other result, and every error, has
 * each secret the host knows masked by value.
 */
const CONTENT_CHANNELS: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'domains:list',
  'domains:create',
  'domains:rename',
  'domains:duplicate',
  'drafts:get',
  'drafts:last',
  'drafts:save',
  'domain:pull',
  'history:list',
  'history:restore',
  'history:version',
  'history:restore-version',
  'harness:samples',
  'harness:samples-save',
  'harness:samples-import',
  'harness:receiver-routes',
  'files:take-opened',
]);

/** The parts of an answer made of parts (a start's) that are the admin's own content, as above. */
const CONTENT_PARTS: Partial<Record<ChannelName, readonly string[]>> = {
  'app:start': ['domains', 'last_draft'],
};

/** A result with each secret the host knows masked by value, except in the admin's own content. */
function redacted(channel: ChannelName, value: unknown): unknown {
  if (CONTENT_CHANNELS.has(channel)) return value;
  const content = CONTENT_PARTS[channel];
  if (!content || typeof value !== 'object' || value === null) return hostSecrets.redactDeep(value);
  const record = value as Record<string, unknown>;
  const rest = Object.fromEntries(Object.entries(record).filter(([key]) => !content.includes(key)));
  const kept = Object.fromEntries(content.filter((key) => key in record).map((key) => [key, record[key]]));
  return { ...hostSecrets.redactDeep(rest), ...kept };
}

/**
 * The one gate both transports (IPC and HTTP) go through: the channel must exist, its input must match
 * the contract, and its result is parsed again so a handler can never leak a field the contract does not
 * name (a secret, a stack). Services throw AppError on purpose; anything else becomes a generic error.
 *
 * One exception to the result parse, never to the input parse: a result the host has vouched for with
 * exactly this channel's result schema (see vouched-results.ts). The draft store parses every draft when
 * it loads it from disk and when it stores it, and vouches for each copy it hands out; parsing that copy
 * again on `drafts:get`/`drafts:last`/`app:start` repeated the work for every one of a 1,000-row draft's
 * rows on the way to the first paint and could find nothing new. Anything a handler builds itself is still
 * parsed.
 */
export function createDispatcher(handlers: Handlers, onInternalError = defaultReporter): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      return fail({ code: 'unknown_channel', message: `There is no channel named "${truncate(channel)}".` });
    }
    const spec: { input: z.ZodType; result: z.ZodType } = contract[channel];
    // Before the schema: a 10,000-level body must be refused in words, not kept and choke later reads.
    const tooBig = inputLimitProblem(rawInput);
    if (tooBig) return fail({ code: 'invalid_input', message: `Invalid input for ${channel}: ${tooBig}.` });
    const input = spec.input.safeParse(rawInput);
    if (!input.success) {
      return fail({
        code: 'invalid_input',
        message: `Invalid input for ${channel} at ${describeIssues(input.error)}`,
        details: issueDetails(input.error),
      });
    }
    try {
      const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
      const value: unknown = await handler(input.data);
      const result = parseResult(spec.result, value);
      if (!result.success) {
        onInternalError(
          channel,
          new Error(`result does not match the contract: ${describeIssues(result.error)}`),
        );
        return fail({ code: 'internal', message: `${channel} produced an unexpected result.` });
      }
      return { ok: true, value: redacted(channel, result.data) };
    } catch (error) {
      if (error instanceof AppError) {
        const out: BridgeError = { code: error.code, message: hostSecrets.redact(error.message) };
        if (error.details) out.details = hostSecrets.redactDeep(error.details);
        return fail(out);
      }
      onInternalError(channel, error);
      return fail({
        code: 'internal',
        message: `Something went wrong in ${channel}; the details are in the log.`,
      });
    }
  };
}

function isChannel(name: string): name is ChannelName {
  return (CHANNEL_NAMES as readonly string[]).includes(name);
}

function fail(error: BridgeError): Envelope<never> {
  return { ok: false, error };
}

function truncate(text: string): string {
  const clean = String(text).replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}
