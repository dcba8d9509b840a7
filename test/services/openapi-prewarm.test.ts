import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenapiService } from '../../electron/services/openapi/openapi-service';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-prewarm-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const TEXT = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'HR', version: '1' },
  paths: { '/people': { post: { responses: { '201': { description: 'ok' } } } } },
});

describe('pre-warming the description worker', () => {
  it('starts the worker when a domain with a description opens, not for a domain without one', async () => {
    let warmed = 0;
    const service = createOpenapiService({
      dataDir: dir,
      quarantineDir: path.join(dir, 'q'),
      knownDomain: () => undefined,
      prewarm: () => void warmed++,
    });
    await service.handlers['openapi:get']({ domain_id: 'plain' });
    expect(warmed).toBe(0);
    const imported = await service.handlers['openapi:import']({
      domain_id: 'hr',
      source: { kind: 'text', text: TEXT, name: 'hr.json' },
      allow_external: false,
    });
    expect(imported.status).toBe('imported');
    await service.handlers['openapi:get']({ domain_id: 'hr' });
    expect(warmed).toBe(1);
    await service.flush();
  });
});
