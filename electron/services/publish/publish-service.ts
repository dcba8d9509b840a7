import type { ChannelResult, ParsedInput } from '../../../shared/bridge/contract';
import { AppError } from '../../../shared/bridge/envelope';
import { contentFromDraft, withWebhookContent } from '../../../shared/domain-api/webhook-content';
import type { DomainDraft } from '../../../shared/model/draft';
import { WEBHOOK_KINDS } from '../../../shared/model/field-catalogue';
import { defaultChoices, mergeContents, threeWay } from '../../../shared/plan/merge';
import { validateDraft } from '../../../shared/validation';
import type { DomainClient, DomainConnection } from '../domain-client/domain-client';
import type { SecretVault } from '../secrets';
import type { DraftStore } from '../storage/draft-store';
import { publisherMatcher } from './base-check';
import { domainConnections } from './domain-connections';
import { domainVersions, rolledBackDraft, versionContent } from './domain-history';
import {
  draftAfterRun,
  draftInputs,
  refusedOutcomes,
  throwIfTampered,
  untouched,
  withoutFileBase,
} from './draft-run';
import { ensureHostConfirmed } from './host-confirmation';
import { promotionSteps } from './promote';
import { readLive } from './publish-engine';
import { conflictOfPlan } from './publish-flow';
import type { PublishLogStore } from './publish-log';
import { runPublish } from './publish-run';
import { baseOf, localChanges, pulledDraft } from './pull';

/** The draft's validation errors, which block planning and publishing. */
const blockedBy = (draft: DomainDraft) =>
  validateDraft(draft)
    .filter((p) => p.severity === 'error')
    .map((p) => ({ path: p.path, message: p.message }));

/** What the publish flow needs from the rest of the host. */
export interface PublishDeps {
  drafts: DraftStore;
  vault: SecretVault;
  log: PublishLogStore;
  /** A client per connection; the service keeps one per domain so sessions are reused. */
  connect: (conn: DomainConnection) => DomainClient;
  now?: () => Date;
}

/** The publish channels' handlers. */
export interface PublishHandlers {
  'connection:test': (i: ParsedInput<'connection:test'>) => Promise<ChannelResult<'connection:test'>>;
  'domain:pull': (i: ParsedInput<'domain:pull'>) => Promise<ChannelResult<'domain:pull'>>;
  'publish:plan': (i: ParsedInput<'publish:plan'>) => Promise<ChannelResult<'publish:plan'>>;
  'publish:apply': (i: ParsedInput<'publish:apply'>) => Promise<ChannelResult<'publish:apply'>>;
  'publish:resolve': (i: ParsedInput<'publish:resolve'>) => Promise<ChannelResult<'publish:resolve'>>;
  'history:list': (i: ParsedInput<'history:list'>) => Promise<ChannelResult<'history:list'>>;
  'history:restore': (i: ParsedInput<'history:restore'>) => Promise<ChannelResult<'history:restore'>>;
  'history:versions': (i: ParsedInput<'history:versions'>) => Promise<ChannelResult<'history:versions'>>;
  'history:version': (i: ParsedInput<'history:version'>) => Promise<ChannelResult<'history:version'>>;
  'history:restore-version': (
    i: ParsedInput<'history:restore-version'>,
  ) => Promise<ChannelResult<'history:restore-version'>>;
}

/** Connect, pull, plan, apply (with read-back), resolve conflicts, keep history and roll back. */
export function createPublishHandlers(deps: PublishDeps): PublishHandlers {
  const connectTo = domainConnections(deps.vault, deps.connect);
  /** Every call to the domain passes here, so none reaches an unconfirmed host. */
  const clientFor = async (draft: DomainDraft, confirmHost?: string) => {
    await ensureHostConfirmed(deps.log, draft, confirmHost);
    return connectTo(draft);
  };
  const now = () => (deps.now ?? (() => new Date()))().toISOString();

  const draftOf = (id: string): DomainDraft => deps.drafts.requireDraft(id);

  /** The run options every publish step of the app shares: the draft's own base, its domain, its admin. */
  const runOptions = (client: DomainClient, draft: DomainDraft) => ({
    baseMode: 'file' as const,
    merge: false,
    isPublisher: publisherMatcher(client, draft.admin_username ?? ''),
    username: draft.admin_username ?? '',
    domain: draft.base_url,
    now,
    record: async () => undefined,
  });
  const promotion = promotionSteps({ connectTo, log: deps.log, now, runOptions });

  async function save(draft: DomainDraft): Promise<DomainDraft> {
    const saved = { ...draft, updated_at: now() };
    await deps.drafts.put(saved);
    return saved;
  }

  const handlers: PublishHandlers = {
    async 'connection:test'({ id, confirm_host }) {
      const client = await clientFor(draftOf(id), confirm_host);
      // A fresh sign-in proves the credentials; end the previous session rather than leave it open.
      await client.logout();
      const user = await client.login();
      if (user.user_type && user.user_type !== 'network_admin') {
        throw new AppError(
          'forbidden',
          `Signed in as ${user.name ?? user.email ?? user.id}, who is not a network admin: webhook settings need one.`,
        );
      }
      await client.webhook('profile');
      const who = `${user.name ?? user.email ?? user.id} (network admin)`;
      const writable = await client.canWrite();
      if (writable === false) {
        return {
          user,
          can_write: false,
          message: `Connected as ${who}, but the API key is Read Only: pulling works, publishing will be refused. Register a key with Read and Write access.`,
        };
      }
      if (writable === null) {
        return {
          user,
          can_write: null,
          message: `Connected as ${who}. Whether the API key may publish could not be told (the domain answered the write probe unexpectedly); a publish will say.`,
        };
      }
      return { user, can_write: true, message: `Connected as ${who}; the API key can publish.` };
    },

    async 'domain:pull'({ id, mode, confirm_host }) {
      const draft = draftOf(id);
      const client = await clientFor(draft, confirm_host);
      const [profile, location, profileFields, locationFields] = await Promise.all([
        readLive(client, 'profile'),
        readLive(client, 'location'),
        client.fields('profile'),
        client.fields('location'),
      ]);
      const live = {
        webhooks: { profile, location },
        fields: { profile: profileFields, location: locationFields },
      };
      if (mode === 'check') {
        const local_changes = localChanges(draft, live);
        if (local_changes.length) return { status: 'needs_choice', local_changes };
      }
      return { status: 'pulled', draft: await save(pulledDraft(draft, live, mode === 'keep_local', now())) };
    },

    async 'publish:plan'({ id, confirm_host, target_id }) {
      const draft = draftOf(id);
      if (target_id !== undefined) return promotion.plan(draft, draftOf(target_id), confirm_host);
      const planned_from = { saved_at: draft.updated_at };
      const blocked = blockedBy(draft);
      if (blocked.length) return { planned_from, blocked, webhooks: [] };
      const client = await clientFor(draft, confirm_host);
      const pending = await deps.log.passwordPending(id);
      // A webhook the admin did not touch since the last pull or publish is not read: nothing to publish.
      const kinds = WEBHOOK_KINDS.filter((k) => !untouched(draft, k, pending && k === 'profile'));
      const run = await runPublish(client, draftInputs(draft, kinds, pending ? 'profile' : null), {
        ...runOptions(client, draft),
        write: false,
      });
      throwIfTampered(run.plans);
      const webhooks = run.plans
        // Writing what the live page already holds would only add an identical version.
        .filter((p) => p.plan.changes.length > 0)
        .map((p) => ({
          kind: p.kind,
          live_version: p.live.version,
          plan: p.plan,
          // Only what the draft would undo of someone else's change needs the admin's choice.
          conflict: p.refused ? conflictOfPlan(p) : null,
        }));
      return { planned_from, blocked, webhooks };
    },

    async 'publish:apply'({ id, expected, note, planned_from, target_id, confirm_host }) {
      const draft = draftOf(id);
      if (planned_from !== undefined && planned_from !== draft.updated_at) {
        // The admin approved the plan of an earlier save: publishing this one would write unseen changes.
        throw new AppError(
          'conflict',
          `The saved draft changed since the plan (planned from the save of ${planned_from}, now saved at ${draft.updated_at}): plan again to see what would be published.`,
        );
      }
      if (blockedBy(draft).length) {
        throw new AppError(
          'validation_failed',
          'The draft has validation errors; fix them before publishing.',
        );
      }
      if (target_id !== undefined) {
        const outcomes = await promotion.apply(draft, draftOf(target_id), expected, confirm_host, note);
        return { outcomes, draft };
      }
      const client = await clientFor(draft);
      const pending = await deps.log.passwordPending(id);
      const kinds = expected.map((e) => e.kind);
      const passwordKind = pending ? (kinds.includes('profile') ? 'profile' : kinds[0]!) : null;
      const password =
        passwordKind && draft.config.security.oauth ? await deps.vault.get(id, 'oauth_password') : undefined;
      const inputs = draftInputs(draft, kinds, passwordKind).map((input, i) => ({
        ...input,
        expectedVersion: expected[i]!.version,
      }));
      const run = await runPublish(client, inputs, {
        ...runOptions(client, draft),
        write: true,
        ...(password ? { password } : {}),
        ...(note ? { message: note } : {}),
        record: (entry) => deps.log.record(id, entry),
      });
      if (run.outcomes.length === 0) return { outcomes: refusedOutcomes(run), draft };
      if (run.passwordSent) await deps.log.setPasswordPending(id, false);
      const next = run.entries.length
        ? await save(draftAfterRun(draft, run, client.user?.name ?? null))
        : draft;
      return { outcomes: run.outcomes, draft: next };
    },

    async 'publish:resolve'({ id, kind, choices }) {
      const draft = draftOf(id);
      const client = await clientFor(draft);
      const mine = contentFromDraft(draft.config, kind);
      // The base the draft sits on (an imported file's, checked against the history), as a plan sees it.
      const [planned] = (
        await runPublish(client, draftInputs(draft, [kind], null), {
          ...runOptions(client, draft),
          write: false,
        })
      ).plans;
      throwIfTampered([planned!]);
      const live = planned!.live;
      const items = threeWay(planned!.base ?? live.content, live.content, mine, kind);
      const merged = mergeContents(live.content, mine, kind, items, { ...defaultChoices(items), ...choices });
      const notifyUrl = live.wire.incoming.notify_url ?? draft.config[kind].incoming.notify_url;
      const next: DomainDraft = {
        ...withoutFileBase(draft, kind),
        config: withWebhookContent(draft.config, kind, merged, notifyUrl),
        remote: { profile: null, location: null, ...draft.remote, [kind]: baseOf(live, now()) },
      };
      return { draft: await save(next) };
    },

    async 'history:list'({ id }) {
      draftOf(id);
      return deps.log.history(id);
    },

    async 'history:restore'({ id, entry_id }) {
      const draft = draftOf(id);
      const entry = (await deps.log.history(id)).find((e) => e.id === entry_id);
      if (!entry) throw new AppError('not_found', 'That history entry no longer exists.');
      return { draft: await save(rolledBackDraft(draft, entry.kind, entry.content)) };
    },

    async 'history:versions'({ id, kind }) {
      const client = await clientFor(draftOf(id));
      return domainVersions(client, kind, await deps.log.history(id));
    },

    async 'history:version'({ id, kind, version }) {
      const client = await clientFor(draftOf(id));
      return { version, content: await versionContent(client, kind, version) };
    },

    async 'history:restore-version'({ id, kind, version }) {
      const client = await clientFor(draftOf(id));
      const content = await versionContent(client, kind, version);
      // Read again after the network call: an edit saved meanwhile must not be dropped.
      return { draft: await save(rolledBackDraft(draftOf(id), kind, content)) };
    },
  };
  return handlers;
}
