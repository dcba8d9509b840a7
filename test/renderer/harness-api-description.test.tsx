import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/bridge/contract';
import type { ReceiverStatusView } from '../../shared/bridge/harness-schemas';
import { hrDescription } from './support/api-description-fixtures';
import { FakeHost } from './support/fake-host';
import { harnessHost } from './support/harness-fixtures';
import { openTab, renderApp } from './support/render-app';

// The description store lives beside the app store; each test starts with none loaded.

function hostWithDescription() {
  const host = new FakeHost();
  const domain = harnessHost(host);
  host.apiDescription = { description: hrDescription(), binding: {} };
  return { host, domain };
}

describe('test tab speaking the API description', () => {
  it('the request preview marks each violation at its body field, with a summary', async () => {
    const user = userEvent.setup();
    const { host } = hostWithDescription();
    host.override('harness:preview', () => ({
      method: 'POST',
      url: 'http://127.0.0.1:4100/hooks/mangoapps',
      headers: { 'Content-Type': 'application/json' },
      body: '{"employeeNumber":"E1001","workEmail":"not-an-email"}',
      bytes: 50,
      event: 'create_user',
      curl: 'curl',
      api_check: {
        operation: 'POST /employees',
        violations: [
          { field: 'workEmail', pointer: '/workEmail', message: 'must match format "email"' },
          { field: 'lastName', pointer: '', message: '"lastName" is required' },
        ],
      },
    }));
    await renderApp(host);
    await openTab(user, 'Test');
    await screen.findByRole('option', { name: 'Priya Raman' });
    await user.click(screen.getByRole('button', { name: 'Preview request' }));
    const preview = await screen.findByRole('region', { name: 'Request preview' });
    expect(within(preview).getByText("2 problems against POST /employees's request schema.")).toBeTruthy();
    const table = within(preview).getByRole('table', { name: 'Body fields checked' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect(row('workEmail').getAttribute('aria-invalid')).toBe('true');
    expect(row('workEmail').textContent).toContain('must match format "email"');
    expect(row('employeeNumber').getAttribute('aria-invalid')).toBe('false');
    expect(row('lastName').textContent).toContain('not sent');
    expect(row('lastName').textContent).toContain('"lastName" is required');
  });

  it('the receiver can answer like the description, switched on and off from its panel', async () => {
    const user = userEvent.setup();
    const { host, domain } = hostWithDescription();
    let status: ReceiverStatusView = { running: true, url: 'http://127.0.0.1:4100', routes: [], inbox: 0 };
    host.override('harness:receiver-status', () => status);
    host.override('harness:inbox', () => []);
    host.override('harness:receiver-api', (input: ChannelInput<'harness:receiver-api'>) => {
      status = {
        ...status,
        api: input.on ? { domain_id: input.id, title: 'HR', operations: 3 } : null,
      };
      return status;
    });
    await renderApp(host);
    await openTab(user, 'Test');
    await user.click(screen.getByRole('button', { name: 'Local receiver' }));
    const box = await screen.findByRole('checkbox', { name: /Answer like the API description/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    await user.click(box);
    expect(host.callsOf('harness:receiver-api')).toEqual([{ id: domain.id, on: true }]);
    // The box shows what the receiver reports, so it is ticked once the host has answered.
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
    await user.click(box);
    expect(host.callsOf('harness:receiver-api')).toEqual([
      { id: domain.id, on: true },
      { id: domain.id, on: false },
    ]);
  });

  it('a batch can expect each request valid per the description', async () => {
    const user = userEvent.setup();
    const { host } = hostWithDescription();
    host.override('harness:batch-start', () => ({ status: 'started', run_id: 'run-1', total: 1 }));
    await renderApp(host);
    await openTab(user, 'Test');
    await screen.findByRole('option', { name: 'Priya Raman' });
    await user.click(screen.getByRole('button', { name: 'Batch run' }));
    await user.click(await screen.findByRole('checkbox', { name: /Expect each request valid per the API/ }));
    await user.click(screen.getByRole('button', { name: 'Run batch' }));
    expect(host.callsOf('harness:batch-start')[0]).toMatchObject({ expect_api_valid: true });
  });

  it('without a description the batch offers no API expectation', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    harnessHost(host);
    await renderApp(host);
    await openTab(user, 'Test');
    await screen.findByRole('option', { name: 'Priya Raman' });
    await user.click(screen.getByRole('button', { name: 'Batch run' }));
    await screen.findByRole('button', { name: 'Run batch' });
    expect(screen.queryByRole('checkbox', { name: /API description/ })).toBeNull();
  });
});
