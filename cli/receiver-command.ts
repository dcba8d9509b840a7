import { maskHeaders } from '../electron/services/harness/delivery-request';
import { ReceiverHost } from '../electron/services/harness/receiver-host';
import type { InboxEntry } from '../electron/services/harness/receiver-inbox';
import { UsageError } from './args';
import { harnessApi } from './harness-api';
import type { ReceiverArgs } from './harness-args';
import { ADD_ROUTE_ON_CLI, loadRoutes, type HarnessIo } from './harness-inputs';

/** One delivery as a log line (or a JSON line), credentials masked. */
function deliveryLine(entry: InboxEntry, json: boolean): string {
  if (json) {
    const { id, at, method, path, body, truncated, route, response } = entry;
    const headers = maskHeaders(entry.headers);
    return JSON.stringify({ id, at, method, path, headers, body, truncated, route, status: response.status });
  }
  const event = entry.headers['x-mangoapps-event'];
  const bytes = Buffer.byteLength(entry.body);
  return `${entry.at}  ${entry.method} ${entry.path}  → ${entry.response.status}  ${bytes} bytes${event ? `  ${event}` : ''}`;
}

/**
 * `webhook-studio receiver`: the app's local receiver on its own, on 127.0.0.1, until Ctrl+C. Prints its
 * URL, then each delivery as it arrives; the token endpoint accepts only the account from the environment.
 */
export async function receiverCommand(args: ReceiverArgs, io: HarnessIo): Promise<number> {
  const routes = args.routes ? await loadRoutes(io, args.routes) : [];
  const api = await harnessApi(io, {
    ...(args.openapi !== undefined ? { openapi: args.openapi } : {}),
    allowExternalRefs: args.allowExternalRefs,
  });
  const username = io.env.WEBHOOK_STUDIO_RECEIVER_USERNAME;
  const password = io.env.WEBHOOK_STUDIO_RECEIVER_PASSWORD;
  if (args.tokenEndpoint && (!username || !password)) {
    throw new UsageError(
      '--token-endpoint needs WEBHOOK_STUDIO_RECEIVER_USERNAME and WEBHOOK_STUDIO_RECEIVER_PASSWORD in the environment.',
    );
  }
  if (!io.onInterrupt) throw new Error('The receiver runs until Ctrl+C, which this process cannot receive.');
  const host = new ReceiverHost({
    port: args.port,
    addRoute: ADD_ROUTE_ON_CLI,
    onCapture: (entry) => io.out(deliveryLine(entry, args.json)),
    // Without --token-endpoint the account is made up and never shown: no token can be had.
    ...(args.tokenEndpoint && username && password ? { credentials: { username, password } } : {}),
  });
  host.setRoutes(routes);
  if (api) await host.setApi({ domainId: '', title: api.title, contracts: api.contracts });
  const stopped = new Promise<void>((resolve) => {
    const off = io.onInterrupt!(() => {
      off();
      resolve();
    });
  });
  let url: string;
  try {
    url = (await host.ensure()).url;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      io.err(
        `error: cannot listen on 127.0.0.1:${args.port} (${code === 'EADDRINUSE' ? 'in use' : 'not allowed'}).`,
      );
      return 4;
    }
    throw error;
  }
  io.out(args.json ? JSON.stringify({ listening: url }) : `Receiver listening on ${url}`);
  for (const r of routes)
    io.err(`  route ${r.method} ${r.path} → ${r.status}${r.delayMs ? ` after ${r.delayMs} ms` : ''}`);
  if (api)
    io.err(
      `  answers like "${api.title}" (${api.contracts.length} POST operations): 422 with the violations, else the success example`,
    );
  if (args.tokenEndpoint)
    io.err(`  token endpoint ${url}/oauth/token (password and client credentials grants)`);
  io.err('Press Ctrl+C to stop.');
  await stopped;
  await host.stop();
  io.err('Receiver stopped.');
  return 0;
}
