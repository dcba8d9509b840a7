import { afterEach, describe, expect, it, vi } from 'vitest';
import { BridgeCallError, call, createHttpBridge, setBridge } from '../../renderer/bridge';
import { readToken, TOKEN_STORAGE_KEY } from '../../renderer/bridge/token';

afterEach(() => setBridge(null));

function env(hash: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored ? [[TOKEN_STORAGE_KEY, stored]] : []);
  const replaced: string[] = [];
  return {
    replaced,
    storage,
    location: { hash, pathname: '/', search: '?x=1' },
    history: {
      state: null,
      replaceState: (_: unknown, __: string, url?: string | URL | null) => void replaced.push(String(url)),
    },
    sessionStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
    },
  };
}

describe('readToken', () => {
  it('takes the token from the fragment once, keeps it for reloads and removes it from the address bar', () => {
    const first = env('#token=abc123');
    expect(readToken(first)).toBe('abc123');
    expect(first.storage.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(first.replaced).toEqual(['/?x=1']);

    const reload = env('', 'abc123');
    expect(readToken(reload)).toBe('abc123');
    expect(reload.replaced).toEqual([]);
    expect(readToken(env(''))).toBeNull();
  });
});

describe('createHttpBridge', () => {
  it('posts the input with the bearer token and returns the host envelope', async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => Response.json({ ok: true, value: [] }));
    const bridge = createHttpBridge({ token: 't0k', fetch: fetch as unknown as typeof globalThis.fetch });
    const result = await bridge.invoke('domains:list', {});
    expect(result).toEqual({ ok: true, value: [] });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/domains:list');
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer t0k');
    expect(init?.body).toBe('{}');
  });

  it('waits longer for channels that reach other machines than for local ones', async () => {
    const answerLater = ((_: string, init: RequestInit) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => resolve(new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 })),
          40,
        );
        init.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(init.signal?.reason);
        });
      })) as unknown as typeof fetch;
    const bridge = createHttpBridge({ token: 't', timeoutMs: 5, fetch: answerLater });
    expect(await bridge.invoke('domains:list', {})).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(await bridge.invoke('history:list', { id: 'd' })).toMatchObject({ ok: false });
    expect(await bridge.invoke('publish:plan', { id: 'd' })).toMatchObject({ ok: true });
  });

  it('turns a network failure, a timeout and a non-envelope answer into clear error envelopes', async () => {
    const down = createHttpBridge({
      token: 't',
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as unknown as typeof fetch,
    });
    const offline = await down.invoke('domains:list', {});
    expect(offline).toMatchObject({ ok: false, error: { code: 'network' } });

    const slow = createHttpBridge({
      token: 't',
      timeoutMs: 5,
      fetch: ((_: string, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        })) as unknown as typeof fetch,
    });
    const late = await slow.invoke('domains:list', {});
    expect(late).toMatchObject({ ok: false, error: { code: 'timeout' } });

    const html = createHttpBridge({
      token: 't',
      fetch: (async () => new Response('<html>', { status: 403 })) as unknown as typeof fetch,
    });
    expect(await html.invoke('domains:list', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });

    const none = createHttpBridge({ token: null });
    expect(await none.invoke('domains:list', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });

  it('reads server-sent events from a streamed fetch with the token in a header, and stops when none listen', async () => {
    const payload = { file: 'drafts/x.json', moved_to: 'drafts/x.json.broken', reason: 'bad JSON' };
    const requests: { url: string; init: RequestInit | undefined }[] = [];
    let aborted = false;
    const streamed = (async (url: string, init?: RequestInit) => {
      requests.push({ url, init });
      init?.signal?.addEventListener('abort', () => (aborted = true));
      const encoder = new TextEncoder();
      const text = `retry: 2000\n: connected\n\ndata: ${JSON.stringify({ event: 'store:problem', payload })}\n\ndata: not json\n\n`;
      // Split mid-event, as a network would.
      const chunks = [text.slice(0, 40), text.slice(40)];
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const c of chunks) controller.enqueue(encoder.encode(c));
        },
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
    }) as unknown as typeof fetch;
    const bridge = createHttpBridge({ token: 'a b', fetch: streamed, eventRetryMs: 60_000 });
    const got: unknown[] = [];
    const off = bridge.subscribe('store:problem', (p) => got.push(p));
    await vi.waitFor(() => expect(got).toEqual([payload]));
    expect(requests[0]?.url).toBe('/api/events');
    expect(new Headers(requests[0]?.init?.headers).get('authorization')).toBe('Bearer a b');
    off();
    expect(aborted).toBe(true);
  });
});

describe('call', () => {
  it('unwraps a success and throws a typed error with the host details', async () => {
    setBridge({
      invoke: async (channel) =>
        channel === 'domains:list'
          ? { ok: true, value: [] }
          : {
              ok: false,
              error: {
                code: 'invalid_input',
                message: 'Bad name',
                details: [{ path: 'name', message: 'too long' }],
              },
            },
      subscribe: () => () => {},
    } as Parameters<typeof setBridge>[0] & object);
    await expect(call('domains:list', {})).resolves.toEqual([]);
    const error = await call('domains:create', { name: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeCallError);
    expect(error).toMatchObject({ code: 'invalid_input', message: 'Bad name', channel: 'domains:create' });
    expect((error as BridgeCallError).details).toEqual([{ path: 'name', message: 'too long' }]);
  });
});
