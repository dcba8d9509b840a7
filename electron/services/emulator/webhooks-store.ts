import type { WebhookKind, WireOAuth, WireRow, WireVersionSummary, WireWebhook } from './types';
import type { WebhookInput } from './wire-schemas';
import { identifierKey } from './wire-schemas';

/** An Input Parameters row as stored, with the identifier flag under one name for both kinds. */
export interface StoredInputRow extends WireRow {
  identifier: boolean;
}

/** The saved content of one webhook version (OAuth is kept apart because both webhooks share it). */
export interface StoredConfig {
  triggers: string[];
  post_url: string;
  request_parameters: WireRow[];
  response_parameters: WireRow[];
  input_parameters: StoredInputRow[];
  jit_provisioning: boolean;
}

interface StoredVersion extends WireVersionSummary {
  config: StoredConfig;
  /** The shared OAuth as it was right after this save, without the password. */
  oauth: WireOAuth | null;
}

/** The shared OAuth setting, password included; it never leaves this module except through oauthPassword. */
interface StoredOAuth {
  token_url: string;
  username: string;
  password: string | null;
}

const emptyConfig = (): StoredConfig => ({
  triggers: [],
  post_url: '',
  request_parameters: [],
  response_parameters: [],
  input_parameters: [],
  jit_provisioning: false,
});

/** ISO 8601 UTC to the second, as the contract's examples write it. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Both webhooks with their full history and the OAuth setting they share. A save replaces the whole
 * configuration in one synchronous step, so it is atomic by construction. Versions count saves of one
 * webhook; an OAuth change made through one webhook shows in the other's live state without bumping
 * the other's version.
 */
export class WebhookStore {
  private readonly history: Record<WebhookKind, StoredVersion[]> = { profile: [], location: [] };
  private oauth: StoredOAuth | null = null;

  constructor(private readonly notifyUrl: (kind: WebhookKind) => string) {}

  /** The live webhook as a GET returns it. */
  current(kind: WebhookKind): WireWebhook {
    const last = this.history[kind].at(0);
    const meta = last ?? { version: 0, updated_at: null, updated_by: null };
    return this.render(kind, last?.config ?? emptyConfig(), this.publicOAuth(), meta);
  }

  /** The live configuration, for the notify endpoint. */
  config(kind: WebhookKind): StoredConfig {
    return structuredClone(this.history[kind].at(0)?.config ?? emptyConfig());
  }

  /** The current version number (0 when never saved). */
  version(kind: WebhookKind): number {
    return this.history[kind].at(0)?.version ?? 0;
  }

  /** Who saved the current version and when, or null for a never-configured webhook. */
  lastChange(kind: WebhookKind): WireVersionSummary | null {
    const last = this.history[kind].at(0);
    return last ? { version: last.version, updated_at: last.updated_at, updated_by: last.updated_by } : null;
  }

  /** The history, newest first. */
  versions(kind: WebhookKind): WireVersionSummary[] {
    return this.history[kind].map(({ version, updated_at, updated_by }) => ({
      version,
      updated_at,
      updated_by,
    }));
  }

  /** One version as it was saved (its OAuth as it stood then), or undefined. */
  versionState(kind: WebhookKind, version: number): WireWebhook | undefined {
    const found = this.history[kind].find((v) => v.version === version);
    return found ? this.render(kind, found.config, found.oauth, found) : undefined;
  }

  /** The stored OAuth password, for tests only. */
  oauthPassword(): string | null {
    return this.oauth?.password ?? null;
  }

  /** Saves a validated configuration as the next version and returns the new live state. */
  save(kind: WebhookKind, input: WebhookInput, by: string, at: string): WireWebhook {
    const previous = this.history[kind].at(0)?.config ?? emptyConfig();
    const flag = identifierKey(kind);
    const config: StoredConfig = {
      triggers: [...input.outgoing.triggers],
      post_url: input.outgoing.post_url,
      request_parameters: input.outgoing.request_parameters.map(row),
      response_parameters: input.outgoing.response_parameters.map(row),
      input_parameters: input.incoming.input_parameters.map((r) => ({
        ...row(r),
        identifier: r[flag] === true,
      })),
      jit_provisioning: kind === 'profile' ? (input.jit_provisioning ?? previous.jit_provisioning) : false,
    };
    const oauth = this.nextOAuth(input);
    const version = this.version(kind) + 1;
    // Everything is computed above; only now is state touched, in two plain assignments.
    this.oauth = oauth;
    this.history[kind].unshift({
      version,
      updated_at: at,
      updated_by: by,
      config,
      oauth: this.publicOAuth(),
    });
    return this.current(kind);
  }

  private nextOAuth(input: WebhookInput): StoredOAuth | null {
    const sent = input.security;
    if (sent === undefined) return this.oauth && { ...this.oauth };
    if (sent.oauth === null) return null;
    return {
      token_url: sent.oauth.token_url,
      username: sent.oauth.username,
      password: sent.oauth.password ?? this.oauth?.password ?? null,
    };
  }

  private publicOAuth(): WireOAuth | null {
    if (!this.oauth) return null;
    const { token_url, username, password } = this.oauth;
    return { token_url, username, password_set: password !== null };
  }

  private render(
    kind: WebhookKind,
    config: StoredConfig,
    oauth: WireOAuth | null,
    meta: { version: number; updated_at: string | null; updated_by: string | null },
  ): WireWebhook {
    const flag = identifierKey(kind);
    const webhook: WireWebhook = {
      version: meta.version,
      updated_at: meta.updated_at,
      updated_by: meta.updated_by,
      outgoing: {
        triggers: [...config.triggers],
        post_url: config.post_url,
        request_parameters: config.request_parameters.map(row),
        response_parameters: config.response_parameters.map(row),
      },
      incoming: {
        notify_url: this.notifyUrl(kind),
        input_parameters: config.input_parameters.map((r) => ({ ...row(r), [flag]: r.identifier })),
      },
      security: { oauth: oauth && { ...oauth } },
    };
    if (kind === 'profile') webhook.jit_provisioning = config.jit_provisioning;
    return webhook;
  }
}

function row(r: WireRow): WireRow {
  return { api_field: r.api_field, mangoapps_field: r.mangoapps_field };
}
