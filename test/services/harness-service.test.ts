import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from '../../electron/services/harness';
import type { DeliveryTraceView } from '../../shared/bridge/harness-schemas';
import { CREATE_PRIYA, domainWith, useHostPerTest } from './harness-service-fixture';

const host = useHostPerTest();

const stepOf = <S extends DeliveryTraceView['steps'][number]['step']>(trace: DeliveryTraceView, step: S) =>
  trace.steps.find((s) => s.step === step) as Extract<DeliveryTraceView['steps'][number], { step: S }>;

describe('harness samples through the bridge', () => {
  it('starts with the built-ins, imports a CSV with per-row issues and checks the identifier; survives a restart', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
    const start = await host.call('harness:samples', { id: d.id });
    expect(start.samples.map((s) => s.id)).toContain('sample-priya');
    expect(start.identifier.profile).toMatchObject({ key: 'employee_id', missing: [], collisions: [] });
    expect(start.identifier.location).toBeNull();

    const csv = [
      'First Name,Last Name,Email,Employee ID,Enabled,Date of birth',
      'Ann,Lee,ann.lee@acme.com,e1001,TRUE,1990-01-02',
      'Bo,Chan,bo.chan@acme.com,E1001,maybe,1991-02-30',
      'Cy,Diaz,cy.diaz@acme.com,,FALSE,',
      'No,Id,,,TRUE,',
    ].join('\n');
    const imported = await host.call('harness:samples-import', { id: d.id, format: 'csv', text: csv });
    expect(imported.imported).toBe(3);
    expect(imported.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, column: 'Enabled', severity: 'error' }),
        expect.objectContaining({ row: 2, column: 'Date of birth', severity: 'error' }),
        expect.objectContaining({ row: 4, message: expect.stringMatching(/row skipped/) }),
      ]),
    );
    const check = imported.state.identifier.profile!;
    expect(check.missing).toEqual(['csv-3']);
    expect(check.collisions).toEqual([{ value: 'E1001', ids: ['sample-priya', 'csv-2'] }]);
    expect(check.caseVariants).toEqual([
      { values: ['E1001', 'e1001'], ids: ['sample-priya', 'csv-2', 'csv-1'] },
    ]);

    const json = JSON.stringify([
      { id: 'csv-1', fields: { email: 'x@acme.com', employee_id: 'E7' } },
      { nope: 1 },
    ]);
    const again = await host.call('harness:samples-import', { id: d.id, format: 'json', text: json });
    expect(again.imported).toBe(1);
    expect(again.issues[0]).toMatchObject({ row: 2, severity: 'error' });
    expect(again.state.samples.map((s) => s.id)).toContain('csv-1-2');

    await host.restart();
    const after = await host.call('harness:samples', { id: d.id });
    expect(after.samples).toHaveLength(again.state.samples.length);
    const dup = after.samples.map((s) => ({ ...s, id: 'same' }));
    const refused = await host.app.dispatch('harness:samples-save', { id: d.id, samples: dup });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('outgoing deliveries through the bridge', () => {
  it('previews the exact request with secrets masked and a curl command, sending nothing', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps', (draft) => {
      draft.config.security.oauth = { token_url: 'https://hr.example.com/oauth/token', username: 'sync' };
    });
    const preview = await host.call('harness:preview', { id: d.id, ...CREATE_PRIYA, target: 'post_url' });
    expect(preview).toMatchObject({
      method: 'POST',
      url: 'https://hr.example.com/hooks/mangoapps',
      event: 'create_user',
      headers: { Authorization: 'Bearer •••', 'X-MangoApps-Event': 'create_user' },
    });
    expect(JSON.parse(preview.body)).toMatchObject({ employeeNumber: 'E1001', remote: 'false' });
    expect(preview.bytes).toBe(Buffer.byteLength(preview.body));
    expect(preview.curl).toMatch(/^curl -X POST 'https:\/\/hr\.example\.com\/hooks\/mangoapps'/);
    expect(preview.curl).toContain("-H 'Authorization: Bearer •••'");
    expect((await host.call('harness:history', { id: d.id })).exchanges).toEqual([]);
  });

  it('fires into the receiver with a scripted route: trace, write-back preview, inbox, replay with an edit, log across a restart', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
    await host.call('harness:receiver-routes', {
      routes: [
        { method: 'POST', path: '/hooks/mangoapps', status: 201, body: { workerId: 'W-{{employeeNumber}}' } },
      ],
    });
    const trace = await host.call('harness:fire', { id: d.id, ...CREATE_PRIYA, target: 'receiver' });
    expect(trace).toMatchObject({ ok: true, status: 201, event: 'create_user' });
    expect(trace.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hooks\/mangoapps$/);
    expect(trace.steps.map((s) => s.step)).toEqual(['request', 'response', 'write_back']);
    expect(stepOf(trace, 'write_back').preview).toEqual([
      expect.objectContaining({ key: 'custom_hris_id', current: 'W-1591719', next: 'W-E1001' }),
    ]);
    const status = await host.call('harness:receiver-status', {});
    expect(status).toMatchObject({ running: true, inbox: 1 });

    const [captured] = await host.call('harness:inbox', {});
    expect(captured).toMatchObject({
      method: 'POST',
      path: '/hooks/mangoapps',
      route: 'POST /hooks/mangoapps',
    });
    const edited = JSON.stringify({ employeeNumber: 'E2002' });
    const replay = await host.call('harness:replay', {
      id: d.id,
      entry_id: captured!.id,
      body: edited,
      headers: { 'X-Replay': 'yes' },
    });
    expect(replay).toMatchObject({ ok: true, response: { status: 201 } });
    expect(JSON.parse(replay.response!.body)).toEqual({ workerId: 'W-E2002' });
    const inbox = await host.call('harness:inbox', {});
    expect(inbox[0]).toMatchObject({ body: edited, headers: { 'x-replay': 'yes' } });

    await host.restart();
    const log = await host.call('harness:history', { id: d.id });
    expect(log.exchanges.map((e) => e.direction)).toEqual(['replay', 'outgoing']);
    expect(log.exchanges[1]).toMatchObject({ status: 201, event: 'create_user', ok: true });
    expect((await host.call('harness:receiver-status', {})).running).toBe(false);
  });

  it('asks once per real target host, remembers it per domain, and names failures at their step', async () => {
    const d = await domainWith(host, 'https://webhook-studio.invalid/hooks');
    const first = await host.call('harness:fire', { id: d.id, ...CREATE_PRIYA, target: 'post_url' });
    expect(first).toMatchObject({
      ok: false,
      failure: { kind: 'needs_confirmation', host: 'webhook-studio.invalid' },
    });
    expect(first.steps).toEqual([]);
    const confirmed = await host.call('harness:fire', {
      id: d.id,
      ...CREATE_PRIYA,
      target: 'post_url',
      confirm_host: 'webhook-studio.invalid',
    });
    expect(confirmed.failure).toMatchObject({ step: 'request', kind: 'dns' });
    const remembered = await host.call('harness:fire', { id: d.id, ...CREATE_PRIYA, target: 'post_url' });
    expect(remembered.failure?.kind).toBe('dns');

    const other = await domainWith(host, 'https://webhook-studio.invalid/hooks');
    const otherFire = await host.call('harness:fire', { id: other.id, ...CREATE_PRIYA, target: 'post_url' });
    expect(otherFire.failure?.kind).toBe('needs_confirmation');

    const plain = await domainWith(host, 'http://hr.example.com/hooks');
    const refused = await host.call('harness:fire', { id: plain.id, ...CREATE_PRIYA, target: 'post_url' });
    expect(refused.failure).toMatchObject({
      step: 'request',
      kind: 'invalid_url',
      message: expect.stringMatching(/https/),
    });
    const wrongKind = await host.app.dispatch('harness:fire', {
      id: d.id,
      ...CREATE_PRIYA,
      trigger: 'create_location',
      target: 'receiver',
    });
    expect(wrongKind).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('OAuth through the bridge', () => {
  let thirdParty: Receiver;
  beforeEach(async () => {
    thirdParty = await startReceiver({
      oauth: { users: [{ username: 'sync', password: 'pa55-word' }], requireBearer: true },
    });
    thirdParty.setRoute({ method: 'POST', path: '/hooks', body: { workerId: 'W-1' } });
  });
  afterEach(async () => {
    await thirdParty.stop();
  });

  it('gets a token from a real token endpoint with the host-held password, reuses it, and never returns the password', async () => {
    const d = await domainWith(host, `${thirdParty.url}/hooks`, (draft) => {
      draft.config.security.oauth = { token_url: `${thirdParty.url}/oauth/token`, username: 'sync' };
    });
    const missing = await host.call('harness:fire', { id: d.id, ...CREATE_PRIYA, target: 'post_url' });
    expect(missing.failure).toMatchObject({ step: 'token', message: expect.stringMatching(/no password/) });

    await host.call('secrets:set', { domain_id: d.id, name: 'oauth_password', value: 'pa55-word' });
    const first = await host.call('harness:fire', { id: d.id, ...CREATE_PRIYA, target: 'post_url' });
    expect(first.ok).toBe(true);
    expect(stepOf(first, 'token').status).toBe('obtained');
    expect(stepOf(first, 'request').headers['Authorization']).toBe('Bearer •••');
    const second = await host.call('harness:fire', { id: d.id, ...CREATE_PRIYA, target: 'post_url' });
    expect(stepOf(second, 'token').status).toBe('reused');
    expect(thirdParty.oauth?.issued).toBe(1);

    thirdParty.oauth?.revokeAll();
    const retried = await host.call('harness:fire', { id: d.id, ...CREATE_PRIYA, target: 'post_url' });
    expect(retried.ok).toBe(true);
    expect(retried.steps.map((s) => s.step)).toEqual([
      'token',
      'request',
      'response',
      'token',
      'request',
      'response',
      'write_back',
    ]);

    // Fired at the local receiver, the token comes from the receiver's own endpoint, not the real one.
    const local = await host.call('harness:fire', {
      id: d.id,
      ...CREATE_PRIYA,
      target: 'receiver',
      oauth_mode: 'client_credentials_basic',
    });
    expect(stepOf(local, 'token').status).toBe('obtained');
    expect(thirdParty.oauth?.issued).toBe(2);

    const everything = JSON.stringify([
      first,
      second,
      retried,
      local,
      await host.call('harness:history', { id: d.id }),
    ]);
    expect(everything).not.toContain('pa55-word');
  });
});
