import type { BridgeApi } from '../../../shared/bridge/api';
import type { ChannelName, EventName } from '../../../shared/bridge/channels';
import type { ChannelInput, ChannelResult, EventPayload, OpenedFile } from '../../../shared/bridge/contract';
import type { StoredDescription } from '../../../shared/bridge/contract-openapi';
import type { AppSettings } from '../../../shared/bridge/contract-settings';
import type { BridgeError, Envelope } from '../../../shared/bridge/envelope';
import { newDraft, type DomainDraft } from '../../../shared/model/draft';
import type { OperationBinding } from '../../../shared/openapi/types';

type Handler<C extends ChannelName> = (
  input: ChannelInput<C>,
) => ChannelResult<C> | Promise<ChannelResult<C>>;

/** An in-memory host behind the BridgeApi interface: enough of every channel for UI tests. */
export class FakeHost implements BridgeApi {
  drafts = new Map<string, DomainDraft>();
  secrets = new Map<string, string>();
  calls: { channel: ChannelName; input: unknown }[] = [];
  storage: 'keychain' | 'memory' = 'keychain';
  /** Files the OS "opened with the app", handed over by files:take-opened. */
  openedFiles: OpenedFile[] = [];
  /** What openapi:get answers: no description until a test sets one. */
  apiDescription: { description: StoredDescription | null; binding: OperationBinding } = {
    description: null,
    binding: {},
  };
  /** Make the next N calls of a channel fail with this error. */
  failures = new Map<ChannelName, { times: number; error: BridgeError }>();
  private listeners = new Map<string, Set<(payload: unknown) => void>>();
  private nextId = 1;
  private overrides = new Map<ChannelName, Handler<ChannelName>>();

  constructor(drafts: DomainDraft[] = []) {
    for (const d of drafts) this.drafts.set(d.id, d);
  }

  /** The host's app settings, as the settings store keeps them. */
  settings: AppSettings = { theme: 'system', density: 'comfortable', last_domain_id: null };

  /** Adds a domain with a fresh draft and returns it. */
  addDomain(name: string, edit?: (d: DomainDraft) => DomainDraft): DomainDraft {
    const base = newDraft(`d${this.nextId++}`, name, '', '2026-01-01T00:00:00.000Z');
    const draft = edit ? edit(base) : base;
    this.drafts.set(draft.id, draft);
    return draft;
  }

  /** Fails the next `times` calls of a channel. */
  failNext(
    channel: ChannelName,
    times: number,
    error: BridgeError = { code: 'storage', message: 'Disk full' },
  ) {
    this.failures.set(channel, { times, error });
  }

  /** Replaces one channel's behaviour (e.g. a save that never resolves). */
  override<C extends ChannelName>(channel: C, handler: Handler<C>) {
    this.overrides.set(channel, handler as unknown as Handler<ChannelName>);
  }

  /** Pushes an event to subscribers, as the host would. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>) {
    for (const l of this.listeners.get(event) ?? []) l(payload);
  }

  callsOf(channel: ChannelName): unknown[] {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input);
  }

  async invoke<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<Envelope<ChannelResult<C>>> {
    this.calls.push({ channel, input: structuredClone(input) });
    // The real bridge is IPC: its answer always arrives in a later task, never within the caller's own.
    await new Promise((r) => setTimeout(r, 0));
    const failure = this.failures.get(channel);
    if (failure && failure.times > 0) {
      failure.times -= 1;
      return { ok: false, error: failure.error };
    }
    const override = this.overrides.get(channel) as Handler<C> | undefined;
    try {
      const value = await (override ? override(input) : this.handle(channel, input));
      return { ok: true, value: structuredClone(value) } as Envelope<ChannelResult<C>>;
    } catch (err) {
      return { ok: false, error: { code: 'not_found', message: (err as Error).message } };
    }
  }

  subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    const wrapped = (p: unknown) => listener(p as EventPayload<E>);
    set.add(wrapped);
    return () => set.delete(wrapped);
  }

  private draft(id: string): DomainDraft {
    const d = this.drafts.get(id);
    if (!d) throw new Error(`No domain ${id}`);
    return d;
  }

  private secretsStatus(domain: string) {
    return {
      storage: { kind: this.storage, detail: this.storage === 'memory' ? 'In memory only.' : 'OS keychain.' },
      set: { oauth_password: this.secrets.has(domain), api_key: false, admin_password: false },
    };
  }

  /** A start's one answer, made of the parts' own answers (their overrides included), as the host does. */
  private async start(): Promise<ChannelResult<'app:start'>> {
    const part = async <C extends ChannelName>(channel: C): Promise<ChannelResult<C>> => {
      const override = this.overrides.get(channel) as Handler<C> | undefined;
      const input = {} as ChannelInput<C>;
      return (await (override ? override(input) : this.handle(channel, input))) as ChannelResult<C>;
    };
    const [info, domains, settings, last_draft] = await Promise.all([
      part('app:info'),
      part('domains:list'),
      part('settings:get'),
      part('drafts:last').catch(() => null),
    ]);
    return { info, domains, settings, last_draft };
  }

  private handle(channel: ChannelName, raw: unknown): unknown {
    const input = raw as Record<string, string> & { draft: DomainDraft };
    const summary = (d: DomainDraft) => ({
      id: d.id,
      name: d.name,
      base_url: d.base_url,
      updated_at: d.updated_at,
    });
    switch (channel) {
      case 'app:info':
        return {
          shell: 'web',
          version: '0.1.0',
          secrets: this.secretsStatus('').storage,
          store_problems: [],
        };
      case 'app:start':
        return this.start();
      case 'domains:list':
        return [...this.drafts.values()].map(summary);
      case 'domains:create':
        return this.addDomain(input.name ?? '', (d) => ({ ...d, base_url: input.base_url ?? '' }));
      case 'domains:rename': {
        const d = { ...this.draft(input.id ?? ''), name: input.name ?? '' };
        this.drafts.set(d.id, d);
        return summary(d);
      }
      case 'domains:duplicate':
        return this.addDomain(input.name ?? '', (d) => ({
          ...this.draft(input.id ?? ''),
          id: d.id,
          name: d.name,
        }));
      case 'domains:delete':
        this.drafts.delete(input.id ?? '');
        return { id: input.id };
      case 'drafts:get':
        this.settings.last_domain_id = input.id ?? null;
        return this.draft(input.id ?? '');
      case 'drafts:last':
        return this.drafts.get(this.settings.last_domain_id ?? '') ?? null;
      case 'drafts:save':
        this.drafts.set(input.draft.id, input.draft);
        return { saved_at: '2026-01-01T10:00:00.000Z' };
      case 'secrets:status':
        return this.secretsStatus(input.domain_id ?? '');
      case 'secrets:set':
        this.secrets.set(input.domain_id ?? '', input.value ?? '');
        return this.secretsStatus(input.domain_id ?? '');
      case 'secrets:clear':
        this.secrets.delete(input.domain_id ?? '');
        return this.secretsStatus(input.domain_id ?? '');
      case 'files:take-opened':
        return this.openedFiles.splice(0);
      case 'openapi:get':
        return this.apiDescription;
      case 'openapi:bind':
        this.apiDescription = {
          ...this.apiDescription,
          binding: (raw as { binding: OperationBinding }).binding,
        };
        return this.apiDescription;
      case 'settings:get':
        return { ...this.settings };
      case 'settings:set':
        Object.assign(this.settings, raw);
        return { ...this.settings };
      default:
        throw new Error(`Unhandled channel ${channel}`);
    }
  }
}
