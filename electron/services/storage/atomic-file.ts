import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './private-modes';

/** Options for an atomic write. */
export interface AtomicWriteOptions {
  /** File mode of the written file (default 0o600: data files are the owner's alone). */
  mode?: number;
}

/** What reading a JSON file found: its value, nothing, or why it could not be parsed. */
export type JsonReadResult =
  { kind: 'ok'; value: unknown } | { kind: 'missing' } | { kind: 'invalid'; reason: string };

/** Suffix of temp files; a crash mid-write can leave one behind, and the loaders ignore and sweep them. */
export const TEMP_SUFFIX = '.tmp';

/**
 * Replaces `file` with `data` so that a reader (or a crash) sees either the old or the new content,
 * never a mix: write a temp file in the same directory, fsync it, rename it over the target, then fsync
 * the directory so the rename itself is durable.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    const handle = await fs.open(temp, 'wx', options.mode ?? PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDir(dir);
}

/** Writes pretty-printed JSON (two spaces, trailing newline) atomically, so files diff well in Git. */
export async function writeJsonAtomic(
  file: string,
  value: unknown,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`, options);
}

/** Copies `from` to `to` atomically (through a temp file), e.g. to keep the previous version as a backup. */
export async function copyFileAtomic(from: string, to: string): Promise<void> {
  await writeFileAtomic(to, await fs.readFile(from));
}

/** Reads a file as UTF-8, or undefined when it does not exist. */
export async function readTextIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if (isErrnoCode(error, 'ENOENT')) return undefined;
    throw error;
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes as UTF-8 text, or undefined when they are not valid UTF-8 (never replaced with U+FFFD). */
export function decodeStrictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * What is at a stored file's place, without following a link: nothing, a regular file (with its
 * size), or something else that is damage where a file belongs.
 */
export async function storedFileKind(
  file: string,
): Promise<{ kind: 'missing' } | { kind: 'file'; size: number } | { kind: 'directory' | 'other' }> {
  const stat = await fs.lstat(file).catch((error: unknown) => {
    if (isErrnoCode(error, 'ENOENT') || isErrnoCode(error, 'ENOTDIR')) return null;
    throw error;
  });
  if (!stat) return { kind: 'missing' };
  if (stat.isFile()) return { kind: 'file', size: stat.size };
  return { kind: stat.isDirectory() ? 'directory' : 'other' };
}

/**
 * Reads and parses a JSON file without throwing for a missing or malformed file. Invalid UTF-8 is
 * malformed too: decoding it leniently would replace the damage with U+FFFD and the next save keep it.
 */
export async function readJsonFile(file: string): Promise<JsonReadResult> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if (isErrnoCode(error, 'ENOENT')) return { kind: 'missing' };
    if (isErrnoCode(error, 'EISDIR')) return { kind: 'invalid', reason: 'a directory, not a file' };
    throw error;
  }
  const text = decodeStrictUtf8(bytes);
  if (text === undefined) return { kind: 'invalid', reason: 'not valid UTF-8 text (damaged bytes)' };
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      kind: 'invalid',
      reason: `not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    };
  }
}

/**
 * Flushes a directory entry so a rename survives power loss. Best-effort: Windows and some file systems
 * cannot open a directory for fsync, and the data itself has already been synced.
 */
export async function fsyncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported here; nothing more can be done.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** True when `error` is a Node system error with the given code. */
export function isErrnoCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

/** Windows refuses a rename while another process (an indexer, an antivirus) briefly holds the file. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const transient = ['EPERM', 'EACCES', 'EBUSY'].some((code) => isErrnoCode(error, code));
      if (!transient || process.platform !== 'win32' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}
