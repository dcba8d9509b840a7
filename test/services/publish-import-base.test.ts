import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import type { WireWebhookInput } from '../../electron/services/emulator/types';
import { applyImport } from '../../shared/draft-file/apply-import';
import { exportDraft } from '../../shared/draft-file/export-draft';
import { parseDraftFile } from '../../shared/draft-file/import-draft';
import type { DomainDraft } from '../../shared/model/draft';
import { adminEnv, memoryCliIo } from './support/cli-io';
import { usePublishWorld } from './support/publish-world';

const world = usePublishWorld();

type Plan = {
  webhooks: {
    kind: string;
    live_version: number;
    plan: { changes: { unit: string }[] };
    conflict: unknown;
  }[];
};
type FileJson = { profile: { outgoing: { post_url: string } }; base: { profile: { version: number } } };

/** A colleague's save of the profile's URL on the live page. */
function colleagueSetsUrl(url: string) {
  const live = structuredClone(world.emu.state.getWebhook('profile')) as unknown as WireWebhookInput;
  delete live.security;
  live.outgoing.post_url = url;
  world.emu.state.setWebhook('profile', live, world.emu.accounts.colleague!.name);
}

/** A file pulled from the domain by the command line now, edited by `edit`. */
async function pulledFile(edit: (f: FileJson) => void): Promise<string> {
  const files: Record<string, string> = {};
  const { io } = memoryCliIo(files, adminEnv(world.emu));
  expect(await runCli(['pull', '--domain', world.emu.url, '--out', 'd.json'], io)).toBe(0);
  const file = JSON.parse(files['d.json']!) as FileJson;
  edit(file);
  return JSON.stringify(file);
}

/** What the Import button does with a file: parse it and apply it onto the open draft, then save. */
async function importFile(id: string, text: string): Promise<DomainDraft> {
  const parsed = parseDraftFile(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const draft = await world.call<DomainDraft>('drafts:get', { id });
  const next = applyImport(draft, parsed.value, new Date().toISOString());
  await world.call('drafts:save', { draft: next });
  return world.call<DomainDraft>('drafts:get', { id });
}

describe('importing a draft file adopts its base', () => {
  it('a plan after import compares against the file’s base, not the draft’s older one', async () => {
    const d = await world.connectedDomain();
    await world.call('domain:pull', { id: d.id, mode: 'replace' });
    // A colleague changed the URL after the app's pull; a file pulled since has it, and changes it again.
    colleagueSetsUrl('https://colleague.example.com/hooks');
    const text = await pulledFile((f) => (f.profile.outgoing.post_url = 'https://mine.example.com/hooks'));
    const imported = await importFile(d.id, text);
    const version = world.emu.state.getWebhook('profile').version;
    expect(imported.file_base?.profile).toEqual((JSON.parse(text) as FileJson).base.profile);
    expect(imported.remote?.profile?.version).toBe(version - 1);
    // Exported again, the file keeps the base it came with.
    expect(exportDraft(imported).text).toContain(`"version": ${version}`);

    const plan = await world.call<Plan>('publish:plan', { id: d.id });
    expect(plan.webhooks).toEqual([
      expect.objectContaining({ kind: 'profile', live_version: version, conflict: null }),
    ]);
    expect(plan.webhooks[0]!.plan.changes.map((c) => c.unit)).toEqual(['post_url']);
    const applied = await world.call<{ outcomes: { status: string }[]; draft: DomainDraft }>(
      'publish:apply',
      { id: d.id, expected: [{ kind: 'profile', version }], planned_from: imported.updated_at },
    );
    expect(applied.outcomes.map((o) => o.status)).toEqual(['published']);
    expect(world.emu.state.getWebhook('profile').outgoing.post_url).toBe('https://mine.example.com/hooks');
    // Published: the new version is the base, and the file's is used up.
    expect(applied.draft.file_base).toBeUndefined();
    expect(applied.draft.remote?.profile?.version).toBe(version + 1);
  });

  it('a base the domain does not know (version newer than live) is reported at plan, and nothing is written', async () => {
    const d = await world.connectedDomain();
    await world.call('domain:pull', { id: d.id, mode: 'replace' });
    const text = await pulledFile((f) => {
      f.profile.outgoing.post_url = 'https://mine.example.com/hooks';
      f.base.profile.version = 99;
    });
    await importFile(d.id, text);
    const before = world.emu.state.getWebhook('profile');
    world.emu.state.clearRequests();
    const plan = await world.app.dispatch('publish:plan', { id: d.id });
    expect(plan).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(
          /base\.profile\.version is 99.*not pulled from this domain.*Pull and keep your edits/,
        ),
      },
    });
    const apply = await world.app.dispatch('publish:apply', {
      id: d.id,
      expected: [{ kind: 'profile', version: before.version }],
    });
    expect(apply).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(world.emu.state.requests().filter((r) => r.method === 'PUT')).toEqual([]);
    expect(world.emu.state.getWebhook('profile')).toEqual(before);
    // A pull (keeping the edits) moves the draft onto the live page, and the file's base goes with it.
    const pulled = await world.call<{ draft: DomainDraft }>('domain:pull', { id: d.id, mode: 'keep_local' });
    expect(pulled.draft.file_base).toBeUndefined();
    expect(pulled.draft.config.profile.outgoing.post_url).toBe('https://mine.example.com/hooks');
  });
});
