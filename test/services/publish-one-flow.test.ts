import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import { parseHistoryLines } from '../../electron/services/publish/history-lines';
import { exportDraft } from '../../shared/draft-file/export-draft';
import type { DomainDraft } from '../../shared/model/draft';
import type { HistoryEntry } from '../../shared/plan/outcome';
import { adminEnv, memoryCliIo } from './support/cli-io';
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
  it('plans, writes, reads back and records history alike: the same requests, bytes included, and the same record', async () => {
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
    // The review's plan is shown before the publish; the publish itself plans, writes and reads back.
    emu.state.clearRequests();
    const note = 'Moves the HR sync to its new endpoint';
    const applied = await call<{ outcomes: { status: string }[] }>('publish:apply', {
      id: d.id,
      expected,
      note,
    });
    expect(applied.outcomes.map((o) => o.status)).toEqual(['published']);
    // The publish note is kept in the history with the version it made.
    const history = await call<HistoryEntry[]>('history:list', { id: d.id });
    expect(history).toEqual([
      expect.objectContaining({ message: note, version: emu.state.getWebhook('profile').version }),
    ]);
    expect(history[0]!.changes).toContainEqual(
      expect.objectContaining({ unit: 'post_url', after: 'https://hr.example.com/hooks/one-flow' }),
    );
    const app = webhookRequests(emu);

    // The command line, on a second domain in the same state, publishing the app's draft as a file.
    const other = await createEmulator();
    try {
      const files: Record<string, string> = {};
      const { io } = memoryCliIo(files, adminEnv(other));
      files['d.json'] = exportDraft(edited).text;
      other.state.clearRequests();
      const argv = ['publish', 'd.json', '--domain', other.url, '--kind', 'profile', '--message', note];
      expect(await runCli(argv, io)).toBe(0);
      const cli = webhookRequests(other);

      expect(app.filter((r) => r.method === 'PUT')).toHaveLength(1);
      expect(cli).toEqual(app);
      expect(other.state.getWebhook('profile')).toMatchObject({
        version: emu.state.getWebhook('profile').version,
        outgoing: emu.state.getWebhook('profile').outgoing,
        jit_provisioning: true,
      });
      // The same record, but for when it was made, its id and the domain it names.
      const recorded = parseHistoryLines(files['d.history.jsonl']!);
      expect(recorded.problems).toEqual([]);
      const same = ({ id: _i, published_at: _t, domain: _d, ...rest }: HistoryEntry) => rest;
      expect(recorded.entries.map(same)).toEqual(history.map(same));
      expect(recorded.entries[0]!.domain).toBe(other.url);
    } finally {
      await other.close();
    }
  });
});
