import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { StoreProblem } from '../../../shared/bridge/contract';
import { TEMP_SUFFIX, fsyncDir } from './atomic-file';
import { assertSafeId, isSafeId } from './domain-id';
import {
  loadDocument,
  removeDocument,
  saveDocument,
  wordingFor,
  type DamageWording,
  type DocumentSpec,
  type LoadedDocument,
} from './json-document';
import { quarantineFile } from './quarantine';

/** What a per-domain document store holds and where. */
export interface DomainFilesOptions<T> {
  dir: string;
  quarantineDir: string;
  schema: z.ZodType<T>;
  /** The document of a domain that has none yet (or whose file was damaged beyond repair). */
  fresh: () => T;
  /** What the file holds, for problem reports, e.g. "publish history". */
  what: string;
  /** How damage is worded (default: "<what> is not valid JSON (…)"). */
  wording?: DamageWording;
  /** Keep the previous version as `<file>.bak` and restore it when the file is damaged. */
  backup?: boolean;
  /** Why a valid document is still not this domain's (e.g. the id inside is another domain's). */
  check?: (value: T, id: string) => string | undefined;
  /** The file of a domain, relative to `dir` (default `<id>.json`). */
  fileOf?: (id: string) => string;
  now?: () => Date;
}

/**
 * The one store of "a JSON document per domain" (drafts, samples, exchange logs, publish history, API
 * descriptions): every file is read through `loadDocument` (schema check, damage moved to quarantine and
 * reported by name, backup restored where kept) and written through `saveDocument` (atomic, 0600, with
 * its backup), writes to one file never interleaving. Documents are cached once loaded.
 */
export class DomainFiles<T> {
  private readonly cache = new Map<string, T>();
  private readonly writes = new Map<string, Promise<void>>();
  private readonly loading = new Map<string, Promise<LoadedDocument<T>>>();
  private readonly spec: DocumentSpec<T>;
  /** Files that failed to load and were moved aside. */
  readonly problems: StoreProblem[] = [];

  constructor(private readonly options: DomainFilesOptions<T>) {
    const { schema, quarantineDir, backup, check, now } = options;
    this.spec = {
      schema,
      quarantineDir,
      backup,
      now,
      wording: options.wording ?? wordingFor(options.what),
      check: check && ((value, file) => check(value, this.idOf(file))),
    };
  }

  /** The file that holds a domain's document (the id is checked first: it becomes a path). */
  fileOf(id: string): string {
    assertSafeId(id);
    return path.join(this.options.dir, this.options.fileOf?.(id) ?? `${id}.json`);
  }

  /** The domain's document (the cached object; treat it as read-only). */
  async get(id: string): Promise<T> {
    const hit = this.cache.get(id);
    if (hit) return hit;
    // One load per file, however many calls ask at once: a damaged file is moved aside and reported once.
    let loading = this.loading.get(id);
    if (!loading) {
      loading = loadDocument(this.fileOf(id), this.spec).finally(() => this.loading.delete(id));
      this.loading.set(id, loading);
    }
    const loaded = await loading;
    if (loaded.problem && !this.problems.includes(loaded.problem)) this.problems.push(loaded.problem);
    // Set by a write in the meantime: that one stands.
    const value = this.cache.get(id) ?? loaded.value ?? this.options.fresh();
    this.cache.set(id, value);
    return value;
  }

  /** Replace the domain's document; resolves once it is on disk. */
  async set(id: string, value: T): Promise<void> {
    this.fileOf(id);
    this.cache.set(id, value);
    await this.persist(id, value);
  }

  /**
   * Writes the domain's document without touching the cache: for stores that serve only what reached
   * the disk (drafts). Writes to one file run one after another.
   */
  persist(id: string, value: T): Promise<void> {
    const file = this.fileOf(id);
    const previous = this.writes.get(id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => saveDocument(file, value, this.spec));
    this.writes.set(id, next);
    return next;
  }

  /** Forget a deleted domain: its file and backup go. */
  async remove(id: string): Promise<void> {
    const file = this.fileOf(id);
    await this.writes.get(id)?.catch(() => undefined);
    this.cache.delete(id);
    this.writes.delete(id);
    await removeDocument(file);
    // A domain's own folder (`<id>/log.json` layouts) goes with it.
    if (path.dirname(file) !== this.options.dir)
      await fs.rm(path.dirname(file), { recursive: true, force: true });
    await fsyncDir(this.options.dir);
  }

  /** Wait for pending writes. */
  async flush(): Promise<void> {
    await Promise.all([...this.writes.values()].map((w) => w.catch(() => undefined)));
  }

  /**
   * Loads every `<id>.json` of the folder, for stores that list their domains (drafts): temp files of
   * interrupted writes are swept, something that is not a file where a backup goes is moved aside, and
   * every damaged document is reported (restored from its backup where there is one). Not cached:
   * the caller keeps what it serves.
   */
  async loadAll(): Promise<Map<string, T>> {
    const { dir, quarantineDir } = this.options;
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const found = new Map<string, T>();
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isFile() && entry.name.startsWith('.') && entry.name.endsWith(TEMP_SUFFIX)) {
        // An interrupted write: the real file is intact, the temp is garbage.
        await fs.rm(file, { force: true });
        continue;
      }
      if (entry.name.endsWith('.json.bak') && !entry.isFile()) {
        // A directory or link where the backup goes would block every save of that document.
        const why = `${entry.isDirectory() ? 'a directory' : 'not a regular file'} where the ${this.options.what}'s backup belongs`;
        this.problems.push(
          await quarantineFile(file, quarantineDir, why, this.options.now?.() ?? new Date()),
        );
        continue;
      }
      if (!entry.name.endsWith('.json')) continue;
      const loaded = await loadDocument(file, this.spec);
      if (loaded.problem) this.problems.push(loaded.problem);
      if (loaded.value !== undefined) found.set(entry.name.slice(0, -'.json'.length), loaded.value);
    }
    await fsyncDir(dir);
    return found;
  }

  /** The id a file belongs to, for checks; empty when its name is not a valid id. */
  private idOf(file: string): string {
    const base = path.basename(file).replace(/\.json(\.bak)?$/, '');
    return isSafeId(base) ? base : '';
  }
}
