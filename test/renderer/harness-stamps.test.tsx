import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelInput } from '../../shared/bridge/contract';
import { FakeHost } from './support/fake-host';
import { flaggedTrace, harnessHost, priyaMatched } from './support/harness-fixtures';
import { renderApp, openTab } from './support/render-app';

const scrolled: Element[] = [];

beforeEach(() => {
  scrolled.length = 0;
  // jsdom lays nothing out, so it has no scrollIntoView; record which element asked to be shown.
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});

afterEach(() => {
  vi.restoreAllMocks();
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

const matched = priyaMatched();

function stampOf(section: HTMLElement): { text: string; at: number } {
  const line = section.querySelector('.run-stamp');
  const time = line?.querySelector('time');
  return { text: line?.textContent ?? '', at: Date.parse(time?.getAttribute('dateTime') ?? '') };
}

describe('test tab: result stamps', () => {
  it('stamps each delivery trace with its trigger, sample and time, and a new run visibly replaces it', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    harnessHost(host);
    host.override('harness:fire', (input: ChannelInput<'harness:fire'>) => flaggedTrace(input.target));
    await renderApp(host);
    await openTab(user, 'Test');
    await screen.findByRole('option', { name: 'Priya Raman' });

    const before = Date.now();
    await user.click(screen.getByRole('button', { name: 'Fire' }));
    const trace = await screen.findByRole('region', { name: 'Delivery trace' });
    const first = stampOf(trace);
    expect(first.text).toMatch(/^Run 1: Fire Create User with Priya Raman at the local receiver, at /);
    expect(first.at).toBeGreaterThanOrEqual(before - 1000);
    expect(first.text).not.toMatch(/replaces/);
    expect(scrolled).toContain(trace);

    scrolled.length = 0;
    await user.click(screen.getByRole('radio', { name: /Post to URL/ }));
    await user.click(screen.getByRole('button', { name: 'Fire' }));
    await waitFor(() => expect(stampOf(trace).text).toMatch(/^Run 2: Fire .* at the Post to URL/));
    expect(stampOf(trace).text).toMatch(/replaces run 1$/);
    expect(stampOf(trace).at).toBeGreaterThanOrEqual(first.at);
    expect(screen.getAllByRole('region', { name: 'Delivery trace' })).toHaveLength(1);
    expect(scrolled).toContain(screen.getByRole('region', { name: 'Delivery trace' }));
  });

  it('stamps the round trip and the incoming result the same way', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    harnessHost(host);
    host.override('harness:round-trip', () => ({ ok: true, delivery: flaggedTrace('r'), notify: matched }));
    host.override('harness:notify', () => matched);
    await renderApp(host);
    await openTab(user, 'Test');
    await screen.findByRole('option', { name: 'Priya Raman' });

    await user.click(screen.getByRole('button', { name: 'Round trip' }));
    const round = (await screen.findByRole('heading', { name: 'Round trip' })).closest('section')!;
    expect(stampOf(round).text).toMatch(/^Run 1: Round trip Create User with Priya Raman, at /);
    expect(scrolled).toContain(round);
    await user.click(screen.getByRole('button', { name: 'Round trip' }));
    await waitFor(() => expect(stampOf(round).text).toMatch(/^Run 2: .*replaces run 1$/));
    // The nested delivery inside the round trip carries no second stamp.
    expect(round.querySelectorAll('.run-stamp')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Incoming' }));
    await user.click(await screen.findByRole('button', { name: 'Send to the local domain' }));
    const result = (await screen.findByRole('heading', { name: 'Result' })).closest('section')!;
    expect(stampOf(result).text).toMatch(/^Run 1: Send Priya Raman’s payload to the local domain, at /);
    expect(within(result).getByText(/Matched user Priya Raman/)).toBeTruthy();
    expect(scrolled).toContain(result);
  });
});
