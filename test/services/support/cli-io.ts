import type { CliIo } from '../../../cli/commands';
import type { Emulator } from '../../../electron/services/emulator';

/** The emulator's read-write admin login, as the CLI reads it from the environment. */
export function adminEnv(emu: Emulator): Record<string, string> {
  return {
    WEBHOOK_STUDIO_API_KEY: emu.apiKeys.readWrite,
    WEBHOOK_STUDIO_USERNAME: emu.admin.username,
    WEBHOOK_STUDIO_PASSWORD: emu.admin.password,
  };
}

/**
 * A command line run in memory: files are read from `files` (a missing one is ENOENT, as on disk), written
 * into `written` (by default the same object), and printed lines are collected.
 */
export function memoryCliIo(
  files: Record<string, string>,
  env: Record<string, string | undefined>,
  written: Record<string, string> = files,
): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    env,
    readFile: async (p) => {
      if (!(p in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT', path: p });
      return files[p]!;
    },
    writeFile: async (p, t) => {
      written[p] = t;
    },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  };
  return { io, out, err };
}
