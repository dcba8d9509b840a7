import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/commands';
import { runCli } from '../../cli/run-cli';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import type { WireWebhook, WireWebhookInput } from '../../electron/services/emulator/types';
import { contentFromWire, type WebhookContent } from '../../shared/domain-api/webhook-content';
import { contentFingerprint } from '../../shared/draft-file/fingerprint';
import { triggersOf } from '../../shared/model/webhook';
import { unitsOf } from '../../shared/plan/units';

let emu: Emulator;
beforeAll(async () => {
  emu = await createEmulator();
});
afterAll(async () => emu.close());

let rng = 20261204;
const rand = () => (rng = (rng * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

type Outgoing = WireWebhookInput['outgoing'];
const FIELDS = ['title', 'first_name', 'last_name', 'email', 'department'];

/** One random edit of the kind an admin makes: the URL, a trigger, a request row, a response row, JIT. */
function edit(out: Outgoing, hook: { jit_provisioning?: boolean }): void {
  const op = Math.floor(rand() * 6);
  if (op === 0) out.post_url = `https://hr.example.com/hooks/${Math.floor(rand() * 4)}`;
  else if (op === 1) {
    const t = pick(triggersOf('profile'));
    out.triggers = out.triggers.includes(t) ? out.triggers.filter((x) => x !== t) : [...out.triggers, t];
    if (out.triggers.length === 0) out.triggers = ['create_user'];
  } else if (op === 2) {
    const api = `field${Math.floor(rand() * 4)}`;
    const at = out.request_parameters.findIndex((r) => r.api_field === api);
    if (at >= 0 && rand() < 0.5) out.request_parameters.splice(at, 1);
    else if (at >= 0) out.request_parameters[at] = { api_field: api, mangoapps_field: pick(FIELDS) };
    else out.request_parameters.push({ api_field: api, mangoapps_field: pick(FIELDS) });
  } else if (op === 3) {
    const row = out.request_parameters[0];
    if (row) out.request_parameters[0] = { ...row, mangoapps_field: pick(FIELDS) };
  } else if (op === 4)
    out.response_parameters = [
      { api_field: pick(['workerId', 'id', 'data.id']), mangoapps_field: 'custom_hris_id' },
    ];
  else hook.jit_provisioning = !hook.jit_provisioning;
}

function inputOf(w: WireWebhook): WireWebhookInput {
  const { outgoing, incoming, jit_provisioning } = structuredClone(w);
  return {
    outgoing,
    incoming: { input_parameters: incoming.input_parameters },
    jit_provisioning: jit_provisioning ?? false,
  };
}

const live = () => contentFromWire(emu.state.getWebhook('profile'), 'profile');
const unitMap = (c: WebhookContent) =>
  new Map([...unitsOf(c, 'profile', triggersOf('profile'))].map(([id, u]) => [id, u.value]));

function io(files: Record<string, string>): CliIo {
  return {
    env: {
      WEBHOOK_STUDIO_API_KEY: emu.apiKeys.readWrite,
      WEBHOOK_STUDIO_USERNAME: emu.admin.username,
      WEBHOOK_STUDIO_PASSWORD: emu.admin.password,
    },
    readFile: async (p) => files[p]!,
    writeFile: async () => undefined,
    out: () => undefined,
    err: () => undefined,
  };
}

describe('colleagues edit the live page between pull and publish', () => {
  it('live ends as exactly the colleague’s version or the intended result, never a silent revert; the exit code says which', async () => {
    const tally: Record<string, number> = {};
    for (let i = 0; i < 500; i++) {
      // The pull: the file's base is the live version now.
      const pulledWire = emu.state.getWebhook('profile');
      const base = contentFromWire(pulledWire, 'profile');
      const file = inputOf(pulledWire);
      const fileEdits = Math.floor(rand() * 3);
      for (let e = 0; e < fileEdits; e++) edit(file.outgoing, file);

      // Between pull and publish: saves by a colleague and by the publishing account itself (an earlier CI run).
      const colleagueUnits = new Set<string>();
      let previous = base;
      for (let s = Math.floor(rand() * 3); s > 0; s--) {
        const next = inputOf(emu.state.getWebhook('profile'));
        edit(next.outgoing, next);
        const mine = rand() < 0.35;
        emu.state.setWebhook('profile', next, mine ? emu.accounts.admin.name : emu.accounts.colleague!.name);
        const now = live();
        if (!mine) for (const c of diffUnits(previous, now)) colleagueUnits.add(c);
        previous = now;
      }
      const before = live();
      const forced412 = rand() < 0.1;
      if (forced412) emu.setFaults({ conflict: { times: 1, by: emu.accounts.colleague!.name } });
      const merge = rand() < 0.5;

      const text = JSON.stringify({
        format_version: 2,
        name: 'fuzz',
        profile: { outgoing: file.outgoing, incoming: file.incoming },
        security: { oauth: base.security.oauth },
        jit_provisioning: file.jit_provisioning,
        base: { profile: { version: pulledWire.version, fingerprint: contentFingerprint('profile', base) } },
      });
      const argv = [
        'publish',
        'f.json',
        '--domain',
        emu.url,
        '--kind',
        'profile',
        ...(merge ? ['--merge'] : []),
      ];
      const code = await runCli(argv, io({ 'f.json': text }));
      emu.clearFaults();
      const after = live();
      const fileContent = contentFromWire(
        { ...pulledWire, ...file, incoming: { ...file.incoming, notify_url: '' } } as WireWebhook,
        'profile',
      );

      // What the rules say must happen, computed here from the units alone.
      const [b, l, f] = [unitMap(base), unitMap(before), unitMap(fileContent)];
      const ids = new Set([...b.keys(), ...l.keys(), ...f.keys()]);
      // A colleague's unit counts when the live page still differs from the base there (a later save by the
      // publishing account may have put it back).
      const theirs = (u: string) => colleagueUnits.has(u) && l.get(u) !== b.get(u);
      const blocked = [...ids].some(
        (u) => theirs(u) && f.get(u) !== l.get(u) && (f.get(u) !== b.get(u) || !merge),
      );
      const expected = new Map(
        [...ids].map((u) => [u, theirs(u) && f.get(u) === b.get(u) && merge ? l.get(u) : f.get(u)]),
      );

      const label = `sequence ${i} (merge ${merge}, 412 ${forced412}, colleague units ${[...colleagueUnits].join(',')})`;
      tally[String(code)] = (tally[String(code)] ?? 0) + 1;
      if (code === 0) {
        expect(blocked, `${label}: exit 0 over a colleague's change`).toBe(false);
        expect(Object.fromEntries(unitMap(after)), label).toEqual(
          Object.fromEntries([...expected].filter(([, v]) => v !== undefined)),
        );
      } else {
        expect(code, label).toBe(3);
        expect(blocked || forced412, `${label}: refused without a colleague's change`).toBe(true);
        // Nothing of the file was written: the live page is the colleague's version, unchanged.
        expect(unitMap(after), label).toEqual(unitMap(before));
      }
    }
    expect(tally['0']).toBeGreaterThan(150);
    expect(tally['3']).toBeGreaterThan(100);
  }, 120_000);
});

function diffUnits(a: WebhookContent, b: WebhookContent): string[] {
  const [x, y] = [unitMap(a), unitMap(b)];
  return [...new Set([...x.keys(), ...y.keys()])].filter((u) => x.get(u) !== y.get(u));
}
