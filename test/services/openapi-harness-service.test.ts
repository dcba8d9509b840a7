import { describe, expect, it } from 'vitest';
import { CREATE_PRIYA, domainWith, useHostPerTest } from './harness-service-fixture';
import { hrDescription } from './openapi-contracts-fixture';

const host = useHostPerTest();

async function withDescription(strict: boolean) {
  const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
  const text = hrDescription(strict);
  const imported = await host.call('openapi:import', { domain_id: d.id, source: { kind: 'text', text } });
  expect(imported.status).toBe('imported');
  return d;
}

describe('the harness speaking the API description', { timeout: 30_000 }, () => {
  it('the preview checks the exact body against the bound operation and names each field', async () => {
    const d = await withDescription(true);
    const preview = await host.call('harness:preview', { id: d.id, ...CREATE_PRIYA, target: 'post_url' });
    expect(preview.api_check).toEqual({
      operation: 'POST /mangoapps',
      violations: [
        { field: 'costCenter', pointer: '', message: '"costCenter" is required' },
        { field: 'firstName', pointer: '/firstName', message: 'must NOT have more than 3 characters' },
      ],
    });
  });

  it('a preview without a description, or of a webhook bound to nothing, carries no check', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
    expect(
      (await host.call('harness:preview', { id: d.id, ...CREATE_PRIYA, target: 'post_url' })).api_check,
    ).toBeUndefined();
    await host.call('openapi:import', {
      domain_id: d.id,
      source: { kind: 'text', text: hrDescription(true) },
    });
    const draft = await host.call('drafts:get', { id: d.id });
    draft.config.profile.outgoing.post_url = 'https://other.example.com/elsewhere';
    await host.call('drafts:save', { draft });
    expect(
      (await host.call('harness:preview', { id: d.id, ...CREATE_PRIYA, target: 'post_url' })).api_check,
    ).toBeUndefined();
  });

  it('the receiver behaves like the API: 422 with the violations, else the example the write-back reads', async () => {
    const strict = await withDescription(true);
    const status = await host.call('harness:receiver-api', { id: strict.id, on: true });
    expect(status).toMatchObject({
      running: true,
      api: { domain_id: strict.id, title: 'HR', operations: 1 },
    });
    const refused = await host.call('harness:fire', { id: strict.id, ...CREATE_PRIYA, target: 'receiver' });
    expect(refused).toMatchObject({ ok: false, status: 422 });
    const answer = refused.steps.find((s) => s.step === 'response');
    expect(JSON.parse((answer as { body: string }).body).errors).toHaveLength(2);

    const lenient = await withDescription(false);
    await host.call('harness:receiver-api', { id: lenient.id, on: true });
    const passed = await host.call('harness:fire', { id: lenient.id, ...CREATE_PRIYA, target: 'receiver' });
    expect(passed).toMatchObject({ ok: true, status: 201 });
    expect(passed.steps.find((s) => s.step === 'write_back')).toMatchObject({ missing: [] });
    expect((await host.call('harness:receiver-api', { id: lenient.id, on: false })).api).toBeNull();
  });

  it('turning the receiver mode on without a description says what to do', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
    await expect(host.call('harness:receiver-api', { id: d.id, on: true })).rejects.toThrow(
      /no API description: import one/,
    );
  });

  it('a batch expects each request valid per the description and reports the violations in JSON and JUnit', async () => {
    const d = await withDescription(true);
    const started = await host.call('harness:batch-start', {
      id: d.id,
      kind: 'profile',
      sample_ids: ['sample-priya'],
      triggers: ['create_user'],
      target: 'receiver',
      expect_api_valid: true,
    });
    if (started.status !== 'started') throw new Error('not started');
    let result = await host.call('harness:batch-result', { run_id: started.run_id });
    for (let i = 0; i < 100 && !result.result; i++) {
      await new Promise((r) => setTimeout(r, 50));
      result = await host.call('harness:batch-result', { run_id: started.run_id });
    }
    const delivery = result.result!.results[0]!;
    expect(delivery.outcome).toBe('failed');
    expect(delivery.expectations).toContainEqual({
      name: 'request_valid_api',
      ok: false,
      message:
        'The request breaks the API description: "costCenter" is required; firstName: must NOT have more than 3 characters',
    });
    expect(delivery.violations).toHaveLength(2);
    const json = await host.call('harness:batch-export', { run_id: started.run_id, format: 'json' });
    expect(JSON.parse(json.text).results[0].violations[0]).toMatchObject({ field: 'costCenter' });
    const junit = await host.call('harness:batch-export', { run_id: started.run_id, format: 'junit' });
    expect(junit.text).toContain('violation /firstName: must NOT have more than 3 characters');
  });

  it('a batch asked for the expectation without a description refuses to start, saying why', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
    await expect(
      host.call('harness:batch-start', {
        id: d.id,
        kind: 'profile',
        sample_ids: ['sample-priya'],
        target: 'receiver',
        expect_api_valid: true,
      }),
    ).rejects.toThrow(/needs an API description with an operation bound to the Profile webhook/);
  });

  it('gives Export the reference with the imported text when asked to embed it, and nothing without a description', async () => {
    const bare = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
    expect(await host.call('openapi:reference', { domain_id: bare.id, embed: true })).toBeNull();
    const d = await withDescription(true);
    await host.call('openapi:bind', { domain_id: d.id, binding: { profile: 'POST /mangoapps' } });
    const plain = await host.call('openapi:reference', { domain_id: d.id, embed: false });
    expect(plain).toEqual({
      source: 'api-description.json',
      fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      operations: { profile: 'POST /mangoapps' },
    });
    const embedded = await host.call('openapi:reference', { domain_id: d.id, embed: true });
    expect(embedded).toEqual({ ...plain, embedded: hrDescription(true) });
  });
});
