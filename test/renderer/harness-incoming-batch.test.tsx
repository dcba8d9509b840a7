import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChannelInput } from '../../shared/bridge/contract';
import type { BatchResultView } from '../../shared/bridge/harness-schemas';
import { FakeHost } from './support/fake-host';
import { harnessHost, priyaMatched, samplesState } from './support/harness-fixtures';
import { renderApp, openTab } from './support/render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

const matched = priyaMatched({
  updatedFields: ['title'],
  changes: [{ key: 'title', label: 'Job Title', before: 'VP Engineering', after: 'CTO' }],
});

describe('test tab: incoming', () => {
  it('composes the payload from the Input Parameters, sends an edited one to the local domain, and shows the change', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = harnessHost(host);
    host.override('harness:notify', () => matched);
    await renderApp(host);
    await openTab(user, 'Test');
    await user.click(screen.getByRole('button', { name: 'Incoming' }));
    const payload = (await screen.findByLabelText('Payload (JSON, editable)')) as HTMLTextAreaElement;
    await waitFor(() =>
      expect(JSON.parse(payload.value)).toEqual({ employeeNumber: 'E1001', jobTitle: 'VP Engineering' }),
    );
    expect(screen.getByText(/found by employeeNumber \(employee_id\)/)).toBeTruthy();
    expect(screen.getByRole('radio', { name: /The real domain/ }).hasAttribute('disabled')).toBe(true);

    await user.clear(payload);
    await user.type(payload, '{{"employeeNumber": "E1001", "jobTitle": "CTO"');
    await user.click(screen.getByRole('button', { name: 'Send to the local domain' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a JSON object/);
    await user.type(payload, '}');
    await user.click(screen.getByRole('button', { name: 'Send to the local domain' }));
    expect((await screen.findByText(/Matched user Priya Raman/)).textContent).toBeTruthy();
    expect(host.callsOf('harness:notify')).toEqual([
      {
        id: domain.id,
        kind: 'profile',
        sample_id: 'sample-priya',
        target: 'local',
        payload: { employeeNumber: 'E1001', jobTitle: 'CTO' },
      },
    ]);
    const changes = screen.getByRole('table', { name: 'Changed fields' });
    expect(within(changes).getByRole('row', { name: /Job Title/ }).textContent).toMatch(
      /VP Engineering → CTO/,
    );

    await user.selectOptions(screen.getByLabelText('Sample'), 'sample-daniel');
    expect(JSON.parse(payload.value)).toEqual({ employeeNumber: 'E1004', jobTitle: 'HR Business Partner' });
  });

  it('sends to the real domain only after its name is typed, every time', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    harnessHost(host, (d) => {
      const next = structuredClone(d);
      next.config.profile.incoming.notify_url =
        'https://acme.mangoapps.com/api/webhooks/profile/notify/s3cr3t.json';
      return next;
    });
    host.override('harness:notify', (input: ChannelInput<'harness:notify'>) => ({
      ...matched,
      target: input.target,
      changes: undefined,
    }));
    await renderApp(host);
    await openTab(user, 'Test');
    await user.click(screen.getByRole('button', { name: 'Incoming' }));
    await user.click(await screen.findByRole('radio', { name: /The real domain acme\.mangoapps\.com/ }));
    await user.click(screen.getByRole('button', { name: 'Send to acme.mangoapps.com' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Change production data on acme.mangoapps.com?' });
    const confirm = within(dialog).getByRole('button', { name: 'Send to acme.mangoapps.com' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await user.type(within(dialog).getByLabelText('Type acme.mangoapps.com to confirm'), 'acme.mangoapps.co');
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await user.type(within(dialog).getByLabelText('Type acme.mangoapps.com to confirm'), 'm');
    await user.click(confirm);
    await screen.findByText(/Matched user Priya Raman/);
    expect(host.callsOf('harness:notify')[0]).toMatchObject({
      target: 'domain',
      confirm_domain: 'acme.mangoapps.com',
    });
    await user.click(screen.getByRole('button', { name: 'Send to acme.mangoapps.com' }));
    expect(screen.getByRole('alertdialog')).toBeTruthy();
  });
});

describe('test tab: batch and samples', () => {
  it('runs a batch with live progress, shows the results and exports the JUnit report', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = harnessHost(host);
    const result: BatchResultView = {
      runId: 'run-1',
      kind: 'profile',
      startedAt: '2026-11-21T09:00:00.000Z',
      finishedAt: '2026-11-21T09:00:01.000Z',
      durationMs: 1000,
      cancelled: false,
      url: 'http://127.0.0.1:4100/hooks/mangoapps',
      triggers: ['create_user'],
      total: 2,
      passed: 1,
      failed: 1,
      cancelledCount: 0,
      notRun: 0,
      results: [
        {
          index: 0,
          trigger: 'create_user',
          event: 'create_user',
          sampleId: 'sample-priya',
          sampleLabel: 'Priya Raman',
          deliveryId: 'a',
          outcome: 'passed',
          status: 200,
          ms: 5,
          expectations: [{ name: 'status_2xx', ok: true }],
        },
        {
          index: 1,
          trigger: 'create_user',
          event: 'create_user',
          sampleId: 'sample-daniel',
          sampleLabel: 'Daniel Okafor',
          deliveryId: 'b',
          outcome: 'failed',
          status: 200,
          ms: 6,
          expectations: [
            { name: 'write_back_fields', ok: false, message: 'Missing in the answer: data.workerId' },
          ],
        },
      ],
    };
    let finished = false;
    const progress = (done: number, fin: boolean) => ({
      domain_id: domain.id,
      run_id: 'run-1',
      done,
      total: 2,
      passed: done > 0 ? 1 : 0,
      failed: done > 1 ? 1 : 0,
      finished: fin,
    });
    host.override('harness:batch-start', () => ({ status: 'started' as const, run_id: 'run-1', total: 2 }));
    host.override('harness:batch-result', () => ({
      progress: progress(finished ? 2 : 0, finished),
      result: finished ? result : null,
    }));
    host.override('harness:batch-export', () => ({
      file_name: 'webhook-batch.xml',
      mime: 'application/xml',
      text: '<testsuites/>',
    }));
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => (created.push(b), 'blob:report')),
      revokeObjectURL: vi.fn(),
    });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    await renderApp(host);
    await openTab(user, 'Test');
    await user.click(screen.getByRole('button', { name: 'Batch run' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Aisha Bello (deactivated)' }));
    await user.click(screen.getByRole('button', { name: 'Run batch' }));
    await waitFor(() => expect(host.callsOf('harness:batch-start')).toHaveLength(1));
    expect(host.callsOf('harness:batch-start')[0]).toEqual({
      id: domain.id,
      kind: 'profile',
      sample_ids: ['sample-priya', 'sample-daniel', 'sample-new-hire'],
      target: 'receiver',
      check_incoming: true,
      oauth_mode: 'password',
    });
    // Cancel is offered once the host has said the run started.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Cancel batch' }).hasAttribute('disabled')).toBe(false),
    );
    act(() => host.emit('harness:progress', progress(1, false)));
    expect(screen.getByText('1 of 2 · 1 passed · 0 failed')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Batch progress' }).getAttribute('value')).toBe('1');
    finished = true;
    act(() => host.emit('harness:progress', progress(2, true)));
    const table = await screen.findByRole('table', { name: 'Batch results' });
    expect(within(table).getByRole('row', { name: /Daniel Okafor/ }).textContent).toMatch(
      /failed.*write-back fields present: Missing in the answer: data\.workerId/,
    );
    expect(screen.getByText(/1 passed, 1 failed/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Export JUnit XML' }));
    await waitFor(() => expect(clicked).toHaveBeenCalled());
    expect(host.callsOf('harness:batch-export')).toEqual([{ run_id: 'run-1', format: 'junit' }]);
    expect(await created[0]?.text()).toBe('<testsuites/>');
  });

  it('selects all or none of the batch samples in one click', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    harnessHost(host);
    host.override('harness:batch-start', () => ({ status: 'started' as const, run_id: 'run-2', total: 1 }));
    host.override('harness:batch-result', () => ({
      progress: {
        domain_id: '',
        run_id: 'run-2',
        done: 0,
        total: 1,
        passed: 0,
        failed: 0,
        finished: false,
      },
      result: null,
    }));
    await renderApp(host);
    await openTab(user, 'Test');
    await user.click(screen.getByRole('button', { name: 'Batch run' }));
    const group = await screen.findByRole('group', { name: /^Samples/ });
    const boxes = () => within(group).getAllByRole('checkbox') as HTMLInputElement[];
    await waitFor(() => expect(boxes().length).toBeGreaterThan(2));
    const all = within(group).getByRole('button', { name: 'Select all' });
    const none = within(group).getByRole('button', { name: 'Select none' });
    expect(all.hasAttribute('disabled')).toBe(true);

    await user.click(none);
    expect(boxes().every((b) => !b.checked)).toBe(true);
    expect(group.textContent).toContain(`(0 of ${boxes().length} selected)`);
    expect(screen.getByRole('button', { name: 'Run batch' }).hasAttribute('disabled')).toBe(true);
    expect(none.hasAttribute('disabled')).toBe(true);

    await user.click(within(group).getByRole('checkbox', { name: 'Daniel Okafor' }));
    await user.click(screen.getByRole('button', { name: 'Run batch' }));
    await waitFor(() => expect(host.callsOf('harness:batch-start')).toHaveLength(1));
    expect(host.callsOf('harness:batch-start')[0]).toMatchObject({ sample_ids: ['sample-daniel'] });

    await user.click(all);
    expect(boxes().every((b) => b.checked)).toBe(true);
    expect(group.textContent).toContain(`(${boxes().length} of ${boxes().length} selected)`);
  });

  it('shows the identifier check, imports a CSV with its issues, and edits a sample', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = harnessHost(host);
    const state = samplesState();
    const imported = samplesState([
      ...state.samples,
      {
        id: 'csv-1',
        kind: 'profile',
        label: 'Ann Lee',
        fields: { email: 'ann@acme.com', employee_id: 'e1001' },
      },
      { id: 'csv-2', kind: 'profile', label: 'Cy Diaz', fields: { email: 'cy@acme.com', employee_id: null } },
    ]);
    host.override('harness:samples-import', () => ({
      imported: 2,
      issues: [
        {
          row: 2,
          column: 'Enabled',
          message: 'expected TRUE, FALSE or DELETED, got "maybe"',
          severity: 'error' as const,
          line: 3,
        },
      ],
      state: imported,
    }));
    host.override('harness:samples-save', (input: ChannelInput<'harness:samples-save'>) =>
      samplesState(input.samples),
    );
    await renderApp(host);
    await openTab(user, 'Test');
    await user.click(screen.getByRole('button', { name: 'Samples' }));
    const check = await screen.findByRole('region', { name: /Identifier check: employee_id/ });
    expect(check.textContent).toMatch(/Missing: none.*Collisions: none.*Case or space variants: none/);

    const csv = new File(['Email,Employee ID,Enabled\nann@acme.com,e1001,TRUE\n'], 'users.csv', {
      type: 'text/csv',
    });
    await user.upload(screen.getByLabelText('Samples file to import'), csv);
    await screen.findByText(/users\.csv: 2 samples imported/);
    expect(host.callsOf('harness:samples-import')).toEqual([
      { id: domain.id, format: 'csv', text: 'Email,Employee ID,Enabled\nann@acme.com,e1001,TRUE\n' },
    ]);
    expect(
      within(screen.getByRole('table', { name: 'Import issues' })).getByRole('row', { name: /Enabled/ })
        .textContent,
    ).toContain('got "maybe"');
    const after = screen.getByRole('region', { name: /Identifier check/ });
    expect(after.textContent).toMatch(/Missing: 1 — Cy Diaz/);
    expect(after.textContent).toMatch(/“E1001” \/ “e1001” — Priya Raman, Ann Lee/);

    await user.click(screen.getByRole('button', { name: 'Edit Priya Raman' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit sample Priya Raman' });
    const title = within(dialog).getByLabelText(/^Job Title/);
    await user.clear(title);
    await user.type(title, 'CTO');
    await user.click(within(dialog).getByRole('button', { name: 'Save sample' }));
    await waitFor(() => expect(host.callsOf('harness:samples-save')).toHaveLength(1));
    const saved = (host.callsOf('harness:samples-save')[0] as ChannelInput<'harness:samples-save'>).samples;
    expect(saved.find((s) => s.id === 'sample-priya')).toMatchObject({
      builtin: false,
      fields: { title: 'CTO', email: 'priya.raman@acme.com' },
    });
    expect(saved).toHaveLength(imported.samples.length);
  });
});
