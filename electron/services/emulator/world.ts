import type { Faults } from './faults';
import { checkWebhook } from './rules';
import type { SessionStore } from './sessions';
import type {
  EmulatorSeed,
  Field,
  RequestRecord,
  SeedLocation,
  SeedUser,
  WebhookKind,
  WireWebhook,
} from './types';
import { isoSeconds, WebhookStore } from './webhooks-store';
import type { Detail } from './wire-schemas';
import { WebhookInputSchema } from './wire-schemas';

/** A save the server rules refused. */
export class RuleError extends Error {
  constructor(readonly details: Detail[]) {
    super(`Validation failed: ${details.map((d) => `${d.path}: ${d.message}`).join('; ')}`);
  }
}

/** The domain's data: accounts, users, locations, catalogues and both webhooks. Rebuilt from the seed on reset. */
export class World {
  readonly users: SeedUser[];
  readonly locations: SeedLocation[];
  readonly webhooks: WebhookStore;

  constructor(
    readonly seed: Required<EmulatorSeed>,
    readonly baseUrl: string,
  ) {
    const copy = structuredClone(seed);
    this.users = copy.users;
    this.locations = copy.locations;
    this.webhooks = new WebhookStore((kind) => this.notifyUrl(kind));
    for (const v of copy.history) this.save(v.kind, v.webhook, v.by, v.at);
  }

  /** The catalogue a webhook kind maps against. */
  catalogue(kind: WebhookKind): Field[] {
    return kind === 'profile' ? this.seed.profileFields : this.seed.locationFields;
  }

  /** The notify URL issued for a webhook: on the emulator's own origin, so a caller can post to it as is. */
  notifyUrl(kind: WebhookKind): string {
    return `${this.baseUrl}/api/webhooks/${kind}/notify/${this.seed.notifySecrets[kind] ?? ''}.json`;
  }

  /** The secret of a webhook's notify URL. */
  notifySecret(kind: WebhookKind): string {
    return this.seed.notifySecrets[kind] ?? '';
  }

  /** Validates a webhook body (shape, then server rules) and saves it as the next version, or throws RuleError. */
  save(kind: WebhookKind, body: unknown, by: string, at: string): WireWebhook {
    const parsed = WebhookInputSchema.safeParse(body);
    if (!parsed.success) {
      throw new RuleError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    }
    const details = checkWebhook(kind, parsed.data, this.catalogue(kind));
    if (details.length > 0) throw new RuleError(details);
    return this.webhooks.save(kind, parsed.data, by, at);
  }
}

/** Everything a request handler may touch. */
export interface Core {
  world: World;
  readonly sessions: SessionStore;
  readonly faults: Faults;
  readonly random: () => number;
  readonly now: () => Date;
  readonly url: string;
  readonly requests: RequestRecord[];
  /** `updated_at` for a save happening now. */
  stamp(): string;
}

/** Builds the `stamp` helper from a clock. */
export function stamper(now: () => Date): () => string {
  return () => isoSeconds(now());
}
