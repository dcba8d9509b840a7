import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import * as z from '../../renderer/zod';

// The renderer's build resolves `zod` to renderer/zod.ts (vite.config.ts); schema modules write
// `import * as z from 'zod'`, so that module must pass on all of zod, set up for the CSP.
describe('zod as the renderer sees it', () => {
  it('exports everything zod does, so a namespace import finds every schema builder', () => {
    const missing = Object.keys(zod).filter((name) => name !== 'default' && !(name in z));
    expect(missing).toEqual([]);
    expect(z.object({ n: z.number().int() }).safeParse({ n: 2 }).success).toBe(true);
  });

  it('builds parsers without `new Function`, which the CSP refuses', () => {
    expect(z.config().jitless).toBe(true);
  });
});
