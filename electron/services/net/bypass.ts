import { BlockList, isIP } from 'node:net';

/** The port a URL talks to, its scheme's default when none is written. */
export function effectivePort(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

function cidrMatches(entry: string, host: string): boolean {
  const [net, bitsText] = entry.split('/');
  const family = isIP(net ?? '');
  const hostFamily = isIP(host);
  const bits = Number(bitsText);
  if (!net || family === 0 || hostFamily === 0 || !Number.isInteger(bits)) return false;
  const list = new BlockList();
  try {
    list.addSubnet(net, bits, family === 4 ? 'ipv4' : 'ipv6');
  } catch {
    return false;
  }
  return list.check(host, hostFamily === 4 ? 'ipv4' : 'ipv6');
}

/** Splits an optional trailing `:port` from a bypass entry (an IPv6 address keeps its colons). */
function splitPort(entry: string): { host: string; port: number | null } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { host: bracketed[1] ?? '', port: bracketed[2] ? Number(bracketed[2]) : null };
  if (isIP(entry) === 6) return { host: entry, port: null };
  const withPort = /^(.+):(\d+)$/.exec(entry);
  if (withPort) return { host: withPort[1] ?? '', port: Number(withPort[2]) };
  return { host: entry, port: null };
}

/**
 * Whether a target skips the proxy under a bypass list in the usual `NO_PROXY` forms, separated by
 * commas or spaces: `*`, a host, `.suffix` or `*.suffix` (each: the domain and its subdomains), `host:port`,
 * and CIDR ranges such as `10.0.0.0/8` (matched against literal IP targets; names are not resolved,
 * because the proxy, not this machine, may be the one that can resolve them).
 */
export function bypassMatches(list: string, target: URL): boolean {
  const host = target.hostname
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
  const port = effectivePort(target);
  for (const raw of list.toLowerCase().split(/[\s,;]+/)) {
    const entry = raw.trim();
    if (entry === '') continue;
    if (entry === '*') return true;
    if (entry.includes('/')) {
      if (cidrMatches(entry, host)) return true;
      continue;
    }
    const parsed = splitPort(entry);
    if (parsed.port !== null && parsed.port !== port) continue;
    // `.suffix`, `*.suffix` and a bare domain all cover the domain and its subdomains, as curl reads them.
    const name = parsed.host.replace(/^\*/, '').replace(/^\./, '').replace(/\.$/, '');
    if (name !== '' && (host === name || host.endsWith(`.${name}`))) return true;
  }
  return false;
}
