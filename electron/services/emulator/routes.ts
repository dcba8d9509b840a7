import type { IncomingHttpHeaders } from 'node:http';
import type { Reply } from './http-util';
import type { Access, Caller } from './session-handlers';
import { login, logout } from './session-handlers';
import type { WebhookKind } from './types';
import { getFields, getVersion, getWebhook, listVersions, notify, putWebhook } from './webhook-handlers';
import type { Core } from './world';

/** What a handler gets: the core, the authorised caller (null for open endpoints), headers and parsed body. */
export interface HandlerInput {
  core: Core;
  caller: Caller | null;
  headers: IncomingHttpHeaders;
  body: unknown;
  params: string[];
}

interface Route {
  method: string;
  pattern: RegExp;
  /** Endpoint id for faults and the request log, e.g. `profile.put`. */
  endpoint: (params: string[]) => string;
  access: Access;
  handle: (input: HandlerInput) => Reply;
}

const KIND = '(profile|location)';
const kindOf = (params: string[]): WebhookKind => (params[0] === 'location' ? 'location' : 'profile');
const mustCaller = (caller: Caller | null): Caller => {
  if (!caller) throw new Error('route declared a session but got no caller');
  return caller;
};

const ROUTES: Route[] = [
  {
    method: 'POST',
    pattern: /^\/api\/login\.json$/,
    endpoint: () => 'login',
    access: 'none',
    handle: ({ core, body }) => login(core, body),
  },
  {
    method: 'POST',
    pattern: /^\/api\/logout\.json$/,
    endpoint: () => 'logout',
    access: 'session',
    handle: ({ core, caller }) => logout(core, mustCaller(caller)),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/admin/${KIND}_fields\\.json$`),
    endpoint: (p) => `${kindOf(p)}.fields`,
    access: 'admin',
    handle: ({ core, params }) => getFields(core, kindOf(params)),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/admin/webhooks/${KIND}\\.json$`),
    endpoint: (p) => `${kindOf(p)}.get`,
    access: 'admin',
    handle: ({ core, params }) => getWebhook(core, kindOf(params)),
  },
  {
    method: 'PUT',
    pattern: new RegExp(`^/api/admin/webhooks/${KIND}\\.json$`),
    endpoint: (p) => `${kindOf(p)}.put`,
    access: 'write',
    handle: ({ core, caller, headers, body, params }) =>
      putWebhook(core, kindOf(params), mustCaller(caller), headers['if-match'], body),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/admin/webhooks/${KIND}/versions\\.json$`),
    endpoint: (p) => `${kindOf(p)}.versions`,
    access: 'admin',
    handle: ({ core, params }) => listVersions(core, kindOf(params)),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/admin/webhooks/${KIND}/versions/(\\d{1,9})\\.json$`),
    endpoint: (p) => `${kindOf(p)}.version`,
    access: 'admin',
    handle: ({ core, params }) => getVersion(core, kindOf(params), Number(params[1])),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/api/webhooks/${KIND}/notify/([A-Za-z0-9_-]{1,200})\\.json$`),
    endpoint: (p) => `${kindOf(p)}.notify`,
    access: 'none',
    handle: ({ core, params, body }) => notify(core, kindOf(params), params[1] ?? '', body),
  },
];

/** A matched route with its endpoint id. */
export interface Matched {
  endpoint: string;
  access: Access;
  params: string[];
  handle: (input: HandlerInput) => Reply;
}

/** Finds the route for a request: a match, `method` when only the method is wrong, or null. */
export function findRoute(method: string, path: string): Matched | 'method' | null {
  let pathMatched = false;
  for (const route of ROUTES) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (route.method !== method) continue;
    const params = m.slice(1).map((p) => p ?? '');
    return { endpoint: route.endpoint(params), access: route.access, params, handle: route.handle };
  }
  return pathMatched ? 'method' : null;
}
