import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/commands';
import { runCli } from '../../cli/run-cli';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import { exportDraft } from '../../shared/draft-file/export-draft';
import type { DomainDraft } from '../../shared/model/draft';
import { usePublishWorld } from './support/publish-world';

const world = usePublishWorld();

/** What reached the domain's webhook endpoints: method, path, If-Match and the exact bytes of each write. */
const webhookRequests = (emu: Emulator) =>
  emu.state
    .requests()
    .filter((r) => r.endpoint !== null && /^(profile|location)\.(get|put|versions?)$/.test(r.endpoint))
    .map(({ method, path, if_match, body }) => ({ method, path, if_match, body }));

/** The same edit, made in the app's draft and in a pulled file. */
function edit(draft: DomainDraft): DomainDraft {
  const next = structuredClone(draft);
  next.config.profile.outgoing.post_url = 'https://hr.example.com/hooks/one-flow';
  next.config.profile.outgoing.triggers = ['create_user'];
  next.config.profile.outgoing.request_parameters.push({
    id: 'r-new',
    api_field: 'nick',
    mangoapps_field: 'title',
  });
  next.config.jit_provisioning = true;
  return next;
}

describe('one publish flow for the app and the command line', () => {
  it('sends the very same requests, bytes included, for the same draft', async () => {
    const { call, emu } = world;
    const d = await world.connectedDomain();
    const pulled = await call<{ draft: DomainDraft }>('domain:pull', { id: d.id, mode: 'replace' });
    const edited = edit(pulled.draft);
    await call('drafts:save', { draft: edited });
    emu.state.clearRequests();
    const plan = await call<{ webhooks: { kind: string; live_version: number }[] }>('publish:plan', {
      id: d.id,
    });
    const expected = plan.webhooks.map((w) => ({ kind: w.kind, version: w.live_version }));
    const note = 'Moves the HR sync to its new endpoint';
    const applied = await call<{ outcomes: { status: string }[] }>('publish:apply', {
      id: d.id,
      expected,
      note,
    });
    expect(applied.outcomes.map((o) => o.status)).toEqual(['published']);
    // The publish note is kept in the history with the version it made.
    const history = await call<{ message?: string; version: number }[]>('history:list', { id: d.id });
    expect(history).toEqual([
      expect.objectContaining({ message: note, version: emu.state.getWebhook('profile').version }),
    ]);
    const app = webhookRequests(emu);

    // The command line, on a second domain in the same state, publishing the app's draft as a file.
    const other = await createEmulator();
    try {
      const files: Record<string, string> = {};
      const io: CliIo = {
        env: {
          WEBHOOK_STUDIO_API_KEY: other.apiKeys.readWrite,
          WEBHOOK_STUDIO_USERNAME: other.admin.username,
          WEBHOOK_STUDIO_PASSWORD: other.admin.password,
        },
        readFile: async (p) => files[p]!,
        writeFile: async (p, t) => void (files[p] = t),
        out: () => undefined,
        err: () => undefined,
      };
      files['d.json'] = exportDraft(edited).text;
      other.state.clearRequests();
      expect(await runCli(['publish', 'd.json', '--domain', other.url, '--kind', 'profile'], io)).toBe(0);
      const cli = webhookRequests(other);

      expect(app.filter((r) => r.method === 'PUT')).toHaveLength(1);
      expect(cli).toEqual(app);
      expect(other.state.getWebhook('profile')).toMatchObject({
        version: emu.state.getWebhook('profile').version,
        outgoing: emu.state.getWebhook('profile').outgoing,
        jit_provisioning: true,
      });
    } finally {
      await other.close();
    }
  });
});
