import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { StoreProblem } from '../../../shared/bridge/contract';
import { copyFileAtomic, isErrnoCode, readJsonFile, storedFileKind, writeJsonAtomic } from './atomic-file';
import { quarantineFile } from './quarantine';

/** How a store words why one of its files could not be used (the admin reads these). */
export interface DamageWording {
  /** Something other than a regular file (a directory, a link) is where the file belongs. */
  notAFile(kind: 'directory' | 'other'): string;
  /** The bytes are not UTF-8 JSON (`reason` says how). */
  unreadable(reason: string): string;
  /** The JSON does not match the file's schema. */
  invalid(error: z.ZodError): string;
}

/** Default wording: "<what> is not valid JSON (…)", "<what> does not match its schema". */
export function wordingFor(what: string): DamageWording {
  return {
    notAFile: (kind) =>
      `${what} is ${kind === 'directory' ? 'a directory' : 'a link or special file'}, not a file`,
    unreadable: (reason) => `${what} is ${reason}`,
    invalid: () => `${what} does not match its schema`,
  };
}

/** What one kind of stored JSON document is, and how the store keeps it. */
export interface DocumentSpec<T> {
  schema: z.ZodType<T>;
  /** Where a damaged file is moved (never deleted). */
  quarantineDir: string;
  wording: DamageWording;
  /** Keep the previous version as `<file>.bak`, and restore it when the file is found damaged. */
  backup?: boolean;
  /** Why a value that matches the schema still is not this file's (e.g. its id is not the file's name). */
  check?: (value: T, file: string) => string | undefined;
  /** Clock naming quarantined files. */
  now?: () => Date;
}

/** A loaded document: its value (undefined when there is none) and the damage found, if any. */
export interface LoadedDocument<T> {
  value: T | undefined;
  problem?: StoreProblem;
}

/**
 * The one way a stored JSON document is read: a regular file only (a directory or a link in its place
 * is damage, and a link is never followed), strict UTF-8, parsed, checked against its schema. A damaged
 * file is moved to quarantine and reported by name; with a backup, the previous version is restored.
 */
export async function loadDocument<T>(file: string, spec: DocumentSpec<T>): Promise<LoadedDocument<T>> {
  const first = await readDocument(file, spec);
  if (first.ok) return { value: first.value };
  if (first.reason === null) return { value: undefined };
  const problem = await quarantineFile(file, spec.quarantineDir, first.reason, spec.now?.() ?? new Date());
  if (!spec.backup) return { value: undefined, problem };
  const backup = await readDocument(`${file}.bak`, spec);
  if (backup.ok) {
    await writeJsonAtomic(file, backup.value);
    problem.reason += `; restored the previous version from ${path.basename(file)}.bak`;
    return { value: backup.value, problem };
  }
  problem.reason += '; no readable previous version to restore';
  return { value: undefined, problem };
}

/**
 * The one way a stored JSON document is written: atomically, owner-only (0600), after keeping the
 * previous version as `.bak` when the spec asks for a backup.
 */
export async function saveDocument<T>(file: string, value: T, spec: Pick<DocumentSpec<T>, 'backup'>) {
  if (spec.backup) {
    try {
      await copyFileAtomic(file, `${file}.bak`);
    } catch (error) {
      // Losing the backup is better than refusing the save: something that is not a file where the
      // backup goes (reported and moved aside at the next start) must not block every save.
      const blocked = ['EISDIR', 'ENOTDIR', 'EEXIST', 'ENOTEMPTY'].some((code) => isErrnoCode(error, code));
      if (!isErrnoCode(error, 'ENOENT') && !blocked) throw error;
    }
  }
  await writeJsonAtomic(file, value);
}

/** Deletes a stored document and its backup. */
export async function removeDocument(file: string): Promise<void> {
  await fs.rm(file, { force: true });
  await fs.rm(`${file}.bak`, { force: true });
}

type Read<T> = { ok: true; value: T } | { ok: false; reason: string | null };

/** Reads one file as the spec's document; `reason: null` when there is no file at all. */
async function readDocument<T>(file: string, spec: DocumentSpec<T>): Promise<Read<T>> {
  const found = await storedFileKind(file);
  if (found.kind === 'missing') return { ok: false, reason: null };
  if (found.kind !== 'file') return { ok: false, reason: spec.wording.notAFile(found.kind) };
  const read = await readJsonFile(file);
  if (read.kind === 'missing') return { ok: false, reason: null };
  if (read.kind === 'invalid') return { ok: false, reason: spec.wording.unreadable(read.reason) };
  const parsed = spec.schema.safeParse(read.value);
  if (!parsed.success) return { ok: false, reason: spec.wording.invalid(parsed.error) };
  const mismatch = spec.check?.(parsed.data, file);
  return mismatch ? { ok: false, reason: mismatch } : { ok: true, value: parsed.data };
}
