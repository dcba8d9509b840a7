import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeHost } from './support/fake-host';
import { channelOrder, pulled } from './support/publish-fixtures';
import { renderApp, openTab } from './support/render-app';

async function openPublish(user: ReturnType<typeof userEvent.setup>) {
  await openTab(user, 'Publish');
}

describe('publish tab: connection', () => {
  it('saves the username in the draft, secrets only with the host, and explains a failed test in plain words', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.storage = 'memory';
    const domain = host.addDomain('acme', (d) => ({ ...d, base_url: 'https://acme.mangoapps.com' }));
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    await openPublish(user);
    expect((screen.getByLabelText('Domain URL') as HTMLInputElement).value).toBe(
      'https://acme.mangoapps.com',
    );
    await user.type(screen.getByLabelText('Admin username'), 'ada@acme.com');
    await user.type(screen.getByLabelText('API key'), 'K3y-secret');
    // No Save button: leaving the field hands what was typed to the host's secret store.
    expect(screen.queryByRole('button', { name: /^Save API key/ })).toBeNull();
    await user.tab();
    expect(await screen.findByText(/kept in memory only/)).toBeTruthy();
    await waitFor(() =>
      expect(host.callsOf('secrets:set')).toEqual([
        { domain_id: domain.id, name: 'api_key', value: 'K3y-secret' },
      ]),
    );
    await waitFor(() => expect((screen.getByLabelText('API key') as HTMLInputElement).value).toBe(''));

    host.failNext('connection:test', 1, {
      code: 'unauthorized',
      message: 'Unknown API key: the domain says "Invalid API key".',
    });
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Unknown API key.');
    expect(alert.textContent).toContain('The domain says "Invalid API key"');
    // The host's exact words follow the headline without repeating it.
    expect(alert.querySelector('.host-message')?.textContent).toBe('The domain says "Invalid API key".');
    // The username was saved before the host was asked to sign in with it.
    const order = channelOrder(host);
    expect(order.lastIndexOf('drafts:save')).toBeLessThan(order.indexOf('connection:test'));
    expect(store.getState().draft?.admin_username).toBe('ada@acme.com');
    expect(JSON.stringify(host.callsOf('drafts:save'))).not.toContain('K3y-secret');

    host.failNext('connection:test', 1, {
      code: 'forbidden',
      message: 'Signed in as Carl Member, who is not a network admin: webhook settings need one.',
    });
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Not a network admin.');

    host.failNext('connection:test', 1, {
      code: 'remote_error',
      message: 'The domain answered with a web page instead of JSON — it is probably behind single sign-on.',
    });
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Single sign-on page instead of the API.',
    );

    host.override('connection:test', () => ({
      user: { id: '101', name: 'Ada Admin' },
      can_write: true,
      message: 'Connected as Ada Admin (network admin).',
    }));
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('Connected as Ada Admin (network admin).')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('publish tab: typed secrets', () => {
  it('uses what was typed: Test connection and Pull save typed secrets first, with no Save buttons', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = host.addDomain('acme', (d) => ({ ...d, base_url: 'https://acme.mangoapps.com' }));
    host.override('domain:pull', () => ({ status: 'pulled', draft: pulled(host.drafts.get(domain.id)!, 2) }));
    await renderApp(host, { saveDelayMs: 0 });
    await openPublish(user);
    await user.type(screen.getByLabelText('API key'), 'K3y-secret');
    await user.type(screen.getByLabelText('Admin password'), 'pa55word');
    // The password is still being typed (the API key was saved when its field was left).
    expect(screen.getByText(/Typed: saved when you pause or leave the field/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(host.callsOf('connection:test')).toHaveLength(1));
    expect(host.callsOf('secrets:set')).toEqual([
      { domain_id: domain.id, name: 'api_key', value: 'K3y-secret' },
      { domain_id: domain.id, name: 'admin_password', value: 'pa55word' },
    ]);
    const order = channelOrder(host);
    expect(order.lastIndexOf('secrets:set')).toBeLessThan(order.indexOf('connection:test'));
    expect((screen.getByLabelText('API key') as HTMLInputElement).value).toBe('');

    await user.type(screen.getByLabelText('API key'), 'n3w-key');
    await user.click(screen.getByRole('button', { name: 'Pull from domain' }));
    await screen.findByText(/^Version 2, saved by Bea Admin/);
    expect(host.callsOf('secrets:set').at(-1)).toEqual({
      domain_id: domain.id,
      name: 'api_key',
      value: 'n3w-key',
    });
    const after = channelOrder(host);
    expect(after.lastIndexOf('secrets:set')).toBeLessThan(after.indexOf('domain:pull'));
  }, 30_000);
});

describe('publish tab: pull', () => {
  it('asks before pulling over local edits, lists what would be lost, and loads the kept result as a fresh start', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = host.addDomain('acme', (d) => pulled(d, 12));
    const modes: string[] = [];
    host.override('domain:pull', (input) => {
      modes.push(input.mode ?? 'check');
      if (input.mode === 'check') {
        return {
          status: 'needs_choice',
          local_changes: [
            {
              kind: 'profile',
              changes: [
                {
                  unit: 'request_parameters:mobile',
                  label: 'Request parameter "mobile"',
                  op: 'add',
                  after: 'mobile',
                },
                { unit: 'trigger:create_user', label: 'Trigger "Create User"', op: 'remove', before: 'on' },
              ],
            },
          ],
        };
      }
      return { status: 'pulled', draft: pulled(host.drafts.get(domain.id)!, 14) };
    });
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    store.getState().edit((d) => ({ ...d, admin_username: 'ada@acme.com' }));
    expect(store.temporal.getState().pastStates.length).toBeGreaterThan(0);
    await openPublish(user);

    await user.click(screen.getByRole('button', { name: 'Pull from domain' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Your draft has edits that are not on the domain',
    });
    const lost = within(dialog).getByRole('region', { name: 'Profile webhook: edits that would be lost' });
    expect(within(lost).getByText('Request parameter "mobile"')).toBeTruthy();
    expect(within(lost).getByText('switched off')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(modes).toEqual(['check']);

    await user.click(screen.getByRole('button', { name: 'Pull from domain' }));
    await user.click(await screen.findByRole('button', { name: 'Keep my edits on the new base' }));
    await screen.findByText(/^Version 14, saved by Bea Admin/);
    expect(modes).toEqual(['check', 'check', 'keep_local']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().draft?.remote?.profile?.version).toBe(14);
    // A pull is a new start: its undo history is cleared rather than half-undoable.
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    await store.getState().flushSaves();
    expect(host.drafts.get(domain.id)?.remote?.profile?.version).toBe(14);
  });

  it('pulls a never-edited draft straight away, without asking', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = host.addDomain('fresh');
    const modes: string[] = [];
    host.override('domain:pull', (input) => {
      modes.push(input.mode ?? 'check');
      return { status: 'pulled', draft: pulled(host.drafts.get(domain.id)!, 2) };
    });
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    await openPublish(user);
    await user.click(screen.getByRole('button', { name: 'Pull from domain' }));
    await screen.findByText(/^Version 2, saved by Bea Admin/);
    expect(modes).toEqual(['replace']);
    expect(store.getState().draft?.config.profile.incoming.notify_url).toMatch(/notify\/abc\.json$/);
  });

  it('does not apply a pull over edits made while it ran, and saves what is on screen over it', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = host.addDomain('acme', (d) => pulled(d, 12));
    let finish: () => void = () => undefined;
    host.override(
      'domain:pull',
      () =>
        new Promise((resolve) => {
          finish = () => {
            const fresh = pulled(host.drafts.get(domain.id)!, 15);
            host.drafts.set(domain.id, fresh); // the host saves the pulled draft
            resolve({ status: 'pulled', draft: fresh });
          };
        }),
    );
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    await openPublish(user);
    await user.click(screen.getByRole('button', { name: 'Pull from domain' }));
    await waitFor(() => expect(host.callsOf('domain:pull')).toHaveLength(1));
    store.getState().edit((d) => ({ ...d, admin_username: 'typed-meanwhile' }));
    await store.getState().flushSaves();
    finish();
    expect((await screen.findByRole('alert')).textContent).toContain('edited while it was being pulled');
    expect(store.getState().draft?.remote?.profile?.version).toBe(12);
    expect(host.drafts.get(domain.id)?.admin_username).toBe('typed-meanwhile');
    expect(host.drafts.get(domain.id)?.remote?.profile?.version).toBe(12);
  });
});
