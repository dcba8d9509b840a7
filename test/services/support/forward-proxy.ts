import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createProxy } from 'proxy';

/** A real forward proxy on 127.0.0.1 (the npm `proxy` package), with a log of what it was asked. */
export interface ForwardProxy {
  url: string;
  port: number;
  /** CONNECT targets (`host:port`) and forwarded absolute URLs, in order. */
  log: string[];
  /** Proxy-Authorization values the proxy received. */
  auth: string[];
  /** Client connections the proxy accepted. */
  connections: number;
  close(): Promise<void>;
}

/**
 * Starts the proxy. `credentials` turns on Basic authentication (407 without or with wrong ones).
 * `hosts` maps names only this proxy can resolve to local addresses, proving a call did not bypass it.
 */
export async function startForwardProxy(
  options: { credentials?: { user: string; password: string }; hosts?: Record<string, string> } = {},
): Promise<ForwardProxy> {
  const server = createProxy(createServer());
  const log: string[] = [];
  const auth: string[] = [];
  const sockets = new Set<Socket>();
  const state = { connections: 0 };
  const rewrite = (target: string) => {
    for (const [name, address] of Object.entries(options.hosts ?? {})) {
      if (target.startsWith(`${name}:`)) return `${address}:${target.slice(name.length + 1)}`;
      if (target.includes(`//${name}:`)) return target.replace(`//${name}:`, `//${address}:`);
    }
    return target;
  };
  const observe = (req: IncomingMessage) => {
    log.push(req.method === 'CONNECT' ? `CONNECT ${req.url ?? ''}` : `${req.method ?? ''} ${req.url ?? ''}`);
    const value = req.headers['proxy-authorization'];
    if (value) auth.push(value);
    req.url = rewrite(req.url ?? '');
  };
  server.prependListener('connect', observe);
  server.prependListener('request', observe);
  server.on('connection', (socket: Socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  if (options.credentials) {
    const expected = `Basic ${Buffer.from(`${options.credentials.user}:${options.credentials.password}`).toString('base64')}`;
    server.authenticate = (req) => req.headers['proxy-authorization'] === expected;
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    auth,
    get connections() {
      return state.connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A TLS front for a plain-http local server (e.g. the domain emulator), presenting `pem`. */
export async function tlsFront(
  pem: { key: string; cert: string },
  backendPort: number,
): Promise<{ port: number; close(): Promise<void> }> {
  const { createServer: createTlsServer } = await import('node:tls');
  const { connect } = await import('node:net');
  const sockets = new Set<Socket>();
  const server = createTlsServer(pem, (client) => {
    const backend = connect(backendPort, '127.0.0.1');
    sockets.add(client).add(backend);
    client.pipe(backend).pipe(client);
    const end = () => {
      client.destroy();
      backend.destroy();
    };
    client.on('error', end).on('close', end);
    backend.on('error', end).on('close', end);
  });
  server.on('tlsClientError', () => undefined);
  // Also the raw connections, so close() does not wait on one whose handshake the client gave up on.
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
