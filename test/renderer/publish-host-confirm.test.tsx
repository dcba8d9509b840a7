import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeHost } from './support/fake-host';
import { pulled } from './support/publish-fixtures';
import { openTab, renderApp } from './support/render-app';

const needsConfirmation = {
  code: 'needs_confirmation' as const,
  message: "Confirm the domain's host acme.mangoapps.com before connecting.",
  details: [{ path: 'base_url', message: 'acme.mangoapps.com' }],
};

describe("publish tab: confirming the domain's host", () => {
  it('asks the admin to type the host on first connect, then sends the confirmation with the retried step', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = host.addDomain('acme', (d) => ({
      ...d,
      base_url: 'https://ACME.mangoapps.com',
      admin_username: 'ada@acme.com',
    }));
    host.override('connection:test', () => ({
      user: { id: '101', name: 'Ada Admin' },
      can_write: true,
      message: 'Connected as Ada Admin (network admin).',
    }));
    host.override('domain:pull', () => ({ status: 'pulled', draft: pulled(host.drafts.get(domain.id)!, 2) }));
    await renderApp(host, { saveDelayMs: 0 });
    await openTab(user, 'Publish');

    host.failNext('connection:test', 1, needsConfirmation);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('API key and admin password will be sent to acme.mangoapps.com');
    const confirm = screen.getByRole('button', { name: 'Confirm and connect' });
    await user.type(screen.getByLabelText('Domain host'), 'acme.mangoapps.co');
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByLabelText('Domain host'), 'm');
    await user.click(confirm);
    expect(await screen.findByText('Connected as Ada Admin (network admin).')).toBeTruthy();
    expect(host.callsOf('connection:test')).toEqual([
      { id: domain.id },
      { id: domain.id, confirm_host: 'acme.mangoapps.com' },
    ]);

    host.failNext('domain:pull', 1, needsConfirmation);
    await user.click(screen.getByRole('button', { name: /^Pull/ }));
    await user.type(await screen.findByLabelText('Domain host'), 'acme.mangoapps.com');
    await user.click(screen.getByRole('button', { name: 'Confirm and connect' }));
    const pulls = host.callsOf('domain:pull') as { confirm_host?: string }[];
    expect(pulls.at(-1)?.confirm_host).toBe('acme.mangoapps.com');
  });
});
