import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/bridge/contract';
import type { ReceiverStatusView } from '../../shared/bridge/harness-schemas';
import { FakeHost } from './support/fake-host';
import { flaggedTrace, harnessHost, noRouteTrace } from './support/harness-fixtures';
import { renderApp, openTab } from './support/render-app';

const URL_ = 'http://127.0.0.1:4100';

/** Lets the host's answer reach the screen before asserting that something is absent. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

function receiverHost() {
  const host = new FakeHost();
  harnessHost(host);
  let status: ReceiverStatusView = { running: true, url: URL_, routes: [], inbox: 0 };
  host.override('harness:receiver-status', () => status);
  host.override('harness:receiver-routes', (input: ChannelInput<'harness:receiver-routes'>) => {
    status = { ...status, routes: input.routes.map((r) => ({ status: 200, body: {}, delayMs: 0, ...r })) };
    return status;
  });
  // The receiver's default answer holds no response parameters; the host reports the missing route.
  // A Post to URL that leaves fields out is the mapping's (or the third party's) problem instead.
  host.override('harness:fire', (input: ChannelInput<'harness:fire'>) =>
    input.target === 'receiver'
      ? noRouteTrace(`${URL_}/hooks/mangoapps`)
      : flaggedTrace('https://hr.example.com/hooks'),
  );
  return host;
}

describe('test tab: the first fire at the local receiver', () => {
  it('says a route for the path is missing, not the mapping, and adds one right there', async () => {
    const user = userEvent.setup();
    const host = receiverHost();
    await renderApp(host);
    await openTab(user, 'Test');
    await screen.findByRole('option', { name: 'Priya Raman' });
    await user.click(screen.getByRole('button', { name: 'Fire' }));
    const trace = await screen.findByRole('region', { name: 'Delivery trace' });
    const hint = await within(trace).findByRole('note');
    expect(hint.textContent).toMatch(/no route for POST \/hooks\/mangoapps/);
    expect(hint.textContent).toMatch(/A route for this path is missing, not the mapping/);

    await user.click(
      within(hint).getByRole('button', { name: 'Add route answering the response parameters' }),
    );
    await within(trace).findByText(/Route added for \/hooks\/mangoapps\. Fire again/);
    const sent = host.callsOf('harness:receiver-routes') as ChannelInput<'harness:receiver-routes'>[];
    expect(sent).toHaveLength(1);
    expect(sent[0]?.routes).toEqual([
      {
        method: 'POST',
        path: '/hooks/mangoapps',
        status: 200,
        delayMs: 0,
        body: { data: { workerId: 'desk_extension-{{$id}}' }, title: 'title-{{$id}}' },
      },
    ]);

    // Now a route answers the path: a missing field there is the route's or the mapping's, no hint.
    await user.click(screen.getByRole('button', { name: 'Fire' }));
    await waitFor(() => expect(within(trace).queryByText(/Route added/)).toBeNull());
    await waitFor(() => expect(host.callsOf('harness:receiver-status').length).toBeGreaterThan(1));
    await settle();
    expect(within(trace).queryByRole('note')).toBeNull();
  });

  it('says nothing about routes when the answer lacked fields for another reason', async () => {
    const user = userEvent.setup();
    const host = receiverHost();
    // A scripted route that leaves a field out: the route's or the mapping's problem, not a missing route.
    host.override('harness:fire', (input: ChannelInput<'harness:fire'>) =>
      flaggedTrace(input.target === 'receiver' ? `${URL_}/hooks/mangoapps` : 'https://hr.example.com/hooks'),
    );
    await renderApp(host);
    await openTab(user, 'Test');
    await screen.findByRole('option', { name: 'Priya Raman' });
    await user.click(screen.getByRole('button', { name: 'Fire' }));
    const trace = await screen.findByRole('region', { name: 'Delivery trace' });
    await within(trace).findByText(/check the response parameters/);
    await settle();
    expect(within(trace).queryByRole('note')).toBeNull();

    await user.click(screen.getByRole('radio', { name: /Post to URL/ }));
    await user.click(screen.getByRole('button', { name: 'Fire' }));
    await waitFor(() => expect(host.callsOf('harness:fire')).toHaveLength(2));
    await settle();
    expect(within(screen.getByRole('region', { name: 'Delivery trace' })).queryByRole('note')).toBeNull();
  });
});
