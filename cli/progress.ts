import { testName } from '../electron/services/harness/batch-report';
import type { BatchProgress, DeliverySummary } from '../electron/services/harness/batch-types';
import type { HarnessIo } from './harness-inputs';

/** Redraws at most this often. */
const REDRAW_MS = 100;
const WIDTH = 30;
/** Failures listed after a run drawn on a terminal (the JUnit/JSON reports have them all). */
const LIST_AFTER_BAR = 20;

/** Why a delivery failed, in one line: the failing step, else the first failed expectation. */
export function failureLine(r: DeliverySummary): string {
  const failed = r.expectations.filter((e) => !e.ok);
  const why = r.failure
    ? `step ${r.failure.step} (${r.failure.kind}): ${r.failure.message}`
    : failed.map((e) => `${e.name}: ${e.message ?? 'failed'}`).join('; ');
  return `FAIL  ${testName(r)}  ${r.status !== undefined ? `HTTP ${r.status}  ` : ''}${why}`;
}

/** What a run shows while it goes: a bar on a terminal, one line per failure in a log. */
export interface ProgressView {
  result(r: DeliverySummary): void;
  progress(p: BatchProgress, offset: number, planned: number): void;
  /** Clears the bar and lists failures kept for the end. */
  end(): void;
}

/** The progress view for this stderr. */
export function progressView(io: HarnessIo): ProgressView {
  const raw = io.errRaw;
  if (!io.errTty || !raw) {
    return {
      result: (r) => r.outcome === 'failed' && io.err(failureLine(r)),
      progress: () => {},
      end: () => {},
    };
  }
  const kept: string[] = [];
  let failures = 0;
  let last = 0;
  let drawn = false;
  return {
    result(r) {
      if (r.outcome !== 'failed') return;
      failures++;
      if (kept.length < LIST_AFTER_BAR) kept.push(failureLine(r));
    },
    progress(p, offset, planned) {
      const done = offset + p.done;
      const now = performance.now();
      if (done !== planned && now - last < REDRAW_MS) return;
      last = now;
      const filled = Math.round((done / Math.max(1, planned)) * WIDTH);
      raw(
        `\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${planned}  failed ${failures}\x1b[K`,
      );
      drawn = true;
    },
    end() {
      if (drawn) raw('\r\x1b[K');
      for (const line of kept) io.err(line);
      if (failures > kept.length) io.err(`… and ${failures - kept.length} more failure(s) in the report.`);
    },
  };
}
