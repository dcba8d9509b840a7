import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { HttpsProxyAgent } from 'hpagent';
import { HttpProxyAgent } from 'http-proxy-agent';
import { netConfig, netGeneration, type NetConfig } from './net-config';
import { resolveRoute, type Route } from './route';
import { trustedCas } from './trust';

/** The server certificate seen in a failed handshake, for naming what is wrong with it. */
export interface PeerSummary {
  subject: string;
  issuer: string;
  /** The DNS names and IP addresses the certificate is valid for. */
  names: string[];
  validFrom: string;
  validTo: string;
  selfSigned: boolean;
}

/** What the pool adds to a Node network error, so it can be described at the right step. */
export interface NetErrorInfo {
  /** The proxy the call went through ("via proxy …"), when it did. */
  via?: string;
  /** The failure happened reaching or talking to the proxy, before the target was involved. */
  proxyStage?: boolean;
  /** Whether credentials were offered to the proxy (a 407 then means they were refused). */
  proxyAuth?: boolean;
  /** The proxy's answer to CONNECT, when it was not 200 (407: authentication). */
  proxyStatus?: number;
  peer?: PeerSummary;
}

type Callback = (err: Error | null, socket?: Duplex | null) => void;
type Creator = (options: object, cb: Callback) => Duplex | null | undefined;

function nameOf(entity: Record<string, string | string[] | undefined> | undefined): string {
  const cn = entity?.['CN'];
  const o = entity?.['O'];
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return (
    [first(cn), first(o) && first(o) !== first(cn) ? `(${first(o)})` : ''].filter(Boolean).join(' ') ||
    'unnamed'
  );
}

/** Remembers the certificate a server presented, before Node's verification may reject it. */
function watchHandshake(socket: Duplex | null | undefined): void {
  const tlsSocket = socket as TLSSocket | null | undefined;
  if (!tlsSocket || typeof tlsSocket.getPeerCertificate !== 'function') return;
  let peer: PeerSummary | undefined;
  tlsSocket.prependListener('secure', () => {
    const cert = tlsSocket.getPeerCertificate(false);
    if (!cert || !cert.subject) return;
    const names = (cert.subjectaltname ?? '')
      .split(', ')
      .map((n) => n.replace(/^(DNS|IP Address):/, ''))
      .filter(Boolean);
    peer = {
      subject: nameOf(cert.subject as unknown as Record<string, string>),
      issuer: nameOf(cert.issuer as unknown as Record<string, string>),
      names,
      validFrom: cert.valid_from,
      validTo: cert.valid_to,
      selfSigned:
        cert.fingerprint256 !== undefined && JSON.stringify(cert.subject) === JSON.stringify(cert.issuer),
    };
  });
  tlsSocket.prependListener('error', (error: Error & NetErrorInfo) => {
    if (peer && !error.peer) error.peer = peer;
  });
}

function tag(error: Error & NetErrorInfo, info: NetErrorInfo): Error {
  const status = /^Bad response: (\d{3})/.exec(error.message);
  if (status) {
    Object.assign(error, { code: 'ERR_PROXY_STATUS', proxyStatus: Number(status[1]) });
  }
  return Object.assign(error, { ...info, ...(error.proxyStatus ? { proxyStatus: error.proxyStatus } : {}) });
}

/**
 * Keep-alive connection pools for every outgoing call, one per proxy and protocol, each limited to
 * `maxSockets` (a batch sizes it to its concurrency, so it opens at most that many tunnels). CONNECT
 * tunnels carry https; plain http is forwarded. Failures are tagged with the proxy and the server's
 * certificate so they can be described at the step where they happened.
 */
export class NetPool {
  /** Connections opened to a proxy (each CONNECT tunnel or forwarding connection). */
  tunnels = 0;
  private readonly routes = new Map<string, Promise<Route>>();
  /** Routes already decided, so the calls after the first need no promise. */
  private readonly settled = new Map<string, Route>();
  private readonly agents = new Map<string, http.Agent>();
  private ca: string[] | undefined | null = null;
  /** The last URL object settledRoute answered, its href then, and the route. */
  private lastUrl: URL | undefined;
  private lastHref = '';
  private lastRoute: Route | undefined;
  /** The agent agentFor returned last, for the same protocol and route object (a batch asks per delivery). */
  private lastAgent: { secure: boolean; route: Route; agent: http.Agent } | undefined;

  constructor(
    private readonly config: NetConfig = netConfig(),
    private readonly maxSockets = 64,
  ) {}

  /** How `url` is reached, decided once per origin. */
  route(url: URL): Promise<Route> {
    let found = this.routes.get(url.origin);
    if (!found) {
      const origin = url.origin;
      found = resolveRoute(url, this.config);
      this.routes.set(origin, found);
      found.then(
        (route) => this.settled.set(origin, route),
        () => this.routes.delete(origin),
      );
    }
    return found;
  }

  /** How `url` is reached, when that is already decided (a batch's deliveries after the first). */
  settledRoute(url: URL): Route | undefined {
    // A batch asks with the same URL object for every delivery: answered without building its origin again.
    if (url === this.lastUrl && url.href === this.lastHref) return this.lastRoute;
    const route = this.settled.get(url.origin);
    if (route) {
      this.lastUrl = url;
      this.lastHref = url.href;
      this.lastRoute = route;
    }
    return route;
  }

  /** The agent for `url` and how it goes (direct or via which proxy). */
  async dispatch(url: URL): Promise<{ agent: http.Agent; route: Route }> {
    const route = await this.route(url);
    return { agent: this.agentFor(url.protocol === 'https:', route), route };
  }

  /** The `agent` option of got for `url`. */
  async gotAgent(url: URL): Promise<{ http?: http.Agent; https?: https.Agent }> {
    const { agent } = await this.dispatch(url);
    // build() makes https agents (plain or CONNECT) for https targets, so the cast only names that.
    return url.protocol === 'https:' ? { https: agent as https.Agent } : { http: agent };
  }

  /** The agent for a protocol and route (the same one for every call on that route). */
  agentFor(secure: boolean, route: Route): http.Agent {
    const last = this.lastAgent;
    if (last && last.route === route && last.secure === secure) return last.agent;
    const key = `${secure ? 'https' : 'http'} ${route.proxy?.href ?? 'direct'}`;
    let agent = this.agents.get(key);
    if (!agent) {
      agent = this.build(secure, route);
      this.agents.set(key, agent);
    }
    this.lastAgent = { secure, route, agent };
    return agent;
  }

  private cas(): string[] | undefined {
    if (this.ca === null) this.ca = trustedCas(this.config);
    return this.ca;
  }

  private build(secure: boolean, route: Route): http.Agent {
    const base = { keepAlive: true, maxSockets: this.maxSockets, maxFreeSockets: this.maxSockets };
    const ca = this.cas();
    const tls = ca ? { ca } : {};
    const proxyAuth = Boolean(route.proxy?.username || route.proxy?.password);
    const info: NetErrorInfo = route.via ? { via: route.via, proxyAuth } : {};
    if (!route.proxy) {
      const agent = secure ? new https.Agent({ ...base, ...tls }) : new http.Agent(base);
      if (secure) this.hook(agent, info, false);
      return agent;
    }
    if (secure) {
      const proxyTls = route.proxy.protocol === 'https:' && ca ? { proxyRequestOptions: { ca } } : {};
      const agent = new HttpsProxyAgent({ ...base, ...tls, ...proxyTls, proxy: route.proxy });
      this.hook(agent, info, true);
      return agent;
    }
    const agent = new HttpProxyAgent(route.proxy, { ...base, ...tls });
    const connect = agent.connect.bind(agent);
    agent.connect = async (req, opts) => {
      this.tunnels++;
      try {
        return await connect(req, opts);
      } catch (error) {
        throw tag(error as Error, { ...info, proxyStage: true });
      }
    };
    return agent;
  }

  /** Wraps an agent's socket creation: counts tunnels, tags proxy-stage errors, watches handshakes. */
  private hook(agent: http.Agent, info: NetErrorInfo, proxied: boolean): void {
    const target = agent as unknown as { createConnection: Creator };
    const create = target.createConnection.bind(agent);
    target.createConnection = (options, cb) => {
      if (proxied) this.tunnels++;
      const socket = create(options, (err, made) => {
        if (err) return cb(tag(err, { ...info, proxyStage: proxied }));
        watchHandshake(made);
        made?.prependListener('error', (e: Error) => tag(e, info));
        return cb(null, made);
      });
      if (socket) {
        watchHandshake(socket);
        socket.prependListener('error', (e: Error) => tag(e, info));
      }
      return socket;
    };
  }

  /** Closes every pooled connection. */
  destroy(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
    this.lastAgent = undefined;
  }
}

let shared: { generation: number; pool: NetPool } | null = null;

/** The process-wide pool for single calls, rebuilt when the network settings change. */
export function sharedPool(): NetPool {
  if (!shared || shared.generation !== netGeneration()) {
    shared?.pool.destroy();
    shared = { generation: netGeneration(), pool: new NetPool(netConfig()) };
  }
  return shared.pool;
}
