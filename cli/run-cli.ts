import { promises as fs } from 'node:fs';
import { hostSecrets } from '../electron/services/secrets/redactor';
import { AppError } from '../shared/bridge/envelope';
import { parseCli, USAGE, UsageError } from './args';
import { planOrPublish, pullCommand, validateCommand, type CliIo } from './commands';

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
