import type { NetErrorInfo, PeerSummary } from './net-pool';

type Tagged = Error & NetErrorInfo & { code?: string; cert?: { subjectaltname?: string }; host?: string };

/** The pool's tags on an error, or on the error it wraps (got wraps Node's errors). */
export function netInfo(error: unknown): Tagged | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const t = e as Tagged;
    if (t.via !== undefined || t.proxyStage || t.peer || t.proxyStatus) return t;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

const HOW_TO_TRUST =
  'If your organisation inspects TLS, trust its root CA: add it to the operating system’s certificate store (the desktop app reads it), or name its PEM file as the CA file setting, --ca-file, or NODE_EXTRA_CA_CERTS (see README, "Corporate networks").';

const when = (text: string) => {
  const d = new Date(text);
  return Number.isNaN(d.getTime())
    ? text
    : d
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC');
};

function certificateWords(
  code: string,
  peer: PeerSummary | undefined,
  target: string,
  host: string,
): string | null {
  const of = `TLS error talking to ${target}: the certificate`;
  const names = peer?.names.length ? peer.names.join(', ') : (peer?.subject ?? 'other names');
  switch (code) {
    case 'CERT_HAS_EXPIRED':
      return `${of} has expired: it was valid from ${when(peer?.validFrom ?? '?')} to ${when(peer?.validTo ?? '?')}. Check the computer's date, or ask the server's owner to renew it.`;
    case 'CERT_NOT_YET_VALID':
      return `${of} is not valid yet: it is valid from ${when(peer?.validFrom ?? '?')} to ${when(peer?.validTo ?? '?')}. Check the computer's date and time.`;
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `${of} is for ${names}, not ${host}: wrong host name. Use an address the certificate names.`;
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
      return `${of} is self-signed ("${peer?.subject ?? 'unnamed'}"): no authority vouches for it. ${HOW_TO_TRUST}`;
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return `${of} was issued by "${peer?.issuer ?? 'an unknown authority'}", which this computer does not trust (untrusted issuer). ${HOW_TO_TRUST}`;
    case 'CERT_SIGNATURE_FAILURE':
      return `${of} claims to be issued by "${peer?.issuer ?? 'an unknown authority'}", but that authority's signature does not match (untrusted issuer). ${HOW_TO_TRUST}`;
    default:
      return null;
  }
}

/** A 407: credentials missing, or offered and refused. */
export function proxyAuthWords(proxy: string, target: string, offered: boolean): string {
  const what = offered
    ? 'refused the proxy user name and password: check them (the password is kept with the other secrets)'
    : 'asks for a user name and password: set them in the proxy settings, or as http://user:password@host:port';
  return `Proxy authentication ${offered ? 'refused' : 'required'} (HTTP 407): ${proxy} ${what}. Nothing was sent to ${target}.`;
}

function proxyWords(t: Tagged, target: string): string | null {
  const proxy = t.via?.replace(/^via proxy /, '') ?? 'the proxy';
  if (t.proxyStatus === 407) return proxyAuthWords(proxy, target, t.proxyAuth === true);
  if (t.proxyStatus && [404, 502, 503, 504].includes(t.proxyStatus)) {
    return `The proxy ${proxy} could not open a tunnel to ${target} (HTTP ${t.proxyStatus}): it cannot resolve or reach that host. Nothing was sent to the target.`;
  }
  if (t.proxyStatus) {
    return `The proxy ${proxy} refused the tunnel to ${target} (HTTP ${t.proxyStatus}): it may block this host or port. Nothing was sent to the target.`;
  }
  if (!t.proxyStage) return null;
  const code = t.code ?? '';
  const why =
    code === 'ECONNREFUSED'
      ? 'connection refused, nothing is listening there'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'its host name cannot be found'
        : code === 'ETIMEDOUT'
          ? 'it did not answer in time'
          : t.message;
  return `The proxy ${proxy} cannot be reached (${why}); nothing was sent to ${target}. Check the proxy setting or HTTPS_PROXY.`;
}

/**
 * Proxy and certificate failures in words that say what is wrong: 407, a refused tunnel, an unreachable
 * proxy; an untrusted issuer (named), a wrong host name (with the names the certificate holds), expired
 * or not-yet-valid (with the dates), self-signed. Null for anything else. Says which proxy was used.
 */
export function describeProxyOrCertificate(error: unknown, target: string): string | null {
  const t = netInfo(error) ?? (error as Tagged);
  const proxy = proxyWords(t, target);
  if (proxy) return proxy;
  let host = target;
  try {
    host = new URL(target).hostname;
  } catch {
    // The target is already a host name.
  }
  const peer = t.peer ?? (t.cert?.subjectaltname ? peerFromAltnames(t.cert.subjectaltname) : undefined);
  const words = certificateWords(t.code ?? '', peer, target, host);
  if (!words) return null;
  return t.via
    ? `${words} (The call went ${t.via}; a TLS-inspecting proxy presents its own certificates.)`
    : words;
}

function peerFromAltnames(altnames: string): PeerSummary {
  const names = altnames.split(', ').map((n) => n.replace(/^(DNS|IP Address):/, ''));
  return {
    subject: names[0] ?? 'unnamed',
    issuer: 'unknown',
    names,
    validFrom: '',
    validTo: '',
    selfSigned: false,
  };
}
