import type {
  EmulatorRecord,
  EmulatorStateApi,
  SeedLocation,
  SeedUser,
  WebhookKind,
  WireWebhookInput,
} from './types';
import type { Core } from './world';
import { World } from './world';

const userRecord = (u: SeedUser): EmulatorRecord => ({
  id: u.id,
  user_type: u.user_type,
  fields: { ...u.fields },
});
const locationRecord = (l: SeedLocation): EmulatorRecord => ({ id: l.id, fields: { ...l.fields } });

/** The in-process inspection and seeding surface over a running emulator's core. */
export function stateApi(core: Core): EmulatorStateApi {
  const api: EmulatorStateApi = {
    getWebhook: (kind) => core.world.webhooks.current(kind),
    setWebhook: (kind: WebhookKind, webhook: WireWebhookInput, by: string) =>
      core.world.save(kind, webhook, by, core.stamp()),
    versions: (kind) => core.world.webhooks.versions(kind),
    getVersion: (kind, version) => core.world.webhooks.versionState(kind, version),
    oauthPassword: () => core.world.webhooks.oauthPassword(),
    notifyUrl: (kind) => core.world.notifyUrl(kind),
    users: () => core.world.users.map(userRecord),
    user: (id) => {
      const u = core.world.users.find((x) => x.id === id);
      return u && userRecord(u);
    },
    locations: () => core.world.locations.map(locationRecord),
    location: (id) => {
      const l = core.world.locations.find((x) => x.id === id);
      return l && locationRecord(l);
    },
    sessions: () => core.sessions.list(),
    expireSessions: () => core.sessions.expireAll(),
    requests: () => core.requests.map((r) => ({ ...r })),
    clearRequests: () => {
      core.requests.length = 0;
    },
    dump: () => ({
      url: core.url,
      webhooks: {
        profile: { live: api.getWebhook('profile'), versions: api.versions('profile') },
        location: { live: api.getWebhook('location'), versions: api.versions('location') },
      },
      users: api.users(),
      locations: api.locations(),
      sessions: api.sessions(),
      faults: structuredClone(core.faults),
      requests: api.requests(),
    }),
    reset: () => {
      core.world = new World(core.world.seed, core.url);
      core.sessions.expireAll();
      core.requests.length = 0;
    },
  };
  return api;
}
