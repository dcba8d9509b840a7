import path from 'node:path';
import type { StoreProblem } from '../../../shared/bridge/contract';
import type { AppEvents } from '../events';
import type { SecretVault } from '../secrets';
import type { DraftStore } from '../storage/draft-store';
import { createBatchRuns } from './batch-runs';
import type { HarnessContext, HarnessHandlers } from './context';
import { draftOf } from './context';
import { HarnessStore } from './harness-store';
import { createIncomingHandlers } from './incoming';
import { LocalDomain } from './local-domain';
import { HarnessLogs } from './logs';
import { createOutgoingHandlers } from './outgoing';
import { createReceiverHandlers } from './receiver-handlers';
import { ReceiverHost } from './receiver-host';
import { createSampleHandlers } from './samples';

export type { HarnessHandlers };

/** Folder of per-domain samples and confirmed targets in the data directory. */
export const HARNESS_DIR = 'harness';
/** Folder of per-domain exchange logs in the data directory. */
export const HARNESS_LOG_DIR = 'harness-log';

/** What the harness needs from the rest of the host. */
export interface HarnessServiceOptions {
  dataDir: string;
  quarantineDir: string;
  drafts: DraftStore;
  vault: SecretVault;
  events: AppEvents;
  now?: () => Date;
  /** The domain's API description, for the checks and the receiver (default: none). */
  api?: HarnessContext['api'];
}

/** The test harness as the host runs it. */
export interface HarnessService {
  handlers: HarnessHandlers;
  /** Store files that failed to load (found lazily), for the app's store-problem reports. */
  problems(): StoreProblem[];
  /** Forgets a deleted domain's samples and log. */
  forget(id: string): Promise<void>;
  /** Cancels batches, stops the receiver and the local domain, writes the logs. */
  close(): Promise<void>;
}

/** Wires the finished harness core (shared/mapping, shared/samples, services/harness) to the bridge. */
export function createHarnessService(options: HarnessServiceOptions): HarnessService {
  const ctx: HarnessContext = {
    drafts: options.drafts,
    vault: options.vault,
    store: new HarnessStore(path.join(options.dataDir, HARNESS_DIR), options.quarantineDir),
    receiver: new ReceiverHost(),
    local: new LocalDomain(),
    logs: new HarnessLogs(path.join(options.dataDir, HARNESS_LOG_DIR), options.quarantineDir, {
      ...(options.now ? { now: options.now } : {}),
    }),
    events: options.events,
    now: options.now ?? (() => new Date()),
    api: options.api ?? (async () => null),
    oauthClients: new Map(),
  };
  const { closeAll, ...batch } = createBatchRuns(ctx);
  const handlers: HarnessHandlers = {
    ...createSampleHandlers(ctx),
    ...createOutgoingHandlers(ctx),
    ...createReceiverHandlers(ctx),
    ...createIncomingHandlers(ctx),
    ...batch,
    async 'harness:history'({ id, clear }) {
      draftOf(ctx, id);
      const log = await ctx.logs.get(id);
      if (clear) await log.clear();
      return { exchanges: log.exchanges(), runs: log.runs() };
    },
  };
  return {
    handlers,
    problems: () => [...ctx.store.problems, ...ctx.logs.problems],
    async forget(id) {
      for (const slot of [...ctx.oauthClients.keys()])
        if (slot.startsWith(`${id} `)) ctx.oauthClients.delete(slot);
      await Promise.all([ctx.store.remove(id), ctx.logs.remove(id)]);
    },
    async close() {
      await closeAll();
      await Promise.all([ctx.receiver.stop(), ctx.local.close(), ctx.store.flush(), ctx.logs.flush()]);
    },
  };
}
