import { promises as fs } from 'node:fs';
import { hostSecrets } from '../electron/services/secrets/redactor';
import { AppError } from '../shared/bridge/envelope';
import { parseCli, USAGE, UsageError } from './args';
import { pullCommand, validateCommand, type CliIo } from './commands';
import { planOrPublish } from './publish-command';
import { rebaseCommand } from './rebase-command';

/** How a failure is told: words on stderr, and (--json) a JSON object on stdout, which readers parse. */
function failure(
  argv: readonly string[],
  io: CliIo,
  exit: number,
  code: string,
  message: string,
  showUsage = false,
): number {
  io.err(showUsage ? `${message}\n\n${USAGE}` : `error: ${message}`);
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

/** Run the command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], raw: CliIo): Promise<number> {
  const io = redactedIo(raw);
  try {
    const args = parseCli(argv);
    if (args.command === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (args.command === 'validate') return await validateCommand(args, io);
    if (args.command === 'pull') return await (args.into ? rebaseCommand(args, io) : pullCommand(args, io));
    return await planOrPublish(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      return failure(argv, io, 2, 'usage', (error as Error).message, true);
    if (error instanceof AppError)
      return failure(argv, io, error.code === 'conflict' ? 3 : 4, error.code, error.message);
    const unreadable = fileError(error);
    if (unreadable) return failure(argv, io, 2, 'usage', unreadable);
    return failure(argv, io, 4, 'internal', error instanceof Error ? error.message : String(error));
  }
}

/** The environment's secrets, known before anything runs; every line printed has them masked by value. */
function redactedIo(io: CliIo): CliIo {
  for (const [name, value] of Object.entries(io.env)) {
    if (/^WEBHOOK_STUDIO_.*(PASSWORD|API_KEY|SECRET|TOKEN)$/.test(name)) hostSecrets.remember(value);
  }
  return {
    ...io,
    out: (line) => io.out(hostSecrets.redact(line)),
    err: (line) => io.err(hostSecrets.redact(line)),
  };
}

/** The process's own IO. */
export const processIo: CliIo = {
  env: process.env,
  readFile: (p) => fs.readFile(p, 'utf8'),
  writeFile: (p, t) => fs.writeFile(p, t, 'utf8'),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
