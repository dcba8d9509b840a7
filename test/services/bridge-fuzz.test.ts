import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CHANNEL_NAMES } from '../../shared/bridge/channels';
import { contract } from '../../shared/bridge/contract';
import { startHost } from './harness-service-fixture';

/** A value nested `depth` levels deep, built without recursion. */
function deep(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const DEEP = deep(10_000);
const proto = () =>
  JSON.parse(
    '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
  ) as unknown;

/** Wrong types, huge and deep values, prototype keys: what a hostile page would post. */
const BAD_VALUES: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1e308,
  Number.NaN,
  true,
  '',
  ' ',
  'x',
  '../../etc/passwd',
  '\u0000\uFFFF\uD800',
  TEN_MB,
  [],
  [null],
  {},
  { length: 1e9 },
  DEEP,
  proto(),
  [TEN_MB],
];

/** The top-level keys a channel's input schema names (empty for non-object inputs). */
function keysOf(schema: z.ZodType): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** At least 50 malformed inputs for one channel: whole-input garbage, then each field set to each bad value. */
function inputsFor(channel: (typeof CHANNEL_NAMES)[number]): unknown[] {
  const keys = keysOf(contract[channel].input as z.ZodType);
  const inputs: unknown[] = [...BAD_VALUES];
  inputs.push({ extra: DEEP }, { __proto__: null }, proto(), Object.fromEntries(keys.map((k) => [k, DEEP])));
  const fields = keys.length > 0 ? keys : ['id'];
  for (const key of fields) for (const bad of BAD_VALUES) inputs.push({ [key]: bad });
  while (inputs.length < 50)
    inputs.push({ [`k${inputs.length}`]: BAD_VALUES[inputs.length % BAD_VALUES.length] });
  return inputs;
}

const STACK = /\n\s+at\s|\.(ts|js):\d+|node:internal|TypeError|RangeError|SyntaxError/;

describe('bridge fuzz', () => {
  it('answers every malformed input on every channel with a clean error and keeps answering', async () => {
    const host = await startHost();
    try {
      let calls = 0;
      for (const channel of CHANNEL_NAMES) {
        const inputs = inputsFor(channel);
        expect(inputs.length).toBeGreaterThanOrEqual(50);
        for (const input of inputs) {
          const answer = await host.app.dispatch(channel, input);
          calls++;
          expect(typeof answer.ok).toBe('boolean');
          if (!answer.ok) {
            const where = `${channel} ${answer.error.code}: ${answer.error.message}`;
            expect(where).not.toMatch(STACK);
            expect(answer.error.code, where).not.toBe('internal');
            expect(answer.error.message.length, where).toBeLessThan(2000);
          }
        }
        // The host still answers after each channel's barrage.
        expect(await host.app.dispatch('app:info', {})).toMatchObject({ ok: true });
      }
      expect(calls).toBeGreaterThanOrEqual(50 * CHANNEL_NAMES.length);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

      // The finding that started this: a 10,000-level route body is refused in words, and status still works.
      const refused = await host.app.dispatch('harness:receiver-routes', {
        routes: [{ method: 'POST', path: '/hooks', body: DEEP }],
      });
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringMatching(/nested deeper than 64 levels/) },
      });
      expect(await host.app.dispatch('harness:receiver-status', {})).toMatchObject({ ok: true });
    } finally {
      await host.stop();
    }
  }, 120_000);
});
