import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DomainDraft } from '../../shared/model/draft';
import { FakeHost } from './support/fake-host';
import { openTab, renderApp } from './support/render-app';

const ROWS: [string, string][] = [
  ['employeeNumber', 'employee_id'],
  ['mail', 'email'],
  ['jobCode', 'title'],
  ['dept', 'department'],
  ['cell', 'mobile'],
  ['workEmail', 'email'],
  ['costCenter', 'department'],
  ['', 'title'],
];

function withRows(d: DomainDraft): DomainDraft {
  d.config.profile.outgoing.request_parameters = ROWS.map(([api_field, mangoapps_field], i) => ({
    id: `r${i}`,
    api_field,
    mangoapps_field,
  }));
  return d;
}

const apiFields = (table: HTMLElement) =>
  within(table)
    .queryAllByRole('textbox')
    .filter((el) => el.getAttribute('aria-label')?.startsWith('API field'))
    .map((el) => el.getAttribute('aria-label'));

describe('filters', () => {
  it('filters a mapping table by API Field or MangoApps field, keeping row numbers, with a count and Clear', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme', withRows);
    await renderApp(host);
    const table = screen.getByRole('table', { name: 'Request Parameters' });
    const box = screen.getByRole('searchbox', { name: 'Filter Request Parameters' });
    expect(screen.getByText('8 in all')).toBeTruthy();

    await user.type(box, 'mail');
    // "mail", "workEmail" by API field; "email" rows by MangoApps field key.
    expect(apiFields(table)).toEqual(['API field, row 2', 'API field, row 6']);
    expect(screen.getByText('2 of 8 shown')).toBeTruthy();

    await user.clear(box);
    await user.type(box, 'job title');
    // By the catalogue label of the MangoApps field ("Job Title").
    expect(apiFields(table)).toEqual(['API field, row 3', 'API field, row 8']);

    await user.click(screen.getByRole('button', { name: 'Clear: Filter Request Parameters' }));
    expect(apiFields(table)).toHaveLength(8);
    await user.type(box, 'zzz');
    expect(screen.getByText('No row matches “zzz”.')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
    expect(apiFields(table)).toHaveLength(8);
  });

  it('clears the filter and says so when a problem jump targets a row it hides', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme', withRows);
    await renderApp(host);
    const box = screen.getByRole('searchbox', { name: 'Filter Request Parameters' });
    await user.type(box, 'dept');
    expect(screen.queryByLabelText('API field, row 8')).toBeNull();

    await user.click(screen.getByRole('button', { name: /^Problems/ }));
    const panel = screen.getByRole('region', { name: /Problems/ });
    const item = within(panel)
      .getAllByRole('button')
      .find((b) => /row 8/.test(b.textContent ?? ''));
    await user.click(item as HTMLElement);
    await vi.waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('API field, row 8'),
    );
    expect((box as HTMLInputElement).value).toBe('');
    expect(screen.getByText('Filter cleared to show row 8.')).toBeTruthy();
  });

  it('clears the filter when a row is added, so the new row is in view', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme', withRows);
    await renderApp(host);
    await user.type(screen.getByRole('searchbox', { name: 'Filter Request Parameters' }), 'dept');
    await user.click(screen.getByRole('button', { name: 'Add request parameter' }));
    await vi.waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('API field, row 9'),
    );
  });

  it('filters the field catalogue by label or key, and the picker counts what it shows', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme', withRows);
    await renderApp(host);

    const picker = screen.getByRole('combobox', { name: /MangoApps field, row 1$/ });
    await user.click(picker);
    fireEvent.change(picker, { target: { value: 'mail' } });
    expect(screen.getByText(/^\d+ of \d+ fields shown$/).textContent).toMatch(/^([1-9]\d*) of \d+/);
    await user.keyboard('{Escape}');

    await openTab(user, 'Field catalogue');
    const total = host.drafts.values().next().value!.catalogue.profile.length;
    const heading = screen.getByRole('heading', { name: /Profile fields/ });
    const section = heading.closest('section') as HTMLElement;
    await user.type(within(section).getByRole('searchbox', { name: 'Filter profile fields' }), 'employee');
    const labels = within(section)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(labels).toContain('Employee ID');
    expect(labels).not.toContain('Email / Login');
    expect(within(section).getByText(`${labels.length} of ${total} shown`)).toBeTruthy();
  });
});
