import { promises as fs } from 'node:fs';
import { setNetConfig } from '../electron/services/net/net-config';
import { parseProxyUrl } from '../electron/services/net/route';
import { readCaFile } from '../electron/services/net/trust';
import { AppError } from '../shared/bridge/envelope';
import { parseCli, USAGE, UsageError, type CliArgs } from './args';
import { planOrPublish, pullCommand, validateCommand, type CliIo } from './commands';

/** Run the command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCli(argv);
    if (args.command === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (args.command === 'validate') return await validateCommand(args, io);
    configureNetwork(args, io.env);
    if (args.command === 'pull') return await pullCommand(args, io);
    return await planOrPublish(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof AppError) {
      io.err(`error: ${error.message}`);
      // --json readers parse stdout: a failure must be JSON there too, not only words on stderr.
      if (argv.includes('--json')) {
        io.out(JSON.stringify({ ok: false, error: { code: error.code, message: error.message } }, null, 2));
      }
      return error.code === 'conflict' ? 3 : 4;
    }
    if ((error as { code?: string }).code === 'ENOENT') {
      io.err(`error: file not found: ${(error as { path?: string }).path ?? ''}`);
      return 2;
    }
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 4;
  }
}

/**
 * The network for this run: `--proxy` (its password from WEBHOOK_STUDIO_PROXY_PASSWORD, so it stays out of
 * the process list) or else the environment's proxy; `--ca-file` checked before any call is made.
 */
function configureNetwork(args: CliArgs, env: CliIo['env']): void {
  if (args.caFile) readCaFile(args.caFile, '--ca-file');
  if (args.proxy) parseProxyUrl(args.proxy, '--proxy');
  const password = env['WEBHOOK_STUDIO_PROXY_PASSWORD'];
  const noProxy = env['NO_PROXY'] ?? env['no_proxy'];
  setNetConfig({
    proxy: args.proxy
      ? {
          mode: 'manual',
          url: args.proxy,
          ...(noProxy ? { bypass: noProxy } : {}),
          ...(password ? { password } : {}),
        }
      : { mode: 'auto' },
    ...(args.caFile ? { caFile: args.caFile } : {}),
  });
}

/** The process's own IO. */
export const processIo: CliIo = {
  env: process.env,
  readFile: (p) => fs.readFile(p, 'utf8'),
  writeFile: (p, t) => fs.writeFile(p, t, 'utf8'),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
