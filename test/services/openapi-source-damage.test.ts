import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_DESCRIPTIONS_DIR } from '../../electron/services/openapi/openapi-service';
import { CREATE_PRIYA, domainWith, useHostPerTest } from './harness-service-fixture';
import { hrDescription } from './openapi-contracts-fixture';

const host = useHostPerTest();

const description = hrDescription(true);

/** A domain with the description imported; the text file the host keeps for it, then a restarted host. */
async function imported(): Promise<{ id: string; source: string }> {
  const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
  const result = await host.call('openapi:import', {
    domain_id: d.id,
    source: { kind: 'text', text: description },
  });
  expect(result.status).toBe('imported');
  const source = path.join(host.dir, API_DESCRIPTIONS_DIR, `${d.id}.source`);
  expect(await fs.readFile(source, 'utf8')).toBe(description);
  return { id: d.id, source };
}

async function problemsAfter(step: () => Promise<unknown>) {
  await step().catch(() => undefined);
  return (await host.call('app:info', {})).store_problems;
}

describe('the kept text of an API description', { timeout: 60_000 }, () => {
  it('is embedded in an export exactly as imported', async () => {
    const { id } = await imported();
    await host.restart();
    const ref = await host.call('openapi:reference', { domain_id: id, embed: true });
    expect(ref?.embedded).toBe(description);
  });

  it('altered on disk, is never used: moved to quarantine, reported by name, and the answers say so', async () => {
    const { id, source } = await imported();
    await fs.writeFile(source, description.replace('costCenter', 'costCentre'));
    await host.restart();
    await expect(host.call('openapi:reference', { domain_id: id, embed: true })).rejects.toThrow(
      /description text is damaged \(moved to .*quarantine.*\): import the description again to embed it/,
    );
    const problems = (await host.call('app:info', {})).store_problems;
    const problem = problems.find((p) => p.file === source);
    expect(problem?.reason).toMatch(/is not the text that was imported \(its fingerprint differs\)/);
    // Kept aside under its own name and extension: it is the text, not a JSON store file.
    expect(path.basename(problem!.moved_to)).toMatch(new RegExp(`^${id}\\.source\\.[0-9TZ-]+\\.source$`));
    expect(await fs.readFile(problem!.moved_to, 'utf8')).toContain('costCentre');
    await expect(fs.access(source)).rejects.toThrow();
    // The preview still works and says why the request was not checked, instead of silently not checking.
    const preview = await host.call('harness:preview', { id, ...CREATE_PRIYA, target: 'post_url' });
    expect(preview.api_check?.error).toMatch(
      /description text is damaged \(moved to .*\): import the description again/,
    );
  });

  it('a link in its place is not followed, and bytes that are not UTF-8 are damage', async () => {
    const { id, source } = await imported();
    const elsewhere = path.join(host.dir, 'elsewhere.json');
    await fs.writeFile(elsewhere, description);
    await fs.rm(source);
    await fs.symlink(elsewhere, source);
    await host.restart();
    const linked = await problemsAfter(() => host.call('openapi:reference', { domain_id: id, embed: true }));
    expect(linked.find((p) => p.file === source)?.reason).toMatch(/is a link or special file, not a file/);
    expect(await fs.readFile(elsewhere, 'utf8')).toBe(description);

    await host.call('openapi:import', { domain_id: id, source: { kind: 'text', text: description } });
    await fs.writeFile(source, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    await host.restart();
    const garbled = await problemsAfter(() => host.call('openapi:reference', { domain_id: id, embed: true }));
    expect(garbled.filter((p) => p.file === source).at(-1)?.reason).toMatch(/not valid UTF-8/);
  });

  it('missing, the harness says to import it again rather than dropping the check', async () => {
    const { id, source } = await imported();
    await fs.rm(source);
    await host.restart();
    await expect(host.call('harness:receiver-api', { id, on: true })).rejects.toThrow(
      /description text is missing: import the description again to check requests against it/,
    );
  });
});
