import { parseArgs } from 'node:util';

/** A parsed command line. */
export interface CliArgs {
  command: 'validate' | 'plan' | 'publish' | 'pull' | 'help';
  file?: string;
  domain?: string;
  out?: string;
  json: boolean;
  kinds: ('profile' | 'location')[];
  expectVersion?: number;
  /** validate: the API description to check the mapping against (path or URL). */
  openapi?: string;
  /** validate: exit 1 when the API description checks find anything. */
  strict: boolean;
  /** validate: follow `$ref`s from the description to other files or URLs. */
  allowExternalRefs: boolean;
}

/** The usage text, printed by `help` and on a usage error. */
export const USAGE = `Usage: webhook-studio <command> [options]

Commands:
  validate <file>                  Check a draft file against every server rule, and against the
                                   third party's API description (--openapi, or the file's own).
  plan <file> --domain <url>       Show what publishing the file would change on the domain.
  publish <file> --domain <url>    Publish, then read back to verify.
  pull --domain <url> [--out f]    Write the live configuration as a draft file (stdout by default).

Options:
  --json                 Machine-readable output.
  --kind profile|location  Limit to one webhook (repeatable; default both).
  --expect-version N     publish with one --kind: refuse unless its live version is N (CI conflict guard).
  --openapi <path|url>   validate against this OpenAPI 3.x / Swagger 2.0 description (warnings).
  --strict               validate: exit 1 when the API description checks warn.
  --allow-external-refs  follow the description's $refs to other files and URLs.

Secrets come from the environment, never from flags or files:
  WEBHOOK_STUDIO_API_KEY, WEBHOOK_STUDIO_USERNAME, WEBHOOK_STUDIO_PASSWORD (admin login),
  WEBHOOK_STUDIO_OAUTH_PASSWORD (optional: sets the webhook's OAuth password on publish).

Exit codes: 0 ok, 1 validation errors, 2 usage, 3 conflict, 4 failure, 5 not verified.`;

/** Thrown for a command line that cannot be understood. */
export class UsageError extends Error {}

/** Parse argv (without node and script). */
export function parseCli(argv: readonly string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      domain: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      kind: { type: 'string', multiple: true },
      'expect-version': { type: 'string' },
      openapi: { type: 'string' },
      strict: { type: 'boolean', default: false },
      'allow-external-refs': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command = 'help', file, ...extra] = positionals;
  if (values.help || command === 'help')
    return { command: 'help', json: false, kinds: [], strict: false, allowExternalRefs: false };
  if (!['validate', 'plan', 'publish', 'pull'].includes(command))
    throw new UsageError(`Unknown command "${command}".`);
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  const kinds = (values.kind ?? ['profile', 'location']).map((k) => {
    if (k !== 'profile' && k !== 'location')
      throw new UsageError(`--kind must be profile or location, not "${k}".`);
    return k;
  });
  const args: CliArgs = {
    command: command as CliArgs['command'],
    json: values.json ?? false,
    kinds,
    strict: values.strict ?? false,
    allowExternalRefs: values['allow-external-refs'] ?? false,
  };
  if (values.openapi !== undefined) args.openapi = values.openapi;
  if (command !== 'pull') {
    if (!file) throw new UsageError(`${command} needs a draft file.`);
    args.file = file;
  }
  if (command !== 'validate') {
    if (!values.domain) throw new UsageError(`${command} needs --domain <url>.`);
    args.domain = values.domain;
  }
  if (values.out) args.out = values.out;
  if (values['expect-version'] !== undefined) {
    const n = Number(values['expect-version']);
    if (!Number.isInteger(n) || n < 0) throw new UsageError('--expect-version must be a whole number.');
    // One number cannot guard two webhooks: each has its own version.
    if (kinds.length !== 1) throw new UsageError('--expect-version needs exactly one --kind.');
    args.expectVersion = n;
  }
  return args;
}
