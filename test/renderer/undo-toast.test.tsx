import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DomainDraft } from '../../shared/model/draft';
import { FakeHost } from './support/fake-host';
import { openTab, renderApp, renderWithOneDomain } from './support/render-app';

function withRows(d: DomainDraft): DomainDraft {
  d.config.profile.outgoing.request_parameters = [
    { id: 'r0', api_field: 'employeeNumber', mangoapps_field: 'employee_id' },
    { id: 'r1', api_field: 'mail', mangoapps_field: 'email' },
    { id: 'r2', api_field: 'jobCode', mangoapps_field: 'title' },
  ];
  return d;
}

const toast = () => screen.getAllByRole('status').find((s) => s.classList.contains('toast') && s.textContent);

describe('undo of a change out of sight', () => {
  it('says what was undone on another tab and Show goes to it', async () => {
    const user = userEvent.setup();
    await renderWithOneDomain();
    await openTab(user, 'Location webhook');
    await user.type(screen.getByLabelText('Post to URL'), 'https://sites.example.com');
    await openTab(user, 'Profile webhook');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(() => expect(toast()?.textContent).toMatch(/^Undid: Post to URL \(Location webhook\)/));
    await user.click(within(toast()!).getByRole('button', { name: 'Show' }));
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('location-post-url'));
    expect(toast()).toBeUndefined();
  });

  it('names a removed row by number and API Field, and Show focuses it once restored', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme', withRows);
    await renderApp(host);
    await user.click(screen.getByRole('button', { name: 'Remove row 2' }));
    await openTab(user, 'Security');

    await user.keyboard('{Control>}z{/Control}');
    await vi.waitFor(() =>
      expect(toast()?.textContent).toMatch(
        /^Undid: removed row 2 “mail” \(Profile webhook › Request Parameters\)/,
      ),
    );
    await user.click(within(toast()!).getByRole('button', { name: 'Show' }));
    await vi.waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('API field, row 2'),
    );

    await openTab(user, 'Security');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    // Redone, the row is gone again: Show can only point at its table.
    await vi.waitFor(() => expect(toast()?.textContent).toMatch(/^Redid: removed row 2 “mail”/));
  });

  it('a row the filter hides: Show clears the filter to reach it', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme', (d) => {
      withRows(d).config.profile.outgoing.request_parameters.push(
        { id: 'r3', api_field: 'dept', mangoapps_field: 'department' },
        { id: 'r4', api_field: 'cell', mangoapps_field: 'mobile' },
        { id: 'r5', api_field: 'costCenter', mangoapps_field: 'department' },
      );
      return d;
    });
    await renderApp(host);
    await user.type(screen.getByLabelText('API field, row 2'), 'X');
    await user.type(screen.getByRole('searchbox', { name: 'Filter Request Parameters' }), 'dept');
    expect(screen.queryByLabelText('API field, row 2')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(() =>
      expect(toast()?.textContent).toMatch(
        /^Undid: edited row 2 “mailX” \(Profile webhook › Request Parameters\)/,
      ),
    );
    await user.click(within(toast()!).getByRole('button', { name: 'Show' }));
    await vi.waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('API field, row 2'),
    );
    expect(screen.getByText('Filter cleared to show row 2.')).toBeTruthy();
  });

  it('stays quiet when the undone change is on screen', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithOneDomain();
    await user.type(screen.getByLabelText('Post to URL'), 'https://hr.example.com');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(store.getState().draft?.config.profile.outgoing.post_url).toBe('');
    expect(toast()).toBeUndefined();
  });
});
