import { promises as fs } from 'node:fs';
import type { StoreProblem } from '../../../shared/bridge/contract';
import { decodeStrictUtf8, isErrnoCode, storedFileKind } from './atomic-file';
import { quarantineFile } from './quarantine';

/** What a stored text file is, and how its damage is found and worded. */
export interface TextFileSpec {
  /** What the file holds, for problem reports, e.g. "The imported API description text". */
  what: string;
  /** Where a damaged file is moved (never deleted). */
  quarantineDir: string;
  /** The largest file accepted, in bytes; anything larger is damage, not something to read into memory. */
  maxBytes: number;
  /** Why text that decodes is still not this file's (e.g. its fingerprint is not the one recorded). */
  check?: (text: string) => string | undefined;
  now?: () => Date;
}

/** A loaded text file: its text (undefined when there is none) and the damage found, if any. */
export interface LoadedText {
  text: string | undefined;
  problem?: StoreProblem;
}

/**
 * The one way a stored text file is read: a regular file only (a link is never followed), within its
 * size limit, strict UTF-8, and passing its check. A damaged file is moved to quarantine and reported
 * by name, so it is never silently used nor silently ignored.
 */
export async function loadTextFile(file: string, spec: TextFileSpec): Promise<LoadedText> {
  const read = await readText(file, spec);
  if (read.ok) return { text: read.text };
  if (read.reason === null) return { text: undefined };
  const problem = await quarantineFile(file, spec.quarantineDir, read.reason, spec.now?.() ?? new Date());
  return { text: undefined, problem };
}

type Read = { ok: true; text: string } | { ok: false; reason: string | null };

async function readText(file: string, spec: TextFileSpec): Promise<Read> {
  const found = await storedFileKind(file);
  if (found.kind === 'missing') return { ok: false, reason: null };
  if (found.kind !== 'file') {
    const kind = found.kind === 'directory' ? 'a directory' : 'a link or special file';
    return { ok: false, reason: `${spec.what} is ${kind}, not a file` };
  }
  if (found.size > spec.maxBytes) {
    const mb = (n: number) => (n / 1048576).toFixed(1);
    return {
      ok: false,
      reason: `${spec.what} is ${mb(found.size)} MB; the limit is ${mb(spec.maxBytes)} MB`,
    };
  }
  const bytes = await fs.readFile(file).catch((error: unknown) => {
    if (isErrnoCode(error, 'ENOENT')) return null;
    throw error;
  });
  if (bytes === null) return { ok: false, reason: null };
  const text = decodeStrictUtf8(bytes);
  if (text === undefined)
    return { ok: false, reason: `${spec.what} is not valid UTF-8 text (damaged bytes)` };
  const mismatch = spec.check?.(text);
  return mismatch ? { ok: false, reason: `${spec.what} ${mismatch}` } : { ok: true, text };
}
