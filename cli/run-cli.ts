import { promises as fs } from 'node:fs';
import { setNetConfig } from '../electron/services/net/net-config';
import { parseProxyUrl } from '../electron/services/net/route';
import { readCaFile } from '../electron/services/net/trust';
import { hostSecrets } from '../electron/services/secrets/redactor';
import { writePrivateFile } from '../electron/services/storage/private-modes';
import { AppError } from '../shared/bridge/envelope';
import { parseCli, USAGE, UsageError, type CliArgs } from './args';
import type { CliIo } from './commands';
import { HARNESS_USAGE, parseReceiverArgs, parseTestArgs } from './harness-args';
import type { HarnessIo } from './harness-inputs';
import { InputError } from './input-error';

/** How a failure is told: words on stderr, and (--json) a JSON object on stdout, which readers parse. */
function failure(
  argv: readonly string[],
  io: CliIo,
  exit: number,
  code: string,
  message: string,
  showUsage = false,
): number {
  io.err(showUsage ? `${message}\n\n${USAGE}\n\n${HARNESS_USAGE}` : `error: ${message}`);
  if (argv.includes('--json')) io.out(JSON.stringify({ ok: false, error: { code, message } }, null, 2));
  // Terraform's convention for CI: with --detailed-exitcode every error is 1, usage errors included.
  return argv.includes('--detailed-exitcode') ? 1 : exit;
}

function fileError(error: unknown): string | null {
  const { code, path } = error as { code?: string; path?: string };
  if (code === 'ENOENT') return `file not found: ${path ?? ''}`;
  if (code === 'EISDIR') return `${path ?? 'the path'} is a folder, not a draft file.`;
  if (code === 'EACCES' || code === 'EPERM') return `permission denied: ${path ?? ''}`;
  return null;
}

/**
 * Run the command line; resolves to the exit code. Each command's code is imported when it runs, so a
 * `test` in CI never loads the domain client, the publish engine or the API description parser.
 */
export async function runCli(argv: readonly string[], raw: HarnessIo): Promise<number> {
  const io = redactedIo(raw);
  try {
    if (argv[0] === 'test') {
      const args = parseTestArgs(argv.slice(1));
      configureNetwork(args, io.env);
      const { testCommand } = await import('./test-command');
      return await testCommand(args, io);
    }
    if (argv[0] === 'receiver') {
      const args = parseReceiverArgs(argv.slice(1));
      const { receiverCommand } = await import('./receiver-command');
      return await receiverCommand(args, io);
    }
    const args = parseCli(argv);
    if (args.command === 'help') {
      io.out(`${USAGE}\n\n${HARNESS_USAGE}`);
      return 0;
    }
    // Before validate too: `--openapi https://…` fetches the description through the same network.
    configureNetwork(args, io.env);
    if (args.command === 'validate') return await (await import('./commands')).validateCommand(args, io);
    if (args.command === 'pull' && args.into)
      return await (await import('./rebase-command')).rebaseCommand(args, io);
    if (args.command === 'pull') return await (await import('./commands')).pullCommand(args, io);
    return await (await import('./publish-command')).planOrPublish(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      return failure(argv, io, 2, 'usage', (error as Error).message, true);
    if (error instanceof InputError) {
      for (const line of error.lines) io.err(line);
      return 2;
    }
    if (error instanceof AppError)
      return failure(argv, io, error.code === 'conflict' ? 3 : 4, error.code, error.message);
    const unreadable = fileError(error);
    if (unreadable) return failure(argv, io, 2, 'usage', unreadable);
    return failure(argv, io, 4, 'internal', error instanceof Error ? error.message : String(error));
  }
}

/** The environment's secrets, known before anything runs; every line printed has them masked by value. */
function redactedIo(io: HarnessIo): HarnessIo {
  for (const [name, value] of Object.entries(io.env)) {
    if (/^WEBHOOK_STUDIO_.*(PASSWORD|API_KEY|SECRET|TOKEN)$/.test(name)) hostSecrets.remember(value);
  }
  return {
    ...io,
    out: (line) => io.out(hostSecrets.redact(line)),
    err: (line) => io.err(hostSecrets.redact(line)),
  };
}

/**
 * The network for this run: `--proxy` (its password from WEBHOOK_STUDIO_PROXY_PASSWORD, so it stays out of
 * the process list) or else the environment's proxy; `--ca-file` checked before any call is made.
 */
function configureNetwork(args: Pick<CliArgs, 'proxy' | 'caFile'>, env: CliIo['env']): void {
  if (args.caFile) readCaFile(args.caFile, '--ca-file');
  if (args.proxy) parseProxyUrl(args.proxy, '--proxy');
  // A password written into a proxy URL is masked by value in every line printed, like the others.
  for (const url of [
    args.proxy,
    env['HTTPS_PROXY'],
    env['https_proxy'],
    env['HTTP_PROXY'],
    env['http_proxy'],
  ])
    if (url) hostSecrets.rememberUrl(url);
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
export const processIo: HarnessIo = {
  env: process.env,
  readFile: (p) => fs.readFile(p, 'utf8'),
  // Owner-only (0600): a pulled draft holds notify URLs, which are credentials; reports stay private too.
  writeFile: (p, t) => writePrivateFile(p, t),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  errTty: process.stderr.isTTY === true,
  errRaw: (text) => process.stderr.write(text),
  onInterrupt(handler) {
    process.on('SIGINT', handler);
    return () => process.off('SIGINT', handler);
  },
  fileSize: async (p) => (await fs.stat(p)).size,
};
