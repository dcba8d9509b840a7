import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/bridge/envelope';
import { contentFromDraft } from '../../../shared/domain-api/webhook-content';
import type { DomainDraft } from '../../../shared/model/draft';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import type { Sample } from '../../../shared/samples';
import { createEmulator, type Emulator, type EmulatorRecord, type SeedUser } from '../emulator';
import { defaultLocations, defaultUsers } from '../emulator/seed-data';
import type { WireWebhookInput } from '../emulator/types';
import { RuleError } from '../emulator/world';

/** Who the harness saves the draft's webhook as, in the local domain's history. */
export const HARNESS_AUTHOR = 'Webhook Studio harness';

const IDENTIFYING = ['email', 'employee_id', 'location_id'];

type WithFields = { id: string; fields: Readonly<Record<string, string | null>> };

/** Default records whose id or identifying values no sample uses: a realistic domain around the samples. */
function backdrop<T extends WithFields>(defaults: T[], samples: readonly WithFields[]): T[] {
  const ids = new Set(samples.map((s) => s.id));
  const taken = new Set(
    samples.flatMap((s) => IDENTIFYING.map((k) => s.fields[k]?.trim().toLowerCase()).filter(Boolean)),
  );
  return defaults.filter(
    (d) => !ids.has(d.id) && !IDENTIFYING.some((k) => taken.has(d.fields[k]?.trim().toLowerCase() ?? '')),
  );
}

function seedUsers(samples: readonly Sample[]): SeedUser[] {
  const own = samples
    .filter((s) => s.kind === 'profile')
    .map((s): SeedUser => ({ id: s.id, user_type: 'network_user', fields: { ...s.fields } }));
  const users = [...own, ...backdrop(defaultUsers(), own)];
  // The emulator needs one admin login; nobody signs in to the local domain, so its password is random.
  if (!users.some((u) => u.user_type === 'network_admin' && u.password)) {
    users.push({
      id: 'harness-admin',
      user_type: 'network_admin',
      password: randomBytes(12).toString('hex'),
      fields: { name: HARNESS_AUTHOR, email: 'harness-admin@localhost.test' },
    });
  }
  return users;
}

/** The draft's incoming half as the local domain stores it; the outgoing half is what deliveries test. */
function localWebhook(draft: DomainDraft, kind: WebhookKind): WireWebhookInput {
  const content = contentFromDraft(draft.config, kind);
  return {
    // The notify endpoint applies only input parameters; an unfinished outgoing table must not block it.
    outgoing: { triggers: [], post_url: '', request_parameters: [], response_parameters: [] },
    incoming: { input_parameters: content.incoming.input_parameters },
    security: { oauth: null },
    ...(kind === 'profile' ? { jit_provisioning: content.jit_provisioning ?? false } : {}),
  };
}

/**
 * The embedded "local domain": a domain emulator on 127.0.0.1 seeded with the draft's catalogue and the
 * harness's samples, which applies the draft's current input parameters before each incoming call, so an
 * unpublished draft can be tested exactly. Reseeded when the domain, its catalogue or the samples change.
 */
export class LocalDomain {
  private emulator: Emulator | null = null;
  private signature = '';
  private queue: Promise<unknown> = Promise.resolve();

  /** The running emulator with the draft's webhook applied; calls are serialised. */
  prepare(draft: DomainDraft, kind: WebhookKind, samples: readonly Sample[]): Promise<Emulator> {
    const run = this.queue.catch(() => undefined).then(() => this.prepareNow(draft, kind, samples));
    this.queue = run;
    return run;
  }

  private async prepareNow(draft: DomainDraft, kind: WebhookKind, samples: readonly Sample[]) {
    const signature = JSON.stringify([draft.id, draft.catalogue.profile, draft.catalogue.location, samples]);
    if (!this.emulator || signature !== this.signature) {
      await this.emulator?.close();
      this.emulator = null;
      const locations = samples
        .filter((s) => s.kind === 'location')
        .map((s) => ({ id: s.id, fields: { ...s.fields } }));
      this.emulator = await createEmulator({
        seed: {
          users: seedUsers(samples),
          locations: [...locations, ...backdrop(defaultLocations(), samples)],
          profileFields: structuredClone(draft.catalogue.profile),
          locationFields: structuredClone(draft.catalogue.location),
          history: [],
        },
      });
      this.signature = signature;
    }
    try {
      this.emulator.state.setWebhook(kind, localWebhook(draft, kind), HARNESS_AUTHOR);
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      throw new AppError(
        'validation_failed',
        'The local domain refuses the draft’s Input Parameters; fix them first.',
        error.details,
      );
    }
    return this.emulator;
  }

  /** The local domain's users or locations (copies). */
  records(kind: WebhookKind): EmulatorRecord[] {
    if (!this.emulator) return [];
    return kind === 'profile' ? this.emulator.state.users() : this.emulator.state.locations();
  }

  /** Stops it (idempotent). */
  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    const emulator = this.emulator;
    this.emulator = null;
    this.signature = '';
    await emulator?.close();
  }
}
