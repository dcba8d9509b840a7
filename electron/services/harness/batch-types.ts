import type { DeliveryEvent } from '../../../shared/mapping';
import type { Field } from '../../../shared/model/field-catalogue';
import type { Webhook } from '../../../shared/model/webhook';
import type { BodyViolation } from '../../../shared/openapi/types';
import type { FailureKind, StepFailure } from './failures';
import type { OAuthClient } from './oauth-client';
import type { DeliveryTrace } from './sender';

/** A sample as a batch needs it. */
export interface BatchSample {
  id: string;
  label?: string;
  kind?: 'profile' | 'location';
  fields: Readonly<Record<string, unknown>>;
}

/** A batch run: every enabled trigger × the selected samples, with expectations per delivery. */
export interface BatchOptions {
  webhook: Webhook;
  catalogue: readonly Field[];
  samples: readonly BatchSample[];
  /** Default: the webhook's enabled triggers. */
  triggers?: readonly string[];
  /** Default: the Post to URL. */
  url?: string;
  confirmHost?: string;
  oauth?: OAuthClient | null;
  /** Deliveries in flight at once (default 8, at most 64). */
  concurrency?: number;
  timeoutMs?: number;
  /** When set, each delivery that passed is followed by its notify call, and "identifier matched" means matched there. */
  notifyUrl?: string;
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
  /** Sees each delivery's summary as it completes (e.g. a failure line in a CI log). */
  onResult?: (result: DeliverySummary) => void;
  /**
   * Stops the run at a delivery whose failure means the rest would fail the same way (unreachable
   * target, TLS, OAuth): the first delivery then goes alone, so a dead target gets one request, not a
   * flood. Deliveries not started are counted as not run; the report names the failure in `stoppedBy`.
   */
  stopWhen?: (failure: StepFailure) => boolean;
  /** Sees every full trace as it completes (e.g. the exchange log); the batch itself keeps only a ring. */
  onExchange?: (trace: DeliveryTrace) => void;
  /** Full traces kept in the report (most recent), and failed ones separately (default 50 each). */
  keepExchanges?: number;
  /**
   * Checks each request body sent against the API description (the "request valid per the API
   * description" expectation); absent, the expectation is not part of the run.
   */
  checkRequest?: (body: string, contentType: string) => BodyViolation[];
  /** Run id (tests); generated otherwise. */
  runId?: string;
  now?: () => Date;
}

/** Where a batch is. */
export interface BatchProgress {
  done: number;
  total: number;
  passed: number;
  failed: number;
}

/** The expectations checked per delivery. */
export type ExpectationName = 'status_2xx' | 'write_back_fields' | 'identifier_matched' | 'request_valid_api';

/** One expectation's outcome; a message only when it failed. */
export interface ExpectationResult {
  name: ExpectationName;
  ok: boolean;
  message?: string;
}

/** What a batch keeps per delivery: a summary, never the bodies. */
export interface DeliverySummary {
  index: number;
  trigger: string;
  event: DeliveryEvent | null;
  sampleId: string;
  sampleLabel: string;
  deliveryId: string;
  outcome: 'passed' | 'failed' | 'cancelled';
  status?: number;
  ms: number;
  failure?: StepFailure;
  expectations: ExpectationResult[];
  /** How the request body broke the API description's schema (with `checkRequest`, when it did). */
  violations?: BodyViolation[];
  notify?: { status?: number; matchedId?: string; reason?: FailureKind | string };
}

/** The result of a batch run. */
export interface BatchReport {
  runId: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  cancelled: boolean;
  url: string;
  concurrency: number;
  triggers: string[];
  total: number;
  passed: number;
  failed: number;
  cancelledCount: number;
  notRun: number;
  /** The failure that stopped the run early (see `stopWhen`). */
  stoppedBy?: StepFailure & { trigger: string; sampleId: string };
  results: DeliverySummary[];
  /** The most recent full traces. */
  exchanges: DeliveryTrace[];
  /** The most recent failed full traces. */
  failedExchanges: DeliveryTrace[];
  /** Planned deliveries a cancel stopped before they started, so reports can count them as skipped. */
  notRunDeliveries?: NotRunDelivery[];
}

/** A planned delivery that never started. */
export interface NotRunDelivery {
  trigger: string;
  sampleId: string;
  sampleLabel: string;
}
