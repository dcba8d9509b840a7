import { parseArgs } from 'node:util';
import type { DraftOAuthMode } from '../electron/services/harness/oauth-client';
import { UsageError } from './args';

/** `webhook-studio test FILE …` */
export interface TestArgs {
  file: string;
  samples?: string;
  triggers?: string[];
  /** 'receiver', 'post-url' or a URL. */
  target: string;
  yesRealTarget: string[];
  routes?: string;
  concurrency: number;
  junit?: string;
  json: boolean;
  skipBadRows: boolean;
  checkIncoming: boolean;
  oauthMode: DraftOAuthMode;
  /** `--proxy` and `--ca-file`, as the other commands take them (for a target that is not this machine). */
  proxy?: string;
  caFile?: string;
  /** `--openapi`: the API description the requests must be valid per (and the receiver acts like). */
  openapi?: string;
  /** `--api-description`: use the draft file's own `api_description` instead. */
  apiFromFile: boolean;
  allowExternalRefs: boolean;
}

/** `webhook-studio receiver …` */
export interface ReceiverArgs {
  port: number;
  routes?: string;
  tokenEndpoint: boolean;
  json: boolean;
  /** `--openapi`: behave like this API description on paths no route answers. */
  openapi?: string;
  allowExternalRefs: boolean;
}

/** Usage of the two harness commands, appended to the CLI's usage. */
export const HARNESS_USAGE = `Harness commands:
  test <file>                      Fire the draft's deliveries at a target and check expectations:
                                   a 2xx answer, every response parameter present, the identifier
                                   matched. Exit 0 all passed, 1 any failed, 2 usage or bad input
                                   files, 4 the run could not start (unreachable, TLS, OAuth).
    --samples users.csv|samples.json  MangoApps user-import CSV or samples JSON (default: built-ins)
    --skip-bad-rows                Run without the sample rows that have errors (default: refuse)
    --trigger create_user,…        Triggers to run (default: the file's enabled triggers)
    --target receiver|post-url|URL Where to send (default: a local receiver started for the run)
    --yes-real-target HOST         Confirm a target (or token URL) host that is not this machine
    --routes routes.json           The local receiver's scripted answers (schema/routes-1.schema.json)
    --concurrency N                Deliveries in flight at once, 1-64 (default 8)
    --check-incoming               Follow each delivery with its notify call to a local domain
    --oauth-mode password|client_credentials_basic|client_credentials_body
    --proxy <url>, --ca-file <pem> As for publish: the proxy and extra trusted CAs for a real target
    --openapi <path|url>           Expect each request valid per this OpenAPI / Swagger description;
                                   the local receiver answers like it (422 with the violations, else
                                   its example or a sample of the success response)
    --api-description              The same with the draft file's own api_description (embedded first)
    --allow-external-refs          Follow the description's $refs to other files and URLs
    --junit out.xml                Also write a JUnit report (one test per trigger · sample)
    --json                         The JSON report on stdout
  receiver                         Run the local mock third party until Ctrl+C; print each delivery.
    --port N                       Port on 127.0.0.1 (default: a free one)
    --routes routes.json           Scripted answers
    --token-endpoint               Serve POST /oauth/token for the account in
                                   WEBHOOK_STUDIO_RECEIVER_USERNAME / WEBHOOK_STUDIO_RECEIVER_PASSWORD
    --openapi <path|url>           Answer like this API description where no route answers
    --json                         One JSON line per delivery

  test reads the OAuth password from WEBHOOK_STUDIO_OAUTH_PASSWORD (a local receiver run needs none).`;

const OAUTH_MODES: readonly DraftOAuthMode[] = [
  'password',
  'client_credentials_basic',
  'client_credentials_body',
];

function wholeNumber(raw: string, flag: string, min: number, max: number): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return n;
}

/** Parse `test` argv (after the command name). */
export function parseTestArgs(argv: readonly string[]): TestArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      samples: { type: 'string' },
      'skip-bad-rows': { type: 'boolean', default: false },
      trigger: { type: 'string', multiple: true },
      target: { type: 'string', default: 'receiver' },
      'yes-real-target': { type: 'string', multiple: true },
      routes: { type: 'string' },
      concurrency: { type: 'string' },
      'check-incoming': { type: 'boolean', default: false },
      'oauth-mode': { type: 'string', default: 'password' },
      junit: { type: 'string' },
      json: { type: 'boolean', default: false },
      proxy: { type: 'string' },
      'ca-file': { type: 'string' },
      openapi: { type: 'string' },
      'api-description': { type: 'boolean', default: false },
      'allow-external-refs': { type: 'boolean', default: false },
    },
  });
  const [file, ...extra] = positionals;
  if (values.openapi !== undefined && values['api-description'])
    throw new UsageError('test takes --openapi or --api-description, not both.');
  if (values.proxy !== undefined && values.proxy.trim() === '')
    throw new UsageError('--proxy needs a URL, e.g. http://proxy.corp:3128.');
  if (!file) throw new UsageError('test needs a draft file.');
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  const mode = values['oauth-mode'] as DraftOAuthMode;
  if (!OAUTH_MODES.includes(mode))
    throw new UsageError(`--oauth-mode must be one of ${OAUTH_MODES.join(', ')}.`);
  const target = values.target.trim();
  if (target !== 'receiver' && target !== 'post-url' && !/^https?:\/\//i.test(target)) {
    throw new UsageError(`--target must be receiver, post-url or an http(s) URL, not "${target}".`);
  }
  if (values.routes && target !== 'receiver')
    throw new UsageError('--routes scripts the local receiver: use it with --target receiver.');
  const triggers = values.trigger
    ?.flatMap((t) => t.split(','))
    .map((t) => t.trim())
    .filter(Boolean);
  return {
    file,
    target,
    yesRealTarget: (values['yes-real-target'] ?? []).map((h) => h.trim().toLowerCase()),
    concurrency:
      values.concurrency === undefined ? 8 : wholeNumber(values.concurrency, '--concurrency', 1, 64),
    json: values.json,
    skipBadRows: values['skip-bad-rows'],
    checkIncoming: values['check-incoming'],
    oauthMode: mode,
    apiFromFile: values['api-description'],
    allowExternalRefs: values['allow-external-refs'],
    ...(values.openapi !== undefined ? { openapi: values.openapi } : {}),
    ...(values.samples ? { samples: values.samples } : {}),
    ...(triggers?.length ? { triggers } : {}),
    ...(values.routes ? { routes: values.routes } : {}),
    ...(values.junit ? { junit: values.junit } : {}),
    ...(values.proxy ? { proxy: values.proxy } : {}),
    ...(values['ca-file'] ? { caFile: values['ca-file'] } : {}),
  };
}

/** Parse `receiver` argv (after the command name). */
export function parseReceiverArgs(argv: readonly string[]): ReceiverArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: 'string' },
      routes: { type: 'string' },
      'token-endpoint': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      openapi: { type: 'string' },
      'allow-external-refs': { type: 'boolean', default: false },
    },
  });
  if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
  return {
    port: values.port === undefined ? 0 : wholeNumber(values.port, '--port', 1, 65_535),
    tokenEndpoint: values['token-endpoint'],
    json: values.json,
    allowExternalRefs: values['allow-external-refs'],
    ...(values.routes ? { routes: values.routes } : {}),
    ...(values.openapi !== undefined ? { openapi: values.openapi } : {}),
  };
}
