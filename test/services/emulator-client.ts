import type {
  Emulator,
  EmulatorOptions,
  WebhookKind,
  WireWebhook,
  WireWebhookInput,
} from '../../electron/services/emulator';
import { createEmulator } from '../../electron/services/emulator';

const running: Emulator[] = [];

/** Starts an emulator on an ephemeral port; `stopAll` (in afterEach) closes it. */
export async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  const emu = await createEmulator(options);
  running.push(emu);
  return emu;
}

/** Closes every emulator the test started. */
export async function stopAll(): Promise<void> {
  await Promise.all(running.splice(0).map((emu) => emu.close()));
}

/** A raw HTTP answer, parsed as JSON when it is JSON. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** The contract's error object. */
export interface WireError {
  message: string;
  code?: string;
  details?: { path: string; message: string }[];
  current_version?: number;
}

/** One HTTP call to the emulator with fetch. */
export async function call(
  emu: Emulator,
  method: string,
  path: string,
  options: { body?: unknown; cookie?: string; headers?: Record<string, string>; raw?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers['Cookie'] = options.cookie;
  let body: string | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await fetch(`${emu.url}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** The login body the contract specifies (password base64-encoded). */
export function loginBody(apiKey: string, username: string, password: string): unknown {
  return {
    ms_request: { user: { api_key: apiKey, username, password: Buffer.from(password).toString('base64') } },
  };
}

/** Logs in and returns the `Cookie` header value to send. */
export async function login(
  emu: Emulator,
  who: { username: string; password: string } = emu.admin,
  apiKey: string = emu.apiKeys.readWrite,
): Promise<string> {
  const answer = await call(emu, 'POST', '/api/login.json', {
    body: loginBody(apiKey, who.username, who.password),
  });
  const cookie = answer.headers.get('set-cookie');
  if (answer.status !== 200 || !cookie) throw new Error(`login failed: ${answer.status} ${answer.text}`);
  return cookie.split(';')[0] ?? '';
}

/** The PUT content that re-saves a GET's state (what a client sends to keep everything as it is). */
export function asInput(webhook: WireWebhook): WireWebhookInput {
  const input: WireWebhookInput = {
    outgoing: structuredClone(webhook.outgoing),
    incoming: { input_parameters: structuredClone(webhook.incoming.input_parameters) },
    security: {
      oauth: webhook.security.oauth && {
        token_url: webhook.security.oauth.token_url,
        username: webhook.security.oauth.username,
      },
    },
  };
  if (webhook.jit_provisioning !== undefined) input.jit_provisioning = webhook.jit_provisioning;
  return input;
}

/** PUTs a webhook with an If-Match header. */
export function put(
  emu: Emulator,
  cookie: string,
  kind: WebhookKind,
  webhook: unknown,
  ifMatch: string | null,
): Promise<Answer> {
  return call(emu, 'PUT', `/api/admin/webhooks/${kind}.json`, {
    cookie,
    body: { ms_request: { [`${kind}_webhook`]: webhook } },
    headers: ifMatch === null ? {} : { 'If-Match': ifMatch },
  });
}

/** The body inside `ms_response`, typed by the caller (the test asserts its shape). */
export function response<T = Record<string, unknown>>(answer: Answer): T {
  return (answer.json as { ms_response: T }).ms_response;
}

/** The `ms_errors.error` object, or undefined. */
export function error(answer: Answer): WireError | undefined {
  return (answer.json as { ms_errors?: { error?: WireError } } | undefined)?.ms_errors?.error;
}

/** The webhook inside a GET or PUT answer. */
export function webhookOf(answer: Answer, kind: WebhookKind = 'profile'): WireWebhook {
  return response<Record<string, WireWebhook>>(answer)[`${kind}_webhook`] as WireWebhook;
}
