import type { ChannelResult, ParsedInput } from '../../../shared/bridge/contract';
import { AppError } from '../../../shared/bridge/envelope';
import {
  contentFromDraft,
  sameContent,
  webhookFromContent,
} from '../../../shared/domain-api/webhook-content';
import { emptyConfig, type DomainDraft } from '../../../shared/model/draft';
import { WEBHOOK_KINDS } from '../../../shared/model/field-catalogue';
import { newId } from '../../../shared/model/ids';
import type { RemoteBase } from '../../../shared/model/remote';
import { defaultChoices, mergeContents, threeWay } from '../../../shared/plan/merge';
import { diffContent, planWebhook } from '../../../shared/plan/plan';
import { validateDraft } from '../../../shared/validation';
import type { DomainClient, DomainConnection } from '../domain-client/domain-client';
import type { SecretVault } from '../secrets';
import type { DraftStore } from '../storage/draft-store';
import { applyWebhook, conflictOf, readLive, type LiveWebhook } from './publish-engine';
import type { PublishLogStore } from './publish-log';

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
}

function baseOf(live: LiveWebhook, at: string): RemoteBase {
  return {
    version: live.version,
    updated_at: live.wire.updated_at ?? null,
    updated_by: live.wire.updated_by ?? null,
    synced_at: at,
    content: live.content,
  };
}

/** Connect, pull, plan, apply (with read-back), resolve conflicts, keep history and roll back. */
export function createPublishHandlers(deps: PublishDeps): PublishHandlers {
  const clients = new Map<string, { key: string; client: DomainClient }>();
  const now = () => (deps.now ?? (() => new Date()))().toISOString();

  const draftOf = (id: string): DomainDraft => {
    const d = deps.drafts.get(id);
    if (!d) throw new AppError('not_found', `No domain with id ${id}.`);
    return d;
  };

  async function clientFor(draft: DomainDraft): Promise<DomainClient> {
    const [apiKey, password] = await Promise.all([
      deps.vault.get(draft.id, 'api_key'),
      deps.vault.get(draft.id, 'admin_password'),
    ]);
    const missing = [
      !draft.base_url && 'the domain URL',
      !draft.admin_username && 'the admin username',
      !apiKey && 'the API key',
      !password && 'the admin password',
    ].filter(Boolean);
    if (missing.length)
      throw new AppError('invalid_input', `To connect, enter ${missing.join(', ')} (Connection).`);
    const conn: DomainConnection = {
      base_url: draft.base_url,
      api_key: apiKey!,
      username: draft.admin_username!,
      password: password!,
    };
    const key = JSON.stringify(conn);
    const hit = clients.get(draft.id);
    if (hit?.key === key) return hit.client;
    const client = deps.connect(conn);
    clients.set(draft.id, { key, client });
    return client;
  }

  async function save(draft: DomainDraft): Promise<DomainDraft> {
    const saved = { ...draft, updated_at: now() };
    await deps.drafts.put(saved);
    return saved;
  }

  const handlers: PublishHandlers = {
    async 'connection:test'({ id }) {
      const client = await clientFor(draftOf(id));
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
      return { user, can_write: true, message: `Connected as ${who}; the API key can publish.` };
    },

    async 'domain:pull'({ id, mode }) {
      const draft = draftOf(id);
      const client = await clientFor(draft);
      const [profile, location, profileFields, locationFields] = await Promise.all([
        readLive(client, 'profile'),
        readLive(client, 'location'),
        client.fields('profile'),
        client.fields('location'),
      ]);
      const live = { profile, location };
      if (mode === 'check') {
        const local_changes = WEBHOOK_KINDS.map((kind) => {
          const mine = contentFromDraft(draft.config, kind);
          // Never pulled: only a draft with something in it has anything to lose.
          const base = draft.remote?.[kind]?.content ?? contentFromDraft(emptyConfig(), kind);
          const edited = !sameContent(base, mine) && diffContent(live[kind].content, mine, kind).length > 0;
          return { kind, changes: edited ? diffContent(live[kind].content, mine, kind) : [] };
        }).filter((c) => c.changes.length > 0);
        if (local_changes.length) return { status: 'needs_choice', local_changes };
      }
      const at = now();
      const next: DomainDraft = structuredClone(draft);
      for (const kind of WEBHOOK_KINDS) {
        const l = live[kind];
        let content = l.content;
        if (mode === 'keep_local') {
          const base = draft.remote?.[kind]?.content ?? l.content;
          const mine = contentFromDraft(draft.config, kind);
          const items = threeWay(base, l.content, mine, kind);
          content = mergeContents(l.content, mine, kind, items, defaultChoices(items));
        }
        next.config[kind] = webhookFromContent(content, kind, l.wire.incoming.notify_url ?? null);
        if (kind === 'profile') {
          next.config.security = { oauth: content.security.oauth };
          next.config.jit_provisioning = content.jit_provisioning ?? false;
        }
      }
      next.remote = { profile: baseOf(profile, at), location: baseOf(location, at) };
      next.catalogue = { source: 'domain', pulled_at: at, profile: profileFields, location: locationFields };
      return { status: 'pulled', draft: await save(next) };
    },

    async 'publish:plan'({ id }) {
      const draft = draftOf(id);
      const blocked = validateDraft(draft)
        .filter((p) => p.severity === 'error')
        .map((p) => ({ path: p.path, message: p.message }));
      if (blocked.length) return { blocked, webhooks: [] };
      const client = await clientFor(draft);
      const pending = await deps.log.passwordPending(id);
      const webhooks = [];
      for (const kind of WEBHOOK_KINDS) {
        const mine = contentFromDraft(draft.config, kind);
        const base = draft.remote?.[kind] ?? null;
        // A webhook the admin did not touch since the last pull or publish is not read: nothing to publish.
        const passwordChange = pending && kind === 'profile';
        if (base && !passwordChange && sameContent(base.content, mine)) continue;
        const live = await readLive(client, kind);
        const plan = planWebhook(live.content, mine, kind, live.version, { passwordChanged: passwordChange });
        const moved =
          base !== null && base.version !== live.version && !sameContent(base.content, live.content);
        const conflict = moved
          ? conflictOf({ kind, content: mine, expectedVersion: base.version, base: base.content }, live)
          : null;
        webhooks.push({ kind, live_version: live.version, plan, conflict });
      }
      return { blocked, webhooks };
    },

    async 'publish:apply'({ id, expected }) {
      let draft = draftOf(id);
      if (validateDraft(draft).some((p) => p.severity === 'error')) {
        throw new AppError(
          'validation_failed',
          'The draft has validation errors; fix them before publishing.',
        );
      }
      const client = await clientFor(draft);
      const outcomes = [];
      for (const { kind, version } of expected) {
        const content = contentFromDraft(draft.config, kind);
        const pending = await deps.log.passwordPending(id);
        const password =
          pending && content.security.oauth ? await deps.vault.get(id, 'oauth_password') : undefined;
        const base = draft.remote?.[kind];
        const outcome = await applyWebhook(client, {
          kind,
          content,
          expectedVersion: version,
          base: base && base.version === version ? base.content : null,
          ...(password ? { password } : {}),
        });
        outcomes.push(outcome);
        if (outcome.status !== 'published') continue;
        if (password) await deps.log.setPasswordPending(id, false);
        const at = now();
        await deps.log.record(id, {
          id: newId(),
          kind,
          version: outcome.version,
          published_at: at,
          published_by: client.user?.name ?? client.user?.email ?? draft.admin_username ?? 'unknown',
          domain: draft.base_url,
          ...(outcome.note ? { note: outcome.note } : {}),
          content,
        });
        draft = {
          ...draft,
          remote: {
            profile: null,
            location: null,
            ...draft.remote,
            [kind]: {
              version: outcome.version,
              updated_at: at,
              updated_by: client.user?.name ?? null,
              synced_at: at,
              content,
            },
          },
        };
        draft = await save(draft);
      }
      return { outcomes, draft };
    },

    async 'publish:resolve'({ id, kind, choices }) {
      const draft = draftOf(id);
      const client = await clientFor(draft);
      const live = await readLive(client, kind);
      const mine = contentFromDraft(draft.config, kind);
      const base = draft.remote?.[kind]?.content ?? live.content;
      const items = threeWay(base, live.content, mine, kind);
      const merged = mergeContents(live.content, mine, kind, items, { ...defaultChoices(items), ...choices });
      const next = structuredClone(draft);
      next.config[kind] = webhookFromContent(
        merged,
        kind,
        live.wire.incoming.notify_url ?? draft.config[kind].incoming.notify_url,
      );
      next.config.security = { oauth: merged.security.oauth };
      if (kind === 'profile') next.config.jit_provisioning = merged.jit_provisioning ?? false;
      next.remote = { profile: null, location: null, ...draft.remote, [kind]: baseOf(live, now()) };
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
      const next = structuredClone(draft);
      next.config[entry.kind] = webhookFromContent(
        entry.content,
        entry.kind,
        draft.config[entry.kind].incoming.notify_url,
      );
      next.config.security = { oauth: entry.content.security.oauth };
      if (entry.kind === 'profile') next.config.jit_provisioning = entry.content.jit_provisioning ?? false;
      return { draft: await save(next) };
    },
  };
  return handlers;
}
