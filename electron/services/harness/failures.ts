import { netInfo } from '../net/failure-words';
import { describeNetworkError } from '../net/network-error';
import { ExchangeError } from './http-exchange';

/** The steps of a delivery, in order. */
export type StepName = 'token' | 'request' | 'response' | 'write_back';

/** What went wrong, in categories an admin can act on. */
export type FailureKind =
  | 'invalid_url'
  | 'needs_confirmation'
  | 'token'
  | 'dns'
  | 'refused'
  | 'tls'
  | 'proxy'
  | 'timeout'
  | 'reset'
  | 'network'
  | 'http_status'
  | 'non_json'
  | 'missing_field'
  | 'no_route'
  | 'cancelled';

/**
 * The header the local receiver puts on its default answer (no route for the request), naming the method
 * and path, so a trace can say that a route is missing rather than blame the response parameters.
 */
export const NO_ROUTE_HEADER = 'x-receiver-no-route';

/** A failure named at the step where it happened, in plain words. */
export interface StepFailure {
  step: StepName;
  kind: FailureKind;
  message: string;
}

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'EPROTO',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

/** Sorts a Node network error into a failure kind. */
export function networkKind(error: unknown): FailureKind {
  const e = error as { code?: string; name?: string; message?: string };
  const code = e.code ?? '';
  if (e.name === 'AbortError' || code === 'ABORT_ERR') return 'cancelled';
  const net = netInfo(error);
  if (net?.proxyStage || net?.proxyStatus) return 'proxy';
  if (code === 'ETIMEDOUT' || e.name === 'TimeoutError') return 'timeout';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (code === 'ECONNREFUSED') return 'refused';
  if (TLS_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL')) return 'tls';
  if (/certificate|SSL|TLS/i.test(e.message ?? '')) return 'tls';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE') return 'reset';
  return 'network';
}

/**
 * A failed exchange as a step failure: connecting, DNS and TLS fail the request step; a timeout or a
 * dropped connection after the request was fully sent fails the response step.
 */
export function exchangeFailure(error: unknown, target: string): StepFailure {
  const cause = error instanceof ExchangeError ? error.cause : error;
  const sent = error instanceof ExchangeError && error.sent;
  const kind = networkKind(cause);
  const message =
    kind === 'cancelled'
      ? 'Cancelled before an answer arrived.'
      : describeNetworkError(cause, target).message;
  const afterSend = kind === 'timeout' || kind === 'reset' || kind === 'network' || kind === 'cancelled';
  return { step: sent && afterSend ? 'response' : 'request', kind, message };
}
