import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../electron/services/bridge/dispatch';
import type { Handlers } from '../../electron/services/bridge/handlers';
import { vouchFor } from '../../electron/services/bridge/vouched-results';
import { hostSecrets } from '../../electron/services/secrets/redactor';
import { CHANNEL_NAMES } from '../../shared/bridge/channels';
import { contract } from '../../shared/bridge/contract';
import { AppError } from '../../shared/bridge/envelope';
import { DomainDraftSchema, newDraft } from '../../shared/model/draft';

const NOW = '2026-11-20T10:00:00.000Z';

/** Handlers that fail loudly unless a test overrides them. */
function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unexpected = async () => {
    throw new Error('not expected in this test');
  };
  const all = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, unexpected])) as unknown as Handlers;
  return { ...all, ...overrides };
}

describe('dispatcher', () => {
  it('refuses a channel that is not in the contract, including inherited property names', async () => {
    const dispatch = createDispatcher(handlers());
    for (const name of ['nope:nothing', 'toString', '__proto__', 'constructor']) {
      const out = await dispatch(name, {});
      expect(out).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('refuses malformed input with the path of every issue, before the handler runs', async () => {
    const save = vi.fn(async () => ({ saved_at: NOW }));
    const dispatch = createDispatcher(handlers({ 'drafts:save': save }));
    const draft = newDraft('d1', 'acme', '', NOW);
    const bad = structuredClone(draft) as unknown as {
      config: { profile: { outgoing: { post_url: unknown } } };
    };
    bad.config.profile.outgoing.post_url = 42;

    const out = await dispatch('drafts:save', { draft: bad });

    expect(save).not.toHaveBeenCalled();
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.code).toBe('invalid_input');
    expect(out.error.details).toEqual([
      { path: 'draft.config.profile.outgoing.post_url', message: expect.any(String) },
    ]);
    expect(out.error.message).toContain('draft.config.profile.outgoing.post_url');
  });

  it('writes array indexes in paths the way the contract does', async () => {
    const dispatch = createDispatcher(handlers());
    const draft = newDraft('d1', 'acme', '', NOW);
    const rows = [
      { id: 'r1', api_field: 'a', mangoapps_field: 'email' },
      { id: 'r2', api_field: 7 },
    ];
    (draft.config.profile.outgoing as { request_parameters: unknown }).request_parameters = rows;
    const out = await dispatch('drafts:save', { draft });
    expect(out.ok ? [] : out.error.details?.map((d) => d.path)).toEqual([
      'draft.config.profile.outgoing.request_parameters[1].api_field',
      'draft.config.profile.outgoing.request_parameters[1].mangoapps_field',
    ]);
  });

  it('refuses input that is not an object at all', async () => {
    const dispatch = createDispatcher(handlers());
    expect(await dispatch('drafts:get', 'd1')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch('drafts:get', null)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('passes the parsed input (defaults applied, trimmed) to the handler', async () => {
    const create = vi.fn(async ({ name, base_url }: { name: string; base_url: string }) =>
      newDraft('d1', name, base_url, NOW),
    );
    const dispatch = createDispatcher(handlers({ 'domains:create': create }));
    const out = await dispatch('domains:create', { name: '  acme  ' });
    expect(create).toHaveBeenCalledWith({ name: 'acme', base_url: '' });
    expect(out).toMatchObject({ ok: true, value: { id: 'd1', name: 'acme' } });
  });

  it('passes an AppError through with its code, message and details', async () => {
    const dispatch = createDispatcher(
      handlers({
        'drafts:get': async () => {
          throw new AppError('not_found', 'No domain with id "x".', [{ path: 'id', message: 'unknown' }]);
        },
      }),
    );
    expect(await dispatch('drafts:get', { id: 'x' })).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        message: 'No domain with id "x".',
        details: [{ path: 'id', message: 'unknown' }],
      },
    });
  });

  it('hides anything else behind a generic internal error, and reports it without the input', async () => {
    const report = vi.fn();
    const secret = 'hunter2-super-secret';
    const dispatch = createDispatcher(
      handlers({
        'secrets:set': async () => {
          throw new Error(`failed while handling ${secret}`);
        },
      }),
      report,
    );
    const out = await dispatch('secrets:set', { domain_id: 'd1', name: 'api_key', value: secret });
    expect(out).toMatchObject({ ok: false, error: { code: 'internal' } });
    const text = JSON.stringify(out);
    expect(text).not.toContain(secret);
    expect(text).not.toContain('at ');
    expect(report).toHaveBeenCalledWith('secrets:set', expect.any(Error));
  });

  it('strips result fields the contract does not name (a leaked secret never crosses)', async () => {
    const dispatch = createDispatcher(
      handlers({
        'secrets:status': async () =>
          ({
            storage: { kind: 'memory', detail: 'In memory.' },
            set: { oauth_password: true, api_key: false, admin_password: false },
            oauth_password: 'p4ss',
          }) as never,
      }),
    );
    const out = await dispatch('secrets:status', { domain_id: 'd1' });
    expect(out).toEqual({
      ok: true,
      value: {
        storage: { kind: 'memory', detail: 'In memory.' },
        set: { oauth_password: true, api_key: false, admin_password: false },
      },
    });
  });

  it('turns a result that breaks the contract into an internal error', async () => {
    const report = vi.fn();
    const dispatch = createDispatcher(handlers({ 'domains:list': async () => [{ id: 1 }] as never }), report);
    expect(await dispatch('domains:list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(report).toHaveBeenCalledOnce();
  });
});

describe('results the host vouched for', () => {
  it('serves a draft vouched for with its result schema without parsing it again, on get and last', async () => {
    const draft = vouchFor(newDraft('d1', 'acme', '', NOW), DomainDraftSchema);
    const dispatch = createDispatcher(
      handlers({ 'drafts:get': async () => draft, 'drafts:last': async () => draft }),
    );
    const parse = vi.spyOn(DomainDraftSchema, 'safeParse');
    const nullable = vi.spyOn(contract['drafts:last'].result, 'safeParse');
    try {
      expect(await dispatch('drafts:get', { id: 'd1' })).toEqual({ ok: true, value: draft });
      expect(await dispatch('drafts:last', {})).toEqual({ ok: true, value: draft });
      expect(parse).not.toHaveBeenCalled();
      expect(nullable).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
      nullable.mockRestore();
    }
  });

  it('still parses the input of a channel whose result is vouched for', async () => {
    const get = vi.fn(async () => vouchFor(newDraft('d1', 'acme', '', NOW), DomainDraftSchema));
    const dispatch = createDispatcher(handlers({ 'drafts:get': get }));
    expect(await dispatch('drafts:get', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(get).not.toHaveBeenCalled();
  });

  it('catches a malformed draft a handler built itself (nothing vouched for it)', async () => {
    const report = vi.fn();
    const broken = { ...newDraft('d1', 'acme', '', NOW), config: 'not a config' };
    const dispatch = createDispatcher(handlers({ 'drafts:get': async () => broken as never }), report);
    expect(await dispatch('drafts:get', { id: 'd1' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(report).toHaveBeenCalledWith('drafts:get', expect.any(Error));
  });

  it('catches a vouched draft that a handler changed into a copy afterwards', async () => {
    const report = vi.fn();
    const draft = vouchFor(newDraft('d1', 'acme', '', NOW), DomainDraftSchema);
    const dispatch = createDispatcher(
      handlers({ 'drafts:get': async () => ({ ...draft, name: 7 }) as never }),
      report,
    );
    expect(await dispatch('drafts:get', { id: 'd1' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(report).toHaveBeenCalledOnce();
  });

  it('parses a vouched value on a channel with another result schema, so it cannot leak fields there', async () => {
    const draft = vouchFor(newDraft('d1', 'acme', 'https://acme.example', NOW), DomainDraftSchema);
    const dispatch = createDispatcher(handlers({ 'domains:rename': async () => draft }));
    expect(await dispatch('domains:rename', { id: 'd1', name: 'acme' })).toEqual({
      ok: true,
      value: { id: 'd1', name: 'acme', base_url: 'https://acme.example', updated_at: NOW },
    });
  });

  it("serves a start's vouched draft without parsing it, and parses every other part of the answer", async () => {
    const draft = vouchFor(newDraft('d1', 'acme', '', NOW), DomainDraftSchema);
    const info = {
      shell: 'web' as const,
      version: '1',
      secrets: { kind: 'memory' as const, detail: 'In memory.' },
      store_problems: [],
    };
    const settings = { theme: 'dark' as const, density: 'compact' as const, last_domain_id: 'd1' };
    const domains = [{ id: 'd1', name: 'acme', base_url: '', updated_at: NOW }];
    const start = vi.fn(async () => ({ info, domains, settings, last_draft: draft, extra: 'leak' }));
    const dispatch = createDispatcher(handlers({ 'app:start': start as never }));
    const parse = vi.spyOn(DomainDraftSchema, 'safeParse');
    try {
      const out = await dispatch('app:start', {});
      expect(out).toEqual({ ok: true, value: { info, domains, settings, last_draft: draft } });
      expect((out as { value: { last_draft: unknown } }).value.last_draft).toBe(draft);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    // A part nothing vouched for is parsed: a broken one is an internal error, as on any channel.
    const report = vi.fn();
    const broken = createDispatcher(
      handlers({
        'app:start': async () =>
          ({ info, domains, settings: { ...settings, theme: 'pink' }, last_draft: draft }) as never,
      }),
      report,
    );
    expect(await broken('app:start', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(report).toHaveBeenCalledWith('app:start', expect.any(Error));
    // So is a draft a handler copied after it was vouched for.
    const copied = createDispatcher(
      handlers({
        'app:start': async () => ({ info, domains, settings, last_draft: { ...draft, name: 7 } }) as never,
      }),
      report,
    );
    expect(await copied('app:start', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it("masks a known secret in a start's app info, never in the admin's own domains and draft", async () => {
    const secret = 'start-secret-4711';
    hostSecrets.remember(secret);
    try {
      const draft = vouchFor(newDraft('d1', secret, '', NOW), DomainDraftSchema);
      const dispatch = createDispatcher(
        handlers({
          'app:start': async () => ({
            info: {
              shell: 'web',
              version: '1',
              secrets: { kind: 'memory', detail: `kept as ${secret}` },
              store_problems: [],
            },
            domains: [{ id: 'd1', name: secret, base_url: '', updated_at: NOW }],
            settings: { theme: 'dark', density: 'compact', last_domain_id: 'd1' },
            last_draft: draft,
          }),
        }),
      );
      const out = (await dispatch('app:start', {})) as {
        ok: true;
        value: { info: { secrets: { detail: string } }; domains: { name: string }[]; last_draft: unknown };
      };
      expect(out.value.info.secrets.detail).not.toContain(secret);
      expect(out.value.domains[0]?.name).toBe(secret);
      expect(out.value.last_draft).toBe(draft);
    } finally {
      hostSecrets.forget(secret);
    }
  });
});
