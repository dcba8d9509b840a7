import { AppError } from '../../../shared/bridge/envelope';
import { describeProxyOrCertificate, netInfo } from './failure-words';

const CERT_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_NOT_YET_VALID',
]);
/** Handshakes that failed before any certificate was checked (e.g. https to a plain-http port). */
const HANDSHAKE_CODES = new Set(['EPROTO', 'ERR_SSL_WRONG_VERSION_NUMBER']);

/** Which step of a network exchange failed, in words an admin can act on. */
export function describeNetworkError(error: unknown, target: string): AppError {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  const precise = describeProxyOrCertificate(error, target);
  if (precise) return new AppError('network', precise);
  const via = netInfo(error)?.via;
  if (via) return withVia(describeDirect(code, error, message, target), via);
  return describeDirect(code, error, message, target);
}

function withVia(error: AppError, via: string): AppError {
  return new AppError(error.code, `${error.message.replace(/\.$/, '')} (${via}).`);
}

function describeDirect(code: string, error: unknown, message: string, target: string): AppError {
  if (code === 'ETIMEDOUT' || (error as { name?: string }).name === 'TimeoutError') {
    return new AppError('timeout', `No answer from ${target} in time (timed out).`);
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new AppError('network', `DNS: the host of ${target} cannot be found.`);
  if (code === 'ECONNREFUSED')
    return new AppError('network', `Connection refused by ${target}: nothing is listening there.`);
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new AppError('network', `The connection to ${target} was dropped before an answer arrived.`);
  }
  if (CERT_CODES.has(code) || /certificate/i.test(message)) {
    return new AppError(
      'network',
      `TLS error talking to ${target}: ${message}. The certificate is not trusted; nothing was sent.`,
    );
  }
  if (HANDSHAKE_CODES.has(code) || /SSL|TLS/i.test(message)) {
    return new AppError(
      'network',
      `TLS error talking to ${target}: the secure handshake failed (${message.trim()}). Is it an https address of a web server? Nothing was sent.`,
    );
  }
  return new AppError('network', `Network error talking to ${target}: ${message}`);
}

/** Plain http is allowed only to this machine: the emulator and the local receiver live there. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** Refuse anything but https, except http to loopback (admin-api.md, Conventions). */
export function assertSecureUrl(raw: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    const shown = raw.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#@:]*):[^/?#@]*@/i, '$1:•••@');
    throw new AppError('invalid_input', `${what} "${shown}" is not an absolute URL.`);
  }
  if (url.username !== '' || url.password !== '') {
    // Node would turn these into an Authorization header that no preview or trace shows: never send them.
    throw new AppError(
      'invalid_input',
      `${what} "${url.protocol}//${url.host}${url.pathname}" contains a user name or password, which is never sent; remove it and use OAuth (Security › OAuth) for credentials.`,
    );
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url;
  if (url.protocol === 'http:') {
    throw new AppError(
      'invalid_input',
      `${what} must use https: plain http is refused except to this machine (127.0.0.1).`,
    );
  }
  throw new AppError('invalid_input', `${what} must be an https URL, not ${url.protocol}`);
}
