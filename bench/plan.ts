/**
 * Publish figures: plan time for a 1,000-row draft, base / live / file compared unit by unit as a publish
 * does (target median under 5 ms), and HTTP round trips of the app's and the CLI's one publish flow with a
 * live session and a file still on the live base (target 3: read, write, read back). `npx tsx bench/plan.ts`.
 */
import { fileURLToPath } from 'node:url';
import { DomainClient } from '../electron/services/domain-client/domain-client';
import { createEmulator } from '../electron/services/emulator';
import { publisherMatcher } from '../electron/services/publish/base-check';
import { runPublish } from '../electron/services/publish/publish-run';
import { contentFromDraft, contentFromWire } from '../shared/domain-api/webhook-content';
import { contentFingerprint } from '../shared/draft-file/fingerprint';
import { reconcile, type ForeignChanges } from '../shared/plan/base-check';
import { planWebhook } from '../shared/plan/plan';
import { makeLargeDraft } from '../test/fixtures/large-draft';
import { fmt, median, percentile } from './stats';

/** What the publish benchmark measured. */
export interface PlanBench {
  plan_median_ms: number;
  plan_p95_ms: number;
  round_trips: number;
  lines: string[];
}

/**
 * CPU time since `start`, in ms. Wall-clock time on a machine shared by several jobs measures the other jobs;
 * the plan is pure computation, so its CPU time is the figure that compares across runs.
 */
function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function planTimes(): number[] {
  const draft = makeLargeDraft(1000);
  const mine = contentFromDraft(draft.config, 'profile');
  // The live page differs in a tenth of the rows, and a trigger, so the plan has real work to do.
  const live = structuredClone(mine);
  live.outgoing.request_parameters = live.outgoing.request_parameters
    .filter((_, i) => i % 20 !== 0)
    .map((r, i) => (i % 20 === 1 ? { ...r, mangoapps_field: 'title' } : r));
  live.outgoing.triggers = ['create_user'];
  // The base: the live page before this account's earlier publish changed a trigger (a CI pipeline's
  // previous commit), so the base check compares three versions; --merge is timed apart.
  const base = structuredClone(live);
  base.outgoing.triggers = [];
  const plan = (foreign: ForeignChanges = new Map(), merge = false) => {
    const file = contentFromDraft(draft.config, 'profile');
    const { write } = reconcile(base, live, file, 'profile', foreign, merge);
    return planWebhook(live, write, 'profile', 13);
  };
  for (let i = 0; i < 20; i++) plan();
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    const start = process.cpuUsage();
    plan();
    times.push(cpuMs(start));
  }
  return times;
}

/** The same plan with --merge keeping a colleague's trigger: the rarer path, which rebuilds the content. */
function mergeTimes(): number[] {
  const draft = makeLargeDraft(1000);
  const live = contentFromDraft(draft.config, 'profile');
  live.outgoing.request_parameters = live.outgoing.request_parameters.filter((_, i) => i % 20 !== 0);
  const base = structuredClone(live);
  base.outgoing.triggers = [];
  const foreign: ForeignChanges = new Map([['trigger:create_user', { by: 'Bea Admin', version: 13 }]]);
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const start = process.cpuUsage();
    const { write } = reconcile(
      base,
      live,
      contentFromDraft(draft.config, 'profile'),
      'profile',
      foreign,
      true,
    );
    planWebhook(live, write, 'profile', 13);
    if (i >= 10) times.push(cpuMs(start));
  }
  return times;
}

async function roundTrips(): Promise<number> {
  const emu = await createEmulator();
  try {
    const client = new DomainClient({
      base_url: emu.url,
      api_key: emu.apiKeys.readWrite,
      username: emu.admin.username,
      password: emu.admin.password,
    });
    await client.login();
    emu.state.clearRequests();
    const wire = emu.state.getWebhook('profile');
    const content = contentFromWire(wire, 'profile');
    // The publish flow the app and the command line both run: plan, write, read back, record.
    const published = await runPublish(
      client,
      [
        {
          kind: 'profile',
          content: {
            ...content,
            outgoing: { ...content.outgoing, post_url: 'https://hr.example.com/hooks/bench' },
          },
          base: { version: wire.version, fingerprint: contentFingerprint('profile', content) },
          passwordChanged: false,
        },
      ],
      {
        baseMode: 'file',
        merge: false,
        isPublisher: publisherMatcher(client, emu.admin.username),
        write: true,
        username: emu.admin.username,
        domain: emu.url,
        now: () => new Date().toISOString(),
        record: async () => undefined,
      },
    );
    const [outcome] = published.outcomes;
    if (outcome?.status !== 'published') throw new Error(`bench publish did not verify: ${outcome?.status}`);
    return emu.state.requests().length;
  } finally {
    await emu.close();
  }
}

/** Run both measurements and describe them. */
export async function run(): Promise<PlanBench> {
  const times = planTimes();
  const merged = median(mergeTimes());
  const trips = await roundTrips();
  const m = median(times);
  const p95 = percentile(times, 0.95);
  return {
    plan_median_ms: m,
    plan_p95_ms: p95,
    round_trips: trips,
    lines: [
      `plan        1,000 rows  median ${fmt(m)} ms  p95 ${fmt(p95)} ms CPU  (target < 5 ms; ${m < 5 ? `${fmt(5 / m, 1)}× under` : 'MISSED'})`,
      `plan        1,000 rows with --merge  median ${fmt(merged)} ms CPU  (no target; for comparison)`,
      `publish     ${trips} HTTP round trips with a live session (target 3: read, write, read back; ${trips <= 3 ? 'met' : 'MISSED'})`,
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await run();
  for (const line of result.lines) console.log(line);
}
