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
  /** publish: keep colleagues' changes to units the file did not touch. */
  merge: boolean;
  /** publish/plan: `live` takes the live page as the base of a file that records none. */
  baseLive: boolean;
  /** plan: exit 0 no changes, 2 changes, 1 any error (Terraform's convention). */
  detailedExitcode: boolean;
  /** publish: a note kept with the publish record in the history file (and the app's history). */
  message?: string;
  /** publish: the JSON Lines history file; default beside the draft file (`<name>.history.jsonl`). */
  history?: string;
  /** publish: keep no history file. */
  noHistory?: boolean;
  /** publish: the app's data folder, whose saved domain's publish history also gets the record. */
  appData?: string;
  /** publish --app-data: the saved domain (name or id); by default the one whose URL is --domain. */
  appDomain?: string;
  /** pull: the file to rebase onto the live configuration. */
  into?: string;
  /** pull --into: which side wins conflicting units. */
  take?: 'live' | 'file';
  /** `--proxy`: the proxy for every call, instead of HTTPS_PROXY / HTTP_PROXY. */
  proxy?: string;
  /** `--ca-file`: a PEM file of extra certificate authorities to trust (e.g. a corporate root). */
  caFile?: string;
  /** validate: the API description to check the mapping against (path or URL). */
  openapi?: string;
  /** validate: exit 1 when the API description checks find anything. */
  strict: boolean;
  /** validate: follow `$ref`s from the description to other files or URLs. */
  allowExternalRefs: boolean;
  /** pull: write the API description's text into the file, not only its reference. */
  embedApi: boolean;
}

/** The usage text, printed by `help` and on a usage error. */
export const USAGE = `Usage: webhook-studio <command> [options]

Commands:
  validate <file>                  Check a draft file against every server rule, and against the
                                   third party's API description (--openapi, or the file's own).
  plan <file> --domain <url>       Show what publishing the file would change, and drift since its base.
  publish <file> --domain <url>    Publish, then read back to verify. Refuses to overwrite a colleague's edit.
  pull --domain <url> [--out f]    Write the live configuration as a draft file (stdout by default).
  pull --domain <url> --into f     Rebase f: merge live changes into it, keep its own edits, move its base.

Options:
  --json                 Machine-readable output (also for errors).
  --kind profile|location  Limit to one webhook (repeatable; default both).
  --merge                publish: keep colleagues' changes to units the file did not touch.
  --base live            plan/publish a file that records no base, taking the live page as its base.
  --detailed-exitcode    plan: exit 0 no changes, 2 changes to publish, 1 any error.
  --message TEXT         publish: a note kept with the publish record in the history (and printed).
  --history FILE         publish: append each verified publish (version, time, by, note, what changed,
                         content) as a JSON line to FILE; default <draft>.history.jsonl beside the draft.
  --no-history           publish: keep no history file.
  --app-data DIR         publish: also record it in the app's data folder DIR, in the History of the saved
                         domain whose URL is --domain, where the app shows the note.
  --app-domain NAME      publish --app-data: which saved domain (name or id), when several have that URL.
  --take live|file       pull --into: resolve conflicting units with that side.
  --expect-version N     publish with one --kind: refuse unless its live version is N (CI conflict guard).
  --proxy <url>          Use this proxy (http://[user@]host:port) instead of HTTPS_PROXY / HTTP_PROXY;
                         NO_PROXY still applies. Loopback addresses never use a proxy.
  --ca-file <pem>        Also trust the certificate authorities in this PEM file (e.g. a corporate root CA);
                         NODE_EXTRA_CA_CERTS works too. Certificate checks are never switched off.
  --openapi <path|url>   validate against this OpenAPI 3.x / Swagger 2.0 description (warnings).
  --strict               validate: exit 1 when the API description checks warn.
  --allow-external-refs  follow the description's $refs to other files and URLs.
  --embed-api            pull: write the API description (--openapi, or the --into file's own) into
                         the file, so it is checked offline; pull --openapi alone writes its reference.

Secrets come from the environment, never from flags or files:
  WEBHOOK_STUDIO_API_KEY, WEBHOOK_STUDIO_USERNAME, WEBHOOK_STUDIO_PASSWORD (admin login),
  WEBHOOK_STUDIO_OAUTH_PASSWORD (optional: sets the webhook's OAuth password on publish),
  WEBHOOK_STUDIO_PROXY_PASSWORD (optional: the password of the --proxy user).

Exit codes: 0 ok, 1 validation errors or a damaged base, 2 usage, 3 conflict (a colleague's change, or
no base), 4 failure, 5 written but not verified. plan --detailed-exitcode: 0 no changes, 2 changes, 1 error.`;

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
      merge: { type: 'boolean', default: false },
      base: { type: 'string' },
      'detailed-exitcode': { type: 'boolean', default: false },
      message: { type: 'string' },
      history: { type: 'string' },
      'no-history': { type: 'boolean', default: false },
      'app-data': { type: 'string' },
      'app-domain': { type: 'string' },
      into: { type: 'string' },
      take: { type: 'string' },
      proxy: { type: 'string' },
      'ca-file': { type: 'string' },
      openapi: { type: 'string' },
      strict: { type: 'boolean', default: false },
      'allow-external-refs': { type: 'boolean', default: false },
      'embed-api': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command = 'help', file, ...extra] = positionals;
  if (values.help || command === 'help')
    return {
      command: 'help',
      json: false,
      kinds: [],
      merge: false,
      baseLive: false,
      detailedExitcode: false,
      strict: false,
      allowExternalRefs: false,
      embedApi: false,
    };
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
    merge: values.merge ?? false,
    baseLive: false,
    detailedExitcode: values['detailed-exitcode'] ?? false,
    strict: values.strict ?? false,
    allowExternalRefs: values['allow-external-refs'] ?? false,
    embedApi: values['embed-api'] ?? false,
  };
  const only = (flag: string, ok: boolean, what: string) => {
    if (!ok) throw new UsageError(`${flag} is only for ${what}.`);
  };
  if (args.embedApi) only('--embed-api', command === 'pull', 'pull');
  if (values.openapi !== undefined) args.openapi = values.openapi;
  if (values.base !== undefined) {
    if (values.base !== 'live') throw new UsageError(`--base takes "live", not "${values.base}".`);
    only('--base', command === 'plan' || command === 'publish', 'plan and publish');
    args.baseLive = true;
  }
  if (args.merge) only('--merge', command === 'publish', 'publish');
  if (args.detailedExitcode) only('--detailed-exitcode', command === 'plan', 'plan');
  if (values.message !== undefined) {
    only('--message', command === 'publish', 'publish');
    if (values.message.length > 500) throw new UsageError('--message is longer than 500 characters.');
    args.message = values.message;
  }
  if (values.history !== undefined) {
    only('--history', command === 'publish', 'publish');
    if (values['no-history']) throw new UsageError('publish takes --history or --no-history, not both.');
    if (values.history.trim() === '') throw new UsageError('--history needs a file name.');
    args.history = values.history;
  }
  if (values['no-history']) {
    only('--no-history', command === 'publish', 'publish');
    args.noHistory = true;
  }
  if (values['app-data'] !== undefined) {
    only('--app-data', command === 'publish', 'publish');
    if (values['app-data'].trim() === '') throw new UsageError('--app-data needs the app data folder.');
    args.appData = values['app-data'];
  }
  if (values['app-domain'] !== undefined) {
    only('--app-domain', args.appData !== undefined, 'publish --app-data');
    args.appDomain = values['app-domain'];
  }
  if (values.into !== undefined) {
    only('--into', command === 'pull', 'pull');
    if (values.out) throw new UsageError('pull takes --out or --into, not both.');
    args.into = values.into;
  }
  if (values.take !== undefined) {
    only('--take', args.into !== undefined, 'pull --into');
    if (values.take !== 'live' && values.take !== 'file')
      throw new UsageError(`--take must be live or file, not "${values.take}".`);
    args.take = values.take;
  }
  if (command !== 'pull') {
    if (!file) throw new UsageError(`${command} needs a draft file.`);
    args.file = file;
  }
  if (command !== 'validate') {
    if (!values.domain) throw new UsageError(`${command} needs --domain <url>.`);
    args.domain = values.domain;
  }
  if (values.out) args.out = values.out;
  if (values.proxy !== undefined) {
    if (values.proxy.trim() === '') throw new UsageError('--proxy needs a URL, e.g. http://proxy.corp:3128.');
    args.proxy = values.proxy;
  }
  if (values['ca-file'] !== undefined) args.caFile = values['ca-file'];
  if (values['expect-version'] !== undefined) {
    const n = Number(values['expect-version']);
    if (!Number.isInteger(n) || n < 0) throw new UsageError('--expect-version must be a whole number.');
    // One number cannot guard two webhooks: each has its own version.
    if (kinds.length !== 1) throw new UsageError('--expect-version needs exactly one --kind.');
    args.expectVersion = n;
  }
  return args;
}
