/**
 * Publish figures (issue 3): plan time for a 1,000-row draft (target under 50 ms) and HTTP round trips
 * per publish with a live session (target 3: read, write, read back). `npx tsx bench/plan.ts`.
 */
import { fileURLToPath } from 'node:url';
import { DomainClient } from '../electron/services/domain-client/domain-client';
import { createEmulator } from '../electron/services/emulator';
import { applyWebhook, readLive } from '../electron/services/publish/publish-engine';
import { contentFromDraft } from '../shared/domain-api/webhook-content';
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

function planTimes(): number[] {
  const draft = makeLargeDraft(1000);
  const mine = contentFromDraft(draft.config, 'profile');
  // The live page differs in a tenth of the rows, and a trigger, so the plan has real work to do.
  const live = structuredClone(mine);
  live.outgoing.request_parameters = live.outgoing.request_parameters
    .filter((_, i) => i % 20 !== 0)
    .map((r, i) => (i % 20 === 1 ? { ...r, mangoapps_field: 'title' } : r));
  live.outgoing.triggers = ['create_user'];
  for (let i = 0; i < 20; i++) planWebhook(live, mine, 'profile', 12);
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    const start = performance.now();
    planWebhook(live, contentFromDraft(draft.config, 'profile'), 'profile', 12);
    times.push(performance.now() - start);
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
    const live = await readLive(client, 'profile');
    const content = structuredClone(live.content);
    content.outgoing.post_url = 'https://hr.example.com/hooks/bench';
    const outcome = await applyWebhook(client, {
      kind: 'profile',
      content,
      expectedVersion: live.version,
      base: live.content,
    });
    if (outcome.status !== 'published') throw new Error(`bench publish did not verify: ${outcome.status}`);
    return emu.state.requests().length;
  } finally {
    await emu.close();
  }
}

/** Run both measurements and describe them. */
export async function run(): Promise<PlanBench> {
  const times = planTimes();
  const trips = await roundTrips();
  const m = median(times);
  const p95 = percentile(times, 0.95);
  return {
    plan_median_ms: m,
    plan_p95_ms: p95,
    round_trips: trips,
    lines: [
      `plan        1,000 rows  median ${fmt(m)} ms  p95 ${fmt(p95)} ms  (target < 50 ms; ${fmt(50 / m, 0)}× under)`,
      `publish     ${trips} HTTP round trips with a live session (target 3: read, write, read back)`,
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await run();
  for (const line of result.lines) console.log(line);
}
