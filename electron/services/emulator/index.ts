import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { controlHandler } from './control';
import { clearFaults, noFaults, patchFaults, seededRandom } from './faults';
import { resolveSeed, seededAccounts } from './seed';
import { createRequestHandler } from './server';
import { SessionStore } from './sessions';
import { stateApi } from './state-api';
import type { Emulator, EmulatorOptions } from './types';
import type { Core } from './world';
import { stamper, World } from './world';

export type * from './types';
export type { DropRule, FaultRule, Faults, FaultsPatch } from './faults';
export { DEFAULT_API_KEYS, defaultLocationFields, defaultProfileFields } from './seed';

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a domain emulator on 127.0.0.1 implementing admin-api.md: sessions, field catalogues, both
 * webhooks with versions and history, and the notify endpoint, with fault switches for tests.
 */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const seed = resolveSeed(options.seed);
  const accounts = seededAccounts(seed);
  const now = options.now ?? (() => new Date());
  const faults = noFaults();
  if (options.faults) patchFaults(faults, options.faults);

  // The control surface needs the finished Emulator object, which needs the server's port first.
  const ref: { current?: Emulator } = {};
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  let world: World;
  try {
    world = new World(seed, url);
  } catch (error) {
    // An invalid seed history: do not leave the port open behind the thrown error.
    server.close();
    throw error;
  }
  const core: Core = {
    world,
    sessions: new SessionStore(now, options.sessionTtlMs ?? null),
    faults,
    random: options.random ?? seededRandom(options.rngSeed ?? 1),
    now,
    url,
    requests: [],
    stamp: stamper(now),
  };
  const control = options.control
    ? controlHandler(() => {
        if (!ref.current) throw new Error('emulator not ready');
        return ref.current;
      })
    : null;
  server.on('request', createRequestHandler(core, { control, sleep: options.sleep ?? realSleep }));

  const emulator: Emulator = {
    url,
    port,
    apiKeys: { ...seed.apiKeys },
    admin: { username: accounts.admin.username, password: accounts.admin.password },
    accounts,
    faults,
    setFaults: (patch) => patchFaults(faults, patch),
    clearFaults: () => clearFaults(faults),
    state: stateApi(core),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
  ref.current = emulator;
  return emulator;
}
