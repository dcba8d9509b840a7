import { parseArgs } from 'node:util';
import { createEmulator } from './index';

/**
 * `npm run emulator`: a domain emulator for demos and manual testing.
 *   --port <n>      port on 127.0.0.1 (default: $PORT, else 0 = any free port)
 *   --no-control    do not serve the /__emulator/ control endpoints
 *   --session-ttl <ms>  sessions end this long after login
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'no-control': { type: 'boolean', default: false },
      'session-ttl': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('Usage: npm run emulator -- [--port <n>] [--no-control] [--session-ttl <ms>]\n');
    return;
  }
  const port = Number(values.port ?? process.env['PORT'] ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Not a port: ${values.port ?? ''}`);
  const ttl = values['session-ttl'] === undefined ? undefined : Number(values['session-ttl']);
  const control = !values['no-control'];
  const emu = await createEmulator({ port, control, ...(ttl ? { sessionTtlMs: ttl } : {}) });

  const { admin, colleague, member } = emu.accounts;
  const lines = [
    `Domain emulator listening on ${emu.url}`,
    '',
    `  Base URL                 ${emu.url}`,
    `  API key (Read and Write) ${emu.apiKeys.readWrite}`,
    `  API key (Read Only)      ${emu.apiKeys.readOnly}`,
    `  Network admin            ${admin.username} / ${admin.password}`,
    ...(colleague ? [`  Second admin             ${colleague.username} / ${colleague.password}`] : []),
    ...(member ? [`  Network user (no admin)  ${member.username} / ${member.password}`] : []),
    `  Profile notify URL       ${emu.state.notifyUrl('profile')}`,
    `  Location notify URL      ${emu.state.notifyUrl('location')}`,
    '',
    ...(control
      ? [
          'Control endpoints (JSON; writes need Content-Type: application/json):',
          `  GET    ${emu.url}/__emulator/state`,
          `  GET    ${emu.url}/__emulator/faults`,
          `  PUT    ${emu.url}/__emulator/faults            e.g. {"latencyMs":500,"failure":{"profile.put":{"rate":0.5}}}`,
          `  DELETE ${emu.url}/__emulator/faults`,
          `  POST   ${emu.url}/__emulator/reset`,
          `  POST   ${emu.url}/__emulator/sessions/expire`,
          `  PUT    ${emu.url}/__emulator/webhooks/profile  {"webhook":{...},"by":"Bea Admin"}`,
          `  GET    ${emu.url}/__emulator/requests          (DELETE clears)`,
        ]
      : ['Control endpoints are off (--no-control).']),
    '',
    'Press Ctrl+C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  const stop = (): void => {
    void emu.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
