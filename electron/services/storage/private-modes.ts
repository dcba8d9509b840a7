import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Directories of the data folder: the owner only (drafts hold notify URLs, which are credentials). */
export const PRIVATE_DIR_MODE = 0o700;
/** Every file of the data folder: read and written by the owner only. */
export const PRIVATE_FILE_MODE = 0o600;

/** The temp files `writeFileAtomic` creates: `.<name>.<12 hex>.tmp`. */
const LEFTOVER_TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** How deep the sweep goes; the data folder is two levels deep, anything deeper is not ours. */
const MAX_DEPTH = 4;

/**
 * Creates the data folder owner-only, tightens what an older version (or a copy) left readable by
 * others (directories 0700, files 0600) and removes temp files interrupted writes left behind. Symlinks are not followed. Best effort on file systems without
 * POSIX modes (Windows), where chmod changes only the read-only flag.
 */
export async function makeDataDirPrivate(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  await tighten(dir, 0);
}

/**
 * Writes a file the user named (the command line's `--out`, `--junit`): created owner-only, and an
 * existing file tightened to owner-only before the new content goes in. A pulled draft holds the
 * domain's notify URLs, which are credentials, so it must not be readable by other users of the machine.
 */
export async function writePrivateFile(file: string, text: string): Promise<void> {
  const handle = await fs.open(file, 'w', PRIVATE_FILE_MODE);
  try {
    // Best effort on file systems without POSIX modes (Windows), as above.
    await handle.chmod(PRIVATE_FILE_MODE).catch(() => undefined);
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}

async function tighten(dir: string, depth: number): Promise<void> {
  await fs.chmod(dir, PRIVATE_DIR_MODE).catch(() => undefined);
  if (depth >= MAX_DEPTH) return;
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await tighten(full, depth + 1);
    else if (entry.isFile() && LEFTOVER_TEMP.test(entry.name)) {
      // Left by a write that was interrupted (a crash, a kill): the real file is intact, this is garbage.
      await fs.rm(full, { force: true }).catch(() => undefined);
    } else if (entry.isFile()) await fs.chmod(full, PRIVATE_FILE_MODE).catch(() => undefined);
  }
}
