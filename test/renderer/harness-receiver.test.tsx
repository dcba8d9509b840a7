import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/bridge/contract';
import type { InboxEntryView, ReceiverStatusView } from '../../shared/bridge/harness-schemas';
import { FakeHost } from './support/fake-host';
import { harnessHost } from './support/harness-fixtures';
import { renderApp, openTab } from './support/render-app';

const URL_ = 'http://127.0.0.1:4100';

const captured: InboxEntryView = {
  id: 'rcv-1',
  seq: 1,
  at: '2026-11-21T09:00:00.000Z',
  method: 'POST',
  path: '/hooks/mangoapps',
  headers: {
    host: '127.0.0.1:4100',
    'content-type': 'application/json',
    authorization: 'Bearer •••',
    'x-mangoapps-event': 'create_user',
    'content-length': '26',
  },
  body: '{"employeeNumber":"E1001"}',
  truncated: false,
  route: 'POST /hooks/mangoapps',
  response: { status: 200, body: '{"title":"CTO"}', delayMs: 0 },
};

function receiverHost() {
  const host = new FakeHost();
  const domain = harnessHost(host);
  let status: ReceiverStatusView = { running: false, url: null, routes: [], inbox: 0 };
  host.override('harness:receiver-status', () => status);
  host.override('harness:receiver-start', () => (status = { ...status, running: true, url: URL_, inbox: 1 }));
  host.override('harness:receiver-stop', () => (status = { ...status, running: false, url: null }));
  host.override('harness:receiver-routes', (input: ChannelInput<'harness:receiver-routes'>) => {
    status = { ...status, routes: input.routes.map((r) => ({ status: 200, body: {}, delayMs: 0, ...r })) };
    return status;
  });
  host.override('harness:inbox', () => (status.running ? [captured] : []));
  host.override('harness:replay', (input: ChannelInput<'harness:replay'>) => ({
    ok: true,
    request: {
      method: input.method ?? 'POST',
      url: input.url ?? `${URL_}/hooks/mangoapps`,
      headers: {},
      body: input.body ?? '',
    },
    response: { status: 200, headers: {}, body: '{"title":"Chief"}', ms: 3 },
  }));
  return { host, domain };
}

describe('test tab: local receiver', () => {
  it('starts and stops, and scripts a route from the response parameters with its JSON checked', async () => {
    const user = userEvent.setup();
    const { host } = receiverHost();
    await renderApp(host);
    await openTab(user, 'Test');
    await user.click(screen.getByRole('button', { name: 'Local receiver' }));
    expect(await screen.findByText('Stopped')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Start receiver' }));
    expect((await screen.findByText(/Running at/)).textContent).toContain(URL_);

    await user.click(screen.getByRole('button', { name: 'Add route answering the response parameters' }));
    expect((screen.getByLabelText('Path, route 1') as HTMLInputElement).value).toBe('/hooks/mangoapps');
    const body = screen.getByLabelText('Body template, route 1') as HTMLTextAreaElement;
    expect(JSON.parse(body.value)).toEqual({
      data: { workerId: 'desk_extension-{{$id}}' },
      title: 'title-{{$id}}',
    });
    await user.clear(screen.getByLabelText('Delay (ms), route 1'));
    await user.type(screen.getByLabelText('Delay (ms), route 1'), '250');
    await user.clear(body);
    await user.type(body, '{{"title": "{{{{jobTitle}}"');
    // Routes save themselves once they check out; a broken one is named and kept as typed, never sent.
    expect((await screen.findByRole('alert')).textContent).toMatch(/Route 1: The body template is not JSON/);
    const sent = () => host.callsOf('harness:receiver-routes') as ChannelInput<'harness:receiver-routes'>[];
    expect(sent().every((c) => c.routes.every((r) => r.delayMs === 0))).toBe(true);
    await user.type(body, '}');
    await screen.findByText('Routes saved.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(sent().at(-1)).toEqual({
      routes: [
        {
          method: 'POST',
          path: '/hooks/mangoapps',
          status: 200,
          delayMs: 250,
          body: { title: '{{jobTitle}}' },
        },
      ],
    });

    // A sub-tab switch loses nothing, saved or still being typed.
    await user.type(body, '   ');
    await user.click(screen.getByRole('button', { name: 'Outgoing' }));
    await user.click(screen.getByRole('button', { name: 'Local receiver' }));
    expect(((await screen.findByLabelText('Delay (ms), route 1')) as HTMLInputElement).value).toBe('250');
    expect((screen.getByLabelText('Body template, route 1') as HTMLTextAreaElement).value).toBe(
      '{"title": "{{jobTitle}}"}   ',
    );

    await user.click(screen.getByRole('button', { name: 'Stop receiver' }));
    expect(await screen.findByText('Stopped')).toBeTruthy();
  }, 30_000);

  it('inspects a captured request, replays it, and edits it before replaying, sending only the edits', async () => {
    const user = userEvent.setup();
    const { host, domain } = receiverHost();
    host.override('harness:receiver-status', () => ({ running: true, url: URL_, routes: [], inbox: 1 }));
    host.override('harness:inbox', () => [captured]);
    await renderApp(host);
    await openTab(user, 'Test');
    await user.click(screen.getByRole('button', { name: 'Local receiver' }));
    const inbox = await screen.findByRole('table', { name: 'Captured requests' });
    const inspect = within(inbox).getByRole('button', { name: 'Inspect request 1' });
    await user.click(inspect);
    expect(inspect.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('group', { name: 'Body of request 1' }).textContent).toContain(
      '"employeeNumber": "E1001"',
    );
    expect(screen.getByLabelText('Headers of request 1').textContent).toContain('Bearer •••');
    // Header names as the request preview writes them, not the lower case the receiver stores.
    const names = within(screen.getByLabelText('Headers of request 1'))
      .getAllByRole('term')
      .map((t) => t.textContent);
    expect(names).toEqual(expect.arrayContaining(['Content-Type', 'X-MangoApps-Event']));
    // The button keeps its label (and width) when open; aria-expanded says it is open.
    expect(inspect.textContent).toBe('Inspect');

    await user.click(within(inbox).getByRole('button', { name: 'Replay request 1' }));
    expect(await screen.findByText('Replayed.')).toBeTruthy();
    expect(host.callsOf('harness:replay')[0]).toEqual({ id: domain.id, entry_id: 'rcv-1' });

    await user.click(within(inbox).getByRole('button', { name: 'Edit and replay request 1' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit and replay POST /hooks/mangoapps' });
    const headers = within(dialog).getByLabelText(/Headers/) as HTMLTextAreaElement;
    expect(headers.value).not.toMatch(/content-length|^host/m);
    await user.clear(headers);
    await user.type(
      headers,
      'content-type: application/json{Enter}authorization: Bearer •••{Enter}X-Test: yes',
    );
    const bodyBox = within(dialog).getByLabelText('Body');
    await user.clear(bodyBox);
    await user.type(bodyBox, '{{"employeeNumber":"E2002"}');
    await user.click(within(dialog).getByRole('button', { name: 'Replay' }));
    await waitFor(() => expect(host.callsOf('harness:replay')).toHaveLength(2));
    expect(host.callsOf('harness:replay')[1]).toEqual({
      id: domain.id,
      entry_id: 'rcv-1',
      url: `${URL_}/hooks/mangoapps`,
      headers: { 'x-mangoapps-event': null, 'X-Test': 'yes' },
      body: '{"employeeNumber":"E2002"}',
    });
    expect(JSON.stringify(host.callsOf('harness:replay'))).not.toContain('•••');
  });
});
