import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChannelInput } from '../../shared/bridge/contract';
import { FakeHost } from './support/fake-host';
import { flaggedTrace, harnessHost } from './support/harness-fixtures';
import { renderApp, openTab } from './support/render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

async function openTest(user: ReturnType<typeof userEvent.setup>) {
  await openTab(user, 'Test');
  await screen.findByRole('option', { name: 'Priya Raman' });
}

describe('test tab: outgoing', () => {
  it('previews the exact request and copies it as curl', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = harnessHost(host);
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    host.override('harness:preview', () => ({
      method: 'POST',
      url: 'http://127.0.0.1:4100/hooks/mangoapps',
      headers: { 'Content-Type': 'application/json', 'X-MangoApps-Event': 'update_user_profile' },
      body: '{"employeeNumber":"E1004"}',
      bytes: 26,
      event: 'update_user_profile',
      curl: "curl -X POST 'http://127.0.0.1:4100/hooks/mangoapps'",
    }));
    await renderApp(host);
    await openTest(user);
    await user.selectOptions(screen.getByLabelText('Trigger'), 'update_user_profile');
    await user.selectOptions(screen.getByLabelText('Sample'), 'sample-daniel');
    await user.click(screen.getByRole('button', { name: 'Preview request' }));
    const preview = await screen.findByRole('region', { name: 'Request preview' });
    expect(host.callsOf('harness:preview')).toEqual([
      {
        id: domain.id,
        kind: 'profile',
        trigger: 'update_user_profile',
        sample_id: 'sample-daniel',
        target: 'receiver',
      },
    ]);
    expect(preview.textContent).toContain('POST http://127.0.0.1:4100/hooks/mangoapps');
    // The exact bytes on the wire first; formatted only on request.
    expect(within(preview).getByRole('group', { name: 'Preview body' }).textContent).toContain(
      '"employeeNumber":"E1004"',
    );
    const exact = within(preview).getByRole('button', { name: 'Exact bytes' });
    expect(exact.getAttribute('aria-pressed')).toBe('true');
    await user.click(within(preview).getByRole('button', { name: 'Formatted' }));
    expect(exact.getAttribute('aria-pressed')).toBe('false');
    expect(within(preview).getByRole('group', { name: 'Preview body' }).textContent).toContain(
      '"employeeNumber": "E1004"',
    );
    expect(within(preview).getByLabelText('Preview headers').textContent).toContain('update_user_profile');
    await user.click(within(preview).getByRole('button', { name: 'Copy as curl' }));
    expect(writeText).toHaveBeenCalledWith("curl -X POST 'http://127.0.0.1:4100/hooks/mangoapps'");
    expect(await within(preview).findByText('Copied as curl.')).toBeTruthy();
  });

  it('asks before a real target once, fires again with the confirmation, and shows the trace and write-back flags', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    harnessHost(host);
    const url = 'https://hr.example.com/hooks/mangoapps';
    host.override('harness:fire', (input: ChannelInput<'harness:fire'>) =>
      input.confirm_host
        ? flaggedTrace(url)
        : {
            deliveryId: '',
            event: null,
            trigger: input.trigger,
            sampleId: input.sample_id,
            url,
            ok: false,
            steps: [],
            ms: 0,
            failure: {
              step: 'request',
              kind: 'needs_confirmation',
              host: 'hr.example.com',
              message:
                'hr.example.com is a real system, not this machine: confirm the target before firing at it.',
            },
          },
    );
    await renderApp(host);
    await openTest(user);
    await user.click(screen.getByRole('radio', { name: /Post to URL/ }));
    await user.click(screen.getByRole('button', { name: 'Fire' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Send to a real system?' });
    expect(dialog.textContent).toContain('hr.example.com is not this machine');
    // Cancel has the focus: Enter must not send anything by accident.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Send to hr.example.com' }));
    await waitFor(() => expect(host.callsOf('harness:fire')).toHaveLength(2));
    expect(host.callsOf('harness:fire')[1]).toMatchObject({
      target: 'post_url',
      confirm_host: 'hr.example.com',
    });

    const trace = await screen.findByRole('region', { name: 'Delivery trace' });
    expect(within(trace).getByRole('status').textContent).toMatch(
      /Failed at Write-back\. The answer has no "data\.workerId"/,
    );
    const steps = within(trace)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(steps).toEqual(['OAuth token — obtained4 ms', 'Request', 'Response6 ms', 'Write-back']);
    const table = within(trace).getByRole('table', { name: 'Write-back preview' });
    const missing = within(table).getByRole('row', { name: /data\.workerId/ });
    expect(missing.textContent).toContain('4201 (not written)');
    expect(missing.textContent).toContain('missing in the answer');
    const blanked = within(table).getByRole('row', { name: /^title/ });
    expect(blanked.textContent).toMatch(/VP Engineering → —/);
    expect(blanked.textContent).toContain('blanks a value');
    expect(blanked.textContent).toContain('overwrites a field the request sends');
  });

  it('saves pending edits before firing, and shows a host error next to the buttons', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    harnessHost(host);
    host.failNext('harness:fire', 1, {
      code: 'not_found',
      message: 'No sample "sample-priya"; it may have been removed.',
    });
    const { store } = await renderApp(host, { saveDelayMs: 60_000 });
    store.getState().edit((d) => ({ ...d, name: 'acme renamed' }));
    await openTest(user);
    await user.click(screen.getByRole('button', { name: 'Fire' }));
    expect((await screen.findByRole('alert')).textContent).toContain('No sample "sample-priya"');
    const order = host.calls.map((c) => c.channel);
    expect(order.lastIndexOf('drafts:save')).toBeLessThan(order.indexOf('harness:fire'));
  });
});
