import type { Field, WebhookKind } from '../../../shared/model/field-catalogue';
import type { Faults, FaultsPatch } from './faults';

export type { Field, WebhookKind };

/** One outgoing mapping row on the wire. */
export interface WireRow {
  api_field: string;
  mangoapps_field: string;
}

/** One Input Parameters row on the wire; the profile webhook uses `user_identifier`, locations `location_identifier`. */
export interface WireInputRow extends WireRow {
  user_identifier?: boolean;
  location_identifier?: boolean;
}

/** OAuth as a GET returns it: the password never leaves the server, only whether one is stored. */
export interface WireOAuth {
  token_url: string;
  username: string;
  password_set: boolean;
}

/** A webhook exactly as `GET /api/admin/webhooks/<kind>.json` returns it inside `ms_response`. */
export interface WireWebhook {
  version: number;
  updated_at: string | null;
  updated_by: string | null;
  outgoing: {
    triggers: string[];
    post_url: string;
    request_parameters: WireRow[];
    response_parameters: WireRow[];
  };
  incoming: { notify_url: string; input_parameters: WireInputRow[] };
  security: { oauth: WireOAuth | null };
  /** Profile webhook only (JIT provisioning belongs to the Users webhook). */
  jit_provisioning?: boolean;
}

/** What a PUT sends inside `ms_request.<kind>_webhook`; `security` and `jit_provisioning` omitted keep the stored values. */
export interface WireWebhookInput {
  outgoing: WireWebhook['outgoing'];
  incoming: { input_parameters: WireInputRow[]; notify_url?: string | null };
  security?: { oauth: { token_url: string; username: string; password?: string } | null };
  jit_provisioning?: boolean;
}

/** One entry of `versions.json`. */
export interface WireVersionSummary {
  version: number;
  updated_at: string;
  updated_by: string;
}

/** The two account kinds the emulator models (Network Admin and Network User). */
export type UserType = 'network_admin' | 'network_user';

/** A seeded user; `fields` are profile values keyed by catalogue key (email and name live there too). */
export interface SeedUser {
  id: string;
  user_type: UserType;
  /** Only users with a password can log in. */
  password?: string;
  fields: Record<string, string | null>;
}

/** A seeded location; `fields` are keyed by location catalogue key. */
export interface SeedLocation {
  id: string;
  fields: Record<string, string | null>;
}

/** One save to replay at start-up, oldest first; it becomes a version in the history. */
export interface SeedVersion {
  kind: WebhookKind;
  webhook: WireWebhookInput;
  by: string;
  at: string;
}

/** Everything the emulator starts from; each key given replaces the default wholesale. */
export interface EmulatorSeed {
  apiKeys?: { readWrite: string; readOnly: string };
  users?: SeedUser[];
  locations?: SeedLocation[];
  profileFields?: Field[];
  locationFields?: Field[];
  /** Saves replayed at start; `[]` gives a never-configured domain (both webhooks at version 0). */
  history?: SeedVersion[];
  /** The secret path part of each notify URL; random when absent. */
  notifySecrets?: Partial<Record<WebhookKind, string>>;
}

/** A login the emulator accepts. */
export interface EmulatorAccount {
  id: string;
  name: string;
  username: string;
  password: string;
  user_type: UserType;
}

/** A user or location as the state inspector returns it (copies; mutating them changes nothing). */
export interface EmulatorRecord {
  id: string;
  user_type?: UserType;
  fields: Record<string, string | null>;
}

/** One live session. */
export interface SessionInfo {
  id: string;
  userId: string;
  access: 'read_write' | 'read_only';
  createdAt: string;
}

/** One handled request, for round-trip counting and fault assertions. */
export interface RequestRecord {
  method: string;
  path: string;
  /** Endpoint id such as `profile.put`, or null for an unknown route. */
  endpoint: string | null;
  /** The status sent, or `dropped` when the connection was destroyed. */
  status: number | 'dropped';
  /** Which fault shaped the answer, if any. */
  fault?: 'html' | 'failure' | 'ms_errors' | 'drop_before' | 'drop_after' | 'conflict';
  /** The If-Match header, when sent. */
  if_match?: string;
  /** The raw body of a webhook PUT (never of a login, which carries the password). */
  body?: string;
}

/** Inspect and change the emulator's state from a test, bypassing HTTP. */
export interface EmulatorStateApi {
  /** The live webhook, as a GET would return it. */
  getWebhook(kind: WebhookKind): WireWebhook;
  /** Saves as another admin would (a colleague's change): validated by the server rules, new version. */
  setWebhook(kind: WebhookKind, webhook: WireWebhookInput, by: string): WireWebhook;
  /** The history, newest first. */
  versions(kind: WebhookKind): WireVersionSummary[];
  /** One stored version, or undefined. */
  getVersion(kind: WebhookKind, version: number): WireWebhook | undefined;
  /** The stored OAuth password (tests of the keep/change/remove semantics); never served over HTTP. */
  oauthPassword(): string | null;
  /** The notify URL issued for a webhook. */
  notifyUrl(kind: WebhookKind): string;
  users(): EmulatorRecord[];
  user(id: string): EmulatorRecord | undefined;
  locations(): EmulatorRecord[];
  location(id: string): EmulatorRecord | undefined;
  sessions(): SessionInfo[];
  /** Ends every session, so the next call of each client gets 401 session_expired. */
  expireSessions(): void;
  requests(): RequestRecord[];
  clearRequests(): void;
  /** Everything above in one JSON-safe object (no OAuth password). */
  dump(): StateDump;
  /** Back to the seed: data, history, sessions and request log (faults are left alone). */
  reset(): void;
}

/** The JSON `GET /__emulator/state` returns. */
export interface StateDump {
  url: string;
  webhooks: Record<WebhookKind, { live: WireWebhook; versions: WireVersionSummary[] }>;
  users: EmulatorRecord[];
  locations: EmulatorRecord[];
  sessions: SessionInfo[];
  faults: Faults;
  requests: RequestRecord[];
}

/** Options of `createEmulator`. */
export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  seed?: EmulatorSeed;
  faults?: FaultsPatch;
  /** Clock for updated_at and session expiry. */
  now?: () => Date;
  /** Seed of the fault RNG, so random fault sequences repeat (default 1). */
  rngSeed?: number;
  /** Replaces the RNG entirely (takes precedence over rngSeed). */
  random?: () => number;
  /** How latency is waited for; tests inject a recorder instead of real timers. */
  sleep?: (ms: number) => Promise<void>;
  /** Sessions end this many ms after login (default: never, until logout). */
  sessionTtlMs?: number;
  /** Serve the `/__emulator/` control endpoints (default false). */
  control?: boolean;
}

/** A running emulator. */
export interface Emulator {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  apiKeys: { readWrite: string; readOnly: string };
  /** The network admin's login (the first seeded network_admin with a password). */
  admin: { username: string; password: string };
  /** Seeded logins: the admin, a second admin (a colleague) and a non-admin network user, when seeded. */
  accounts: { admin: EmulatorAccount; colleague: EmulatorAccount | null; member: EmulatorAccount | null };
  /** Live fault switches; mutate freely between calls. */
  faults: Faults;
  /** Merges a patch into the fault switches (maps are merged key by key). */
  setFaults(patch: FaultsPatch): void;
  /** Switches every fault off. */
  clearFaults(): void;
  state: EmulatorStateApi;
  /** Stops listening and destroys open connections. */
  close(): Promise<void>;
}
