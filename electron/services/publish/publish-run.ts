import { newId } from '../../../shared/model/ids';
import type { ApplyOutcome, HistoryEntry } from '../../../shared/plan/outcome';
import type { DomainClient } from '../domain-client/domain-client';
import { conflictOf, type ApplyOptions } from './publish-engine';
import { applyKind, planKind, type BaseMode, type KindPlan, type PlanInput } from './publish-flow';

/** One webhook to plan and perhaps publish: the plan step's input, and what only the write needs. */
export interface RunInput extends Omit<PlanInput, 'baseMode' | 'merge' | 'isPublisher'> {
  /** This webhook's base mode, when it is not the run's (the app plans a never-pulled webhook on live). */
  baseMode?: BaseMode;
  /** Refuse the write unless the live page is still at this version (the plan the admin approved). */
  expectedVersion?: number;
}

/** How to run: which base, whether to write, and where each verified publish is recorded. */
export interface RunOptions {
  baseMode: BaseMode;
  merge: boolean;
  isPublisher: (by: string | null) => boolean;
  /** false plans only (plan, the app's review); true writes when no webhook is refused. */
  write: boolean;
  /** A new OAuth password to set; kept out of every plan, report and record. */
  password?: string;
  /** The admin's note on the publish (the app's note field, the CLI's --message). */
  message?: string;
  /** The signed-in admin's login name, named in history when the domain did not say who signed in. */
  username: string;
  /** The domain URL the history names. */
  domain: string;
  now: () => string;
  /** Keeps a verified publish: the app's domain history, the CLI's history file, or both. */
  record: (entry: HistoryEntry) => Promise<void>;
  apply?: ApplyOptions;
}

/** Every webhook's plan; when written, every outcome and the history entries recorded. */
export interface RunResult {
  plans: KindPlan[];
  outcomes: ApplyOutcome[];
  entries: HistoryEntry[];
  /** Whether a published write carried the new OAuth password. */
  passwordSent?: boolean;
}

/**
 * The one publish flow of the app and the command line: plan every webhook (base, live and draft compared
 * unit by unit) before writing any, write each with If-Match of the live version planned against, read it
 * back, and record each verified publish. One refused webhook stops the whole publish.
 */
export async function runPublish(
  client: DomainClient,
  inputs: readonly RunInput[],
  options: RunOptions,
): Promise<RunResult> {
  const { baseMode, merge, isPublisher } = options;
  // OAuth is shared: a new password rides with each write until one that carried it is published.
  let password = options.password;
  const plans: KindPlan[] = [];
  for (const input of inputs)
    plans.push(
      await planKind(client, { ...input, baseMode: input.baseMode ?? baseMode, merge, isPublisher }),
    );
  const result: RunResult = { plans, outcomes: [], entries: [] };
  if (!options.write || plans.some((p) => p.refused)) return result;
  for (const [i, planned] of plans.entries()) {
    const { expectedVersion } = inputs[i]!;
    if (expectedVersion !== undefined && expectedVersion !== planned.live.version) {
      result.outcomes.push(movedSincePlan(planned, expectedVersion));
      continue;
    }
    const carries = password !== undefined && planned.write.security.oauth !== null;
    const outcome = await applyKind(client, planned, carries ? password : undefined, options.apply);
    result.outcomes.push(outcome);
    if (outcome.status !== 'published') continue;
    if (carries) {
      password = undefined;
      result.passwordSent = true;
    }
    const entry: HistoryEntry = {
      id: newId(),
      kind: planned.kind,
      version: outcome.version,
      published_at: options.now(),
      published_by: client.user?.name ?? client.user?.email ?? (options.username || 'unknown'),
      domain: options.domain,
      ...(outcome.note ? { note: outcome.note } : {}),
      ...(options.message ? { message: options.message } : {}),
      changes: planned.plan.changes,
      content: planned.write,
    };
    await options.record(entry);
    result.entries.push(entry);
  }
  return result;
}

/** The live page moved since the approved plan: refused like a 412 would be, nothing written. */
function movedSincePlan(planned: KindPlan, expectedVersion: number): ApplyOutcome {
  const req = {
    kind: planned.kind,
    content: planned.write,
    expectedVersion,
    base: planned.base,
    ...(planned.base_version === null ? {} : { baseVersion: planned.base_version }),
  };
  return { status: 'conflict', kind: planned.kind, conflict: conflictOf(req, planned.live) };
}
