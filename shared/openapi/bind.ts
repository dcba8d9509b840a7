import type { ApiIndex, ApiOperation, OperationBinding } from './types';

/** An operation a URL may hit, with how well it matched (higher is better). */
export interface OperationMatch {
  operation: ApiOperation;
  score: number;
}

interface SplitUrl {
  host: string | null;
  path: string;
}

function split(url: string): SplitUrl | null {
  try {
    const u = new URL(url);
    return { host: u.host.toLowerCase(), path: decodeURI(u.pathname) };
  } catch {
    if (!url.startsWith('/')) return null;
    return { host: null, path: url.split(/[?#]/)[0] ?? url };
  }
}

const trimSlash = (p: string): string => (p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p);

/** Matches `rest` against a path template: literal segments score 2, `{param}` segments 1; null if no match. */
function matchTemplate(template: string, rest: string): number | null {
  const want = trimSlash(template).split('/');
  const got = trimSlash(rest === '' ? '/' : rest).split('/');
  if (want.length !== got.length) return null;
  let score = 0;
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (/^\{[^}]+\}$/.test(w)) {
      if (g === '') return null;
      score += 1;
    } else if (w.includes('{')) {
      const re = new RegExp(
        `^${w.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`,
      );
      if (!re.test(g)) return null;
      score += 1;
    } else if (w === g) score += 2;
    else return null;
  }
  return score;
}

const matchCache = new WeakMap<ApiIndex, Map<string, OperationMatch[]>>();
const MAX_URLS = 200;

/**
 * The operations the Post to URL hits, best first: a server URL (host and base path) must prefix the URL
 * and the rest must match the path template. A matching host counts more than a relative server.
 */
export function matchOperations(postUrl: string, index: ApiIndex): OperationMatch[] {
  // A live check asks this for the same URL on every edit: each answer is worked out once per index.
  let known = matchCache.get(index);
  if (!known) matchCache.set(index, (known = new Map()));
  let found = known.get(postUrl);
  if (!found) {
    if (known.size >= MAX_URLS) known.clear();
    known.set(postUrl, (found = computeMatches(postUrl, index)));
  }
  return found.slice();
}

function computeMatches(postUrl: string, index: ApiIndex): OperationMatch[] {
  const target = split(postUrl.trim());
  if (target === null) return [];
  const out: OperationMatch[] = [];
  for (const operation of index.operations) {
    let best: number | null = null;
    for (const server of operation.servers.length > 0 ? operation.servers : ['/']) {
      const base = split(server);
      if (base === null) continue;
      if (base.host !== null && target.host !== null && base.host !== target.host) continue;
      const prefix = trimSlash(base.path === '/' ? '' : base.path);
      if (!target.path.startsWith(prefix)) continue;
      const rest = target.path.slice(prefix.length);
      if (rest !== '' && !rest.startsWith('/')) continue;
      const score = matchTemplate(operation.path, rest);
      if (score === null) continue;
      const total = score + (base.host !== null && target.host !== null ? 100 : 0) + prefix.length / 1000;
      if (best === null || total > best) best = total;
    }
    if (best !== null) out.push({ operation, score: best });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The operation a webhook is bound to: the one chosen by key when it still exists, else the best match. */
export function boundOperation(
  index: ApiIndex,
  postUrl: string,
  chosenKey: string | undefined,
): { operation: ApiOperation; automatic: boolean } | null {
  if (chosenKey !== undefined) {
    const chosen = index.operations.find((o) => o.key === chosenKey);
    if (chosen) return { operation: chosen, automatic: false };
  }
  const best = matchOperations(postUrl, index)[0];
  return best ? { operation: best.operation, automatic: true } : null;
}

/** The token operation: chosen by key, else the POST whose path matches the OAuth token URL. */
export function tokenOperation(
  index: ApiIndex,
  tokenUrl: string,
  binding: OperationBinding | undefined,
): ApiOperation | null {
  return boundOperation(index, tokenUrl, binding?.token)?.operation ?? null;
}
