import { promises as fs } from 'node:fs';
import { AppError } from '../shared/bridge/envelope';
import { parseCli, USAGE, UsageError } from './args';
import { planOrPublish, pullCommand, validateCommand, type CliIo } from './commands';
import { HARNESS_USAGE, parseReceiverArgs, parseTestArgs } from './harness-args';
import { InputError, type HarnessIo } from './harness-inputs';
import { receiverCommand } from './receiver-command';
import { testCommand } from './test-command';

/** Run the command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: HarnessIo): Promise<number> {
  try {
    if (argv[0] === 'test') return await testCommand(parseTestArgs(argv.slice(1)), io);
    if (argv[0] === 'receiver') return await receiverCommand(parseReceiverArgs(argv.slice(1)), io);
    const args = parseCli(argv);
    if (args.command === 'help') {
      io.out(`${USAGE}\n\n${HARNESS_USAGE}`);
      return 0;
    }
    if (args.command === 'validate') return await validateCommand(args, io);
    if (args.command === 'pull') return await pullCommand(args, io);
    return await planOrPublish(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message}\n\n${USAGE}\n\n${HARNESS_USAGE}`);
      return 2;
    }
    if (error instanceof InputError) {
      for (const line of error.lines) io.err(line);
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

/** The process's own IO. */
export const processIo: CliIo & HarnessIo = {
  env: process.env,
  readFile: (p) => fs.readFile(p, 'utf8'),
  writeFile: (p, t) => fs.writeFile(p, t, 'utf8'),
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
