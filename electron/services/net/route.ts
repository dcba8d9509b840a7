import { getProxyForUrl } from 'proxy-from-env';
import { AppError } from '../../../shared/bridge/envelope';
import { hostSecrets } from '../secrets/redactor';
import { bypassMatches } from './bypass';
import type { NetConfig, ProxySettings } from './net-config';
import { isLoopbackHost } from './network-error';

/** How one target is reached: directly, or through which proxy and why. */
export interface Route {
  /** The proxy with its credentials (percent-encoded in the URL), or null for a direct connection. */
  proxy: URL | null;
  /** Where the proxy came from, for the trace: the app setting, the environment or the OS. */
  source: 'setting' | 'environment' | 'system' | null;
  /** "via proxy http://proxy.corp:3128 (from HTTPS_PROXY)"; null when direct. Never holds a password. */
  via: string | null;
}

/** A direct connection. */
export const DIRECT: Route = { proxy: null, source: null, via: null };

/** The proxy URL as it may be shown: no password, and the user name only. */
export function displayProxy(proxy: URL): string {
  const user = proxy.username ? `${decodeURIComponent(proxy.username)}@` : '';
  return `${proxy.protocol}//${user}${proxy.host}`;
}

/** Parses a proxy URL from a setting, a flag or the environment; a bare `host:port` means http. */
export function parseProxyUrl(raw: string, where: string): URL {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    throw new AppError(
      'invalid_input',
      `${where}: "${text}" is not a proxy URL (e.g. http://proxy.corp:3128).`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError(
      'invalid_input',
      `${where}: ${url.protocol.replace(':', '')} proxies are not supported; use an http:// or https:// proxy.`,
    );
  }
  if (!url.hostname) throw new AppError('invalid_input', `${where}: the proxy URL has no host.`);
  return url;
}

function withCredentials(url: URL, settings: ProxySettings): URL {
  // The proxy password is a secret like the others: masked by value wherever text leaves the host.
  if (settings.password) hostSecrets.remember(settings.password);
  const out = new URL(url.href);
  if (settings.username) out.username = encodeURIComponent(settings.username);
  if (settings.password) out.password = encodeURIComponent(settings.password);
  return out;
}

const route = (proxy: URL, source: NonNullable<Route['source']>, origin: string): Route => ({
  proxy,
  source,
  via: `via proxy ${displayProxy(proxy)} (${origin})`,
});

/** The first usable entry of a PAC answer ("PROXY a:1; HTTPS b:2; DIRECT"); null means direct. */
export function parsePacResult(answer: string): URL | null {
  for (const part of answer.split(';')) {
    const [kind, hostPort] = part.trim().split(/\s+/);
    const k = (kind ?? '').toUpperCase();
    if (k === 'DIRECT') return null;
    if ((k === 'PROXY' || k === 'HTTP') && hostPort) return new URL(`http://${hostPort}`);
    if (k === 'HTTPS' && hostPort) return new URL(`https://${hostPort}`);
    // SOCKS entries are skipped: the next entry (often DIRECT) applies.
  }
  return null;
}

function fromEnvironment(target: URL): Route | null {
  const found = getProxyForUrl(target.href);
  if (!found) return null;
  hostSecrets.rememberUrl(found);
  const noProxy = process.env['no_proxy'] ?? process.env['NO_PROXY'] ?? '';
  if (bypassMatches(noProxy, target)) return DIRECT;
  const scheme = target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
  return route(parseProxyUrl(found, `The ${scheme} environment variable`), 'environment', `from ${scheme}`);
}

/**
 * Decides how to reach `target`: loopback skips any proxy unless told otherwise; a manual setting wins,
 * then the environment, then the operating system (desktop app, PAC included); otherwise direct.
 */
export async function resolveRoute(target: URL, config: NetConfig): Promise<Route> {
  const settings = config.proxy;
  if (settings.mode === 'direct') return DIRECT;
  if (isLoopbackHost(target.hostname) && !settings.proxyLoopback) return DIRECT;
  if (settings.mode === 'manual') {
    if (!settings.url) throw new AppError('invalid_input', 'Proxy: the manual proxy has no URL.');
    if (bypassMatches(settings.bypass ?? '', target)) return DIRECT;
    const proxy = withCredentials(parseProxyUrl(settings.url, 'Proxy setting'), settings);
    return route(proxy, 'setting', 'app setting');
  }
  const env = fromEnvironment(target);
  if (env) return env;
  if (!config.resolveSystemProxy) return DIRECT;
  let answer: string;
  try {
    answer = await config.resolveSystemProxy(target.href);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new AppError('network', `The system proxy settings could not be read for ${target.origin}: ${why}`);
  }
  const proxy = parsePacResult(answer);
  if (!proxy) return DIRECT;
  return route(withCredentials(proxy, settings), 'system', 'system settings');
}
