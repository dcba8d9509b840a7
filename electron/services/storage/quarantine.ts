import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { StoreProblem } from '../../../shared/bridge/contract';
import { fsyncDir, isErrnoCode } from './atomic-file';

/** The folder, inside the data directory, where unreadable store files are kept aside. */
export const QUARANTINE_DIR = 'quarantine';

/** A file-name-safe UTC timestamp, e.g. 2026-11-20T10-00-00-000Z (no ':' so Windows accepts it). */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Moves a store file that failed to load to `<quarantineDir>/<name>.<timestamp><extension>` (its own
 * extension, so `acme.json` stays JSON and `acme.source` stays text) and describes it. The file is never deleted: the admin may still want what is in it, and support can read it.
 */
export async function quarantineFile(
  file: string,
  quarantineDir: string,
  reason: string,
  now: Date = new Date(),
): Promise<StoreProblem> {
  await fs.mkdir(quarantineDir, { recursive: true, mode: 0o700 });
  const stem = `${path.basename(file)}.${fileTimestamp(now)}`;
  const extension = path.extname(file);
  for (let n = 0; ; n += 1) {
    const target = path.join(quarantineDir, n === 0 ? `${stem}${extension}` : `${stem}-${n}${extension}`);
    try {
      // link + unlink refuses to overwrite an earlier quarantined file with the same timestamp.
      await fs.link(file, target);
      await fs.unlink(file);
    } catch (error) {
      if (isErrnoCode(error, 'EEXIST')) continue;
      if (!isLinkUnsupported(error)) throw error;
      if (await exists(target)) continue;
      await fs.rename(file, target);
    }
    await fsyncDir(path.dirname(file));
    await fsyncDir(quarantineDir);
    return { file, moved_to: target, reason };
  }
}

function isLinkUnsupported(error: unknown): boolean {
  return ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS', 'EACCES'].some((code) =>
    isErrnoCode(error, code),
  );
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
