import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as Targets from '../../renderer/features/problems/targets';
import type { DomainDraft } from '../../shared/model/draft';
import { FakeHost } from './support/fake-host';
import { renderApp } from './support/render-app';

// Counts the renders of the list's entries: each one describes where its problem is once per render.
const described = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../renderer/features/problems/targets', async (load) => {
  const real = await load<typeof Targets>();
  return {
    ...real,
    describeLocation: (...args: Parameters<typeof real.describeLocation>) => {
      described.count++;
      return real.describeLocation(...args);
    },
  };
});

function bigDraft(d: DomainDraft): DomainDraft {
  const fields = d.catalogue.profile.filter((f) => !f.read_only).map((f) => f.key);
  const rows = Array.from({ length: 1000 }, (_, i) => ({
    id: `r${i}`,
    api_field: i === 899 ? ' padded' : `field${i}`,
    mangoapps_field: fields[i % fields.length] ?? 'email',
  }));
  const profile = d.config.profile;
  return {
    ...d,
    config: {
      ...d.config,
      profile: { ...profile, outgoing: { ...profile.outgoing, request_parameters: rows } },
      security: { oauth: { token_url: 'http://hr.example.com/token', username: 'sync' } },
    },
  };
}

describe('problems panel', () => {
  it('lists errors before warnings and jumps to a row far down a windowed table', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('big', bigDraft);
    await renderApp(host);

    const badge = screen.getByRole('button', { name: /^Problems/ });
    const count = screen.getByTestId('problems-count');
    expect(Number(count.textContent)).toBeGreaterThan(0);
    expect(Number(count.getAttribute('data-errors'))).toBe(2);
    await user.click(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('true');

    const panel = screen.getByRole('region', { name: /Problems/ });
    const items = within(within(panel).getByRole('list')).getAllByRole('button');
    const severities = items.map((b) => b.querySelector('.severity')?.textContent);
    expect(severities.slice(0, 2)).toEqual(['Error', 'Error']);
    expect(severities.indexOf('Warning')).toBeGreaterThan(1);
    expect(severities.lastIndexOf('Error')).toBe(1);

    // Row 900 is far outside the rendered window before the jump.
    expect(screen.queryByLabelText('API field, row 900')).toBeNull();
    const rowProblem = items.find((b) => b.textContent?.includes('row 900'));
    expect(rowProblem).toBeDefined();
    await user.click(rowProblem as HTMLElement);
    await vi.waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('API field, row 900'),
    );
    expect((document.activeElement as HTMLInputElement).value).toBe(' padded');
  });

  it('switches to the tab a problem lives on and focuses the field', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('big', bigDraft);
    await renderApp(host);
    await user.click(screen.getByRole('tab', { name: 'Field catalogue' }));
    await user.click(screen.getByRole('button', { name: /^Problems/ }));
    const panel = screen.getByRole('region', { name: /Problems/ });
    await user.click(within(panel).getByRole('button', { name: /Token URL/ }));

    expect(screen.getByRole('tab', { name: 'Security' }).getAttribute('aria-selected')).toBe('true');
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Token URL')));
    expect(screen.getByLabelText('Token URL').getAttribute('aria-invalid')).toBe('true');
  });

  it('re-renders only the entries an edit changed while it is open', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('big', bigDraft);
    await renderApp(host);
    await user.click(screen.getByRole('button', { name: /^Problems/ }));
    const panel = screen.getByRole('region', { name: /Problems/ });
    const list = within(panel).getByRole('list');
    expect(within(list).getAllByRole('button').length).toBe(200);
    expect(within(panel).getByRole('heading').textContent).toMatch(/2 errors/);

    // Emptying row 1's API field adds an error at the top of the list: the entries below move down one
    // place, and none of them is rendered again for that.
    described.count = 0;
    await user.clear(screen.getByLabelText('API field, row 1'));
    await waitFor(() => expect(within(panel).getByRole('heading').textContent).toMatch(/3 errors/));
    expect(within(list).getAllByRole('button')[0]?.textContent).toMatch(/row 1$/);
    expect(described.count).toBeLessThan(5);
  });
});
