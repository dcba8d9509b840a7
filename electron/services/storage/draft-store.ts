import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { StoreProblem } from '../../../shared/bridge/contract';
import { AppError } from '../../../shared/bridge/envelope';
import { DomainDraftSchema } from '../../../shared/model/draft';
import type { DomainDraft } from '../../../shared/model/draft';
import { describeIssues } from '../bridge/issues';
import {
  TEMP_SUFFIX,
  copyFileAtomic,
  fsyncDir,
  isErrnoCode,
  readJsonFile,
  writeJsonAtomic,
} from './atomic-file';
import { QUARANTINE_DIR, quarantineFile } from './quarantine';

/** Folder, inside the data directory, holding one `<id>.json` per domain draft. */
export const DRAFTS_DIR = 'drafts';
/** Ids become file names, so only plain characters: no separators, no dots, no traversal. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** Domain drafts on disk, cached in memory; every write is atomic and leaves the previous version as `.bak`. */
export interface DraftStore {
  /** Files that failed to load when the store opened, and where they were moved. */
  readonly problems: readonly StoreProblem[];
  /** Every draft (copies; mutate freely). */
  list(): DomainDraft[];
  /** One draft (a copy), or undefined. */
  get(id: string): DomainDraft | undefined;
  /** Writes a draft; resolves once it is on disk. Writes to one id never interleave. */
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

/** True when `id` can safely be used as a file name. */
export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id);
}

/** Throws `invalid_input` unless `id` is a safe file name (no path traversal through a crafted id). */
export function assertSafeId(id: string): void {
  if (!isSafeId(id)) {
    throw new AppError('invalid_input', 'A domain id may only contain letters, digits, "-" and "_".', [
      { path: 'id', message: 'not a valid domain id' },
    ]);
  }
}

/** Opens the draft folder: loads every draft, moving any unreadable file aside (the app still starts). */
export async function openDraftStore(options: DraftStoreOptions): Promise<DraftStore> {
  const now = options.now ?? (() => new Date());
  const dir = path.join(options.dataDir, DRAFTS_DIR);
  const quarantineDir = path.join(options.dataDir, QUARANTINE_DIR);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const cache = new Map<string, DomainDraft>();
  const problems: StoreProblem[] = [];

  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isFile() && entry.name.startsWith('.') && entry.name.endsWith(TEMP_SUFFIX)) {
      // An interrupted write: the real file is intact, the temp is garbage.
      await fs.rm(file, { force: true });
      continue;
    }
    if (entry.name.endsWith('.json.bak') && !entry.isFile()) {
      // A directory or link where the backup goes would block every save of that draft: moved aside.
      const why = `${entry.isDirectory() ? 'a directory' : 'not a regular file'} where the draft's backup belongs`;
      problems.push(await quarantineFile(file, quarantineDir, why, now()));
      continue;
    }
    if (!entry.name.endsWith('.json')) continue;
    const id = entry.name.slice(0, -'.json'.length);
    // A directory or a symlink in place of a draft is damage to report, never a domain to drop silently.
    const loaded = entry.isFile()
      ? await loadDraftFile(file, id)
      : {
          ok: false as const,
          reason: entry.isDirectory()
            ? 'a directory, not a draft file'
            : 'a link or special file, not a draft file',
        };
    if (loaded.ok) {
      cache.set(id, loaded.draft);
      continue;
    }
    const problem = await quarantineFile(file, quarantineDir, loaded.reason, now());
    const backup = (await fs.lstat(`${file}.bak`).catch(() => null))?.isFile()
      ? await loadDraftFile(`${file}.bak`, id)
      : null;
    if (backup?.ok) {
      await writeJsonAtomic(file, backup.draft);
      cache.set(id, backup.draft);
      problem.reason += `; restored the previous version from ${entry.name}.bak`;
    } else problem.reason += '; no readable previous version to restore';
    problems.push(problem);
  }
  await fsyncDir(dir);
  return createDraftStore(dir, cache, problems);
}

function createDraftStore(
  dir: string,
  cache: Map<string, DomainDraft>,
  problems: StoreProblem[],
): DraftStore {
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
      await (state ? writeDraft(dir, id, state) : deleteDraft(dir, id));
      queue.done = version;
    });
    queue.chain = run.catch(() => undefined);
    return run.catch((error: unknown) => {
      const code = isErrnoCode(error, 'ENOSPC') ? ' (the disk is full)' : '';
      throw new AppError('storage', `Could not write the draft to disk${code}.`);
    });
  };

  return {
    problems,
    list: () => [...cache.values()].map((draft) => structuredClone(draft)),
    get: (id) => {
      const draft = cache.get(id);
      return draft ? structuredClone(draft) : undefined;
    },
    put: async (draft) => {
      assertSafeId(draft.id);
      const valid = DomainDraftSchema.parse(draft);
      cache.set(valid.id, structuredClone(valid));
      await enqueue(valid.id, valid);
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

async function writeDraft(dir: string, id: string, draft: DomainDraft): Promise<void> {
  const file = path.join(dir, `${id}.json`);
  try {
    await copyFileAtomic(file, `${file}.bak`);
  } catch (error) {
    // Losing the backup is better than refusing the save: something that is not a file where the backup
    // goes (reported and moved aside at the next start) must not block every save of the draft.
    const blocked = ['EISDIR', 'ENOTDIR', 'EEXIST', 'ENOTEMPTY'].some((code) => isErrnoCode(error, code));
    if (!isErrnoCode(error, 'ENOENT') && !blocked) throw error;
  }
  await writeJsonAtomic(file, draft);
}

async function deleteDraft(dir: string, id: string): Promise<void> {
  const file = path.join(dir, `${id}.json`);
  await fs.rm(file, { force: true });
  await fs.rm(`${file}.bak`, { force: true });
  await fsyncDir(dir);
}

async function loadDraftFile(
  file: string,
  id: string,
): Promise<{ ok: true; draft: DomainDraft } | { ok: false; reason: string }> {
  const read = await readJsonFile(file);
  if (read.kind === 'missing') return { ok: false, reason: 'missing' };
  if (read.kind === 'invalid') return { ok: false, reason: read.reason };
  const parsed = DomainDraftSchema.safeParse(read.value);
  if (!parsed.success) return { ok: false, reason: `not a valid draft (${describeIssues(parsed.error)})` };
  if (parsed.data.id !== id) {
    return { ok: false, reason: `its id "${parsed.data.id}" does not match the file name` };
  }
  if (!isSafeId(id)) return { ok: false, reason: 'the file name is not a valid domain id' };
  return { ok: true, draft: parsed.data };
}
