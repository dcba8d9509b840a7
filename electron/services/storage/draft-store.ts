import path from 'node:path';
import type { StoreProblem } from '../../../shared/bridge/contract';
import { AppError } from '../../../shared/bridge/envelope';
import { DomainDraftSchema } from '../../../shared/model/draft';
import type { DomainDraft, DomainSummary } from '../../../shared/model/draft';
import { describeIssues } from '../bridge/issues';
import { vouchFor } from '../bridge/vouched-results';
import { isErrnoCode } from './atomic-file';
import { DomainFiles } from './domain-files';
import { assertSafeId } from './domain-id';
import type { DamageWording } from './json-document';
import { QUARANTINE_DIR } from './quarantine';

/** Folder, inside the data directory, holding one `<id>.json` per domain draft. */
export const DRAFTS_DIR = 'drafts';

export { assertSafeId, isSafeId } from './domain-id';

/** Domain drafts on disk, cached in memory; every write is atomic and leaves the previous version as `.bak`. */
export interface DraftStore {
  /** Files that failed to load when the store opened, and where they were moved. */
  readonly problems: readonly StoreProblem[];
  /** Every draft (copies; mutate freely). */
  list(): DomainDraft[];
  /** Every draft's id, name, address and last change, without copying the drafts themselves. */
  summaries(): DomainSummary[];
  /**
   * One draft (a copy), or undefined. The copy is vouched for as parsed by the draft schema (every
   * cached draft was, when it was loaded or stored), so the bridge does not parse it again on its way out.
   */
  get(id: string): DomainDraft | undefined;
  /**
   * One draft (a copy), or the bridge's `not_found` error (`invalid_input` for an id that cannot be a
   * domain's): the one lookup every service that acts on a domain goes through.
   */
  requireDraft(id: string): DomainDraft;
  /**
   * Writes a draft; resolves once it is on disk, and only then does `get` return it (a refused write
   * leaves the saved version in place). Writes to one id never interleave.
   */
  put(draft: DomainDraft): Promise<void>;
  /** Deletes a draft and its backup. */
  remove(id: string): Promise<void>;
  /** Resolves when every queued write has finished. */
  flush(): Promise<void>;
}

/** Where the store lives and which clock names quarantined files. */
export interface DraftStoreOptions {
  dataDir: string;
  now?: () => Date;
}

/** How damage to a draft file is worded (the admin reads these in the app and the log). */
const DRAFT_WORDING: DamageWording = {
  notAFile: (kind) =>
    kind === 'directory' ? 'a directory, not a draft file' : 'a link or special file, not a draft file',
  unreadable: (reason) => reason,
  invalid: (error) => `not a valid draft (${describeIssues(error)})`,
};

/** Opens the draft folder: loads every draft, moving any unreadable file aside (the app still starts). */
export async function openDraftStore(options: DraftStoreOptions): Promise<DraftStore> {
  const files = new DomainFiles<DomainDraft>({
    dir: path.join(options.dataDir, DRAFTS_DIR),
    quarantineDir: path.join(options.dataDir, QUARANTINE_DIR),
    schema: DomainDraftSchema,
    // A draft is never made up: a domain whose draft is gone is not listed.
    fresh: () => {
      throw new AppError('not_found', 'No such draft.');
    },
    what: 'draft',
    wording: DRAFT_WORDING,
    backup: true,
    check: (draft, id) => {
      if (draft.id !== id) return `its id "${draft.id}" does not match the file name`;
      return id ? undefined : 'the file name is not a valid domain id';
    },
    now: options.now,
  });
  const cache = await files.loadAll();
  return createDraftStore(files, cache);
}

function createDraftStore(files: DomainFiles<DomainDraft>, cache: Map<string, DomainDraft>): DraftStore {
  // Per id: the newest wanted state (null = deleted) and a chain so writes never interleave. A write
  // that starts after newer puts were queued writes the newest state once (autosave bursts coalesce).
  const queues = new Map<
    string,
    { latest: DomainDraft | null; version: number; done: number; chain: Promise<void> }
  >();

  const enqueue = (id: string, latest: DomainDraft | null): Promise<void> => {
    const queue = queues.get(id) ?? { latest, version: 0, done: 0, chain: Promise.resolve() };
    queues.set(id, queue);
    queue.latest = latest;
    const mine = (queue.version += 1);
    const run = queue.chain.then(async () => {
      if (queue.done >= mine) return;
      const version = queue.version;
      const state = queue.latest;
      await (state ? files.persist(id, state) : files.remove(id));
      // Only what reached the disk is served: after a refused save (disk full, read-only), plan and
      // publish must act on the saved draft, not on content that would be gone after a restart.
      if (state) cache.set(id, structuredClone(state));
      queue.done = version;
    });
    queue.chain = run.catch(() => undefined);
    return run.catch((error: unknown) => {
      const code = isErrnoCode(error, 'ENOSPC') ? ' (the disk is full)' : '';
      throw new AppError('storage', `Could not write the draft to disk${code}.`);
    });
  };

  const get = (id: string) => {
    const draft = cache.get(id);
    return draft ? vouchFor(structuredClone(draft), DomainDraftSchema) : undefined;
  };

  return {
    problems: files.problems,
    list: () => [...cache.values()].map((draft) => structuredClone(draft)),
    summaries: () =>
      [...cache.values()].map(({ id, name, base_url, updated_at }) => ({ id, name, base_url, updated_at })),
    get,
    requireDraft: (id) => {
      assertSafeId(id);
      const draft = get(id);
      if (!draft) throw new AppError('not_found', `No domain with id "${id}"; it may have been deleted.`);
      return draft;
    },
    put: async (draft) => {
      assertSafeId(draft.id);
      const valid = DomainDraftSchema.parse(draft);
      await enqueue(valid.id, structuredClone(valid));
    },
    remove: async (id) => {
      assertSafeId(id);
      cache.delete(id);
      await enqueue(id, null);
    },
    flush: async () => {
      await Promise.all([...queues.values()].map((queue) => queue.chain));
    },
  };
}
