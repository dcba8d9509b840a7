import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChannelInput } from '../../shared/bridge/contract';
import type { ReceiverStatusView } from '../../shared/bridge/harness-schemas';
import { parseRoutesFile } from '../../shared/routes-file/format';
import { FakeHost } from './support/fake-host';
import { harnessHost } from './support/harness-fixtures';
import { openTab, renderApp } from './support/render-app';

const URL_ = 'http://127.0.0.1:4100';
const FILE = {
  $schema: 'https://webhook-studio.app/schemas/routes-1.json',
  format_version: 1,
  routes: [
    { method: 'POST', path: '/hooks/users', status: 201, body: { id: 'W-{{employeeNumber}}' }, delayMs: 0 },
  ],
};

function receiverHost() {
  const host = new FakeHost();
  harnessHost(host);
  let status: ReceiverStatusView = { running: true, url: URL_, routes: [], inbox: 0 };
  host.override('harness:receiver-status', () => status);
  host.override('harness:inbox', () => []);
  host.override('harness:receiver-routes', (input: ChannelInput<'harness:receiver-routes'>) => {
    status = { ...status, routes: input.routes.map((r) => ({ status: 200, body: {}, delayMs: 0, ...r })) };
    return status;
  });
  return host;
}

afterEach(() => vi.restoreAllMocks());

describe('test tab: receiver routes as a file', () => {
  it('imports a routes file, sends its routes to the receiver, and exports them in the same format', async () => {
    const user = userEvent.setup();
    const host = receiverHost();
    await renderApp(host);
    await openTab(user, 'Test');
    await user.click(screen.getByRole('button', { name: 'Local receiver' }));
    const input = await screen.findByLabelText('Routes file to import');
    await user.upload(input, new File([JSON.stringify(FILE)], 'routes.json', { type: 'application/json' }));
    expect(((await screen.findByLabelText('Path, route 1')) as HTMLInputElement).value).toBe('/hooks/users');
    await screen.findByText('Routes saved.');
    const sent = host.callsOf('harness:receiver-routes') as ChannelInput<'harness:receiver-routes'>[];
    expect(sent.at(-1)).toEqual({ routes: FILE.routes });

    let exported = '';
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        void blob.text().then((t) => (exported = t));
        return 'blob:routes';
      }),
      revokeObjectURL: vi.fn(),
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Export routes' }));
    await vi.waitFor(() => expect(exported).not.toBe(''));
    expect(JSON.parse(exported)).toEqual(FILE);
    expect(parseRoutesFile(exported)).toEqual({ ok: true, routes: FILE.routes });
  });

  it('names what is wrong in a bad file by JSON path and keeps the routes as they were', async () => {
    const user = userEvent.setup();
    const host = receiverHost();
    await renderApp(host);
    await openTab(user, 'Test');
    await user.click(screen.getByRole('button', { name: 'Local receiver' }));
    const bad = { format_version: 1, routes: [{ method: 'POST', path: 'hooks', status: 700 }] };
    await user.upload(
      await screen.findByLabelText('Routes file to import'),
      new File([JSON.stringify(bad)], 'bad.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^bad\.json was not imported: routes\[0\]\.path: .*; routes\[0\]\.status: /,
    );
    expect(screen.queryByLabelText('Path, route 1')).toBeNull();
    expect(host.callsOf('harness:receiver-routes')).toEqual([]);
  });
});
