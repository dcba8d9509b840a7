import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { withProfileOutgoing } from './support/draft-fixtures';
import { FakeHost } from './support/fake-host';
import { renderApp, renderWithOneDomain } from './support/render-app';

function table(name: string) {
  return screen.getByRole('table', { name });
}

describe('mapping table', () => {
  it('adds rows, edits them, removes one and reorders with buttons and Alt+arrows', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithOneDomain();

    const add = screen.getByRole('button', { name: 'Add request parameter' });
    await user.click(add);
    await user.click(add);
    await user.click(add);
    const request = table('Request Parameters');
    await user.type(within(request).getByLabelText('API field, row 1'), 'first');
    await user.type(within(request).getByLabelText('API field, row 2'), 'second');
    await user.type(within(request).getByLabelText('API field, row 3'), 'third');
    const names = () =>
      store.getState().draft?.config.profile.outgoing.request_parameters.map((r) => r.api_field);
    expect(names()).toEqual(['first', 'second', 'third']);

    await user.click(within(request).getByRole('button', { name: 'Move row 1 down' }));
    expect(names()).toEqual(['second', 'first', 'third']);
    expect((within(request).getByLabelText('API field, row 2') as HTMLInputElement).value).toBe('first');

    within(request).getByLabelText('API field, row 3').focus();
    fireEvent.keyDown(within(request).getByLabelText('API field, row 3'), { key: 'ArrowUp', altKey: true });
    expect(names()).toEqual(['second', 'third', 'first']);

    await user.click(within(request).getByRole('button', { name: 'Remove row 1' }));
    expect(names()).toEqual(['third', 'first']);
    expect(within(request).queryByLabelText('API field, row 3')).toBeNull();
    // The first and last rows cannot move past the ends.
    expect(within(request).getByRole('button', { name: 'Move row 1 up' }).hasAttribute('disabled')).toBe(
      true,
    );
    expect(within(request).getByRole('button', { name: 'Move row 2 down' }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  it('keeps exactly one identifier among input rows', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithOneDomain();

    const add = screen.getByRole('button', { name: 'Add input parameter' });
    await user.click(add);
    await user.click(add);
    await user.click(add);
    const input = table('Input Parameters');
    const radio = (n: number) =>
      within(input).getByRole('radio', { name: `User Identifier, row ${n}` }) as HTMLInputElement;
    // The first row added becomes the identifier, since one is required.
    expect([radio(1).checked, radio(2).checked, radio(3).checked]).toEqual([true, false, false]);
    await user.click(radio(3));
    expect([radio(1).checked, radio(2).checked, radio(3).checked]).toEqual([false, false, true]);
    const flags = store.getState().draft?.config.profile.incoming.input_parameters.map((r) => r.identifier);
    expect(flags).toEqual([false, false, true]);
  });

  it('shows an inline error at the row and clears it when fixed', async () => {
    const user = userEvent.setup();
    await renderWithOneDomain();

    const add = screen.getByRole('button', { name: 'Add request parameter' });
    await user.click(add);
    await user.click(add);
    const request = table('Request Parameters');
    await user.type(within(request).getByLabelText('API field, row 1'), 'employeeNumber');
    const second = within(request).getByLabelText('API field, row 2');
    await user.type(second, 'employeeNumber');

    // Problems follow the frame that paints the typed text (until then the row may still show the
    // problem it had while empty).
    const messageOf = () => document.getElementById(second.getAttribute('aria-describedby') ?? '');
    await waitFor(() => expect(messageOf()?.textContent).toMatch(/employeeNumber/));
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(messageOf()?.textContent).toMatch(/Error:/);

    await user.type(second, '2');
    await waitFor(() => expect(second.getAttribute('aria-invalid')).toBeNull());
    expect(second.getAttribute('aria-describedby')).toBeNull();
  });

  it("keeps each row's two fields in a form of their own that never submits, and the identifiers in one group", async () => {
    const user = userEvent.setup();
    await renderWithOneDomain();
    for (const name of [
      'Add request parameter',
      'Add request parameter',
      'Add input parameter',
      'Add input parameter',
    ])
      await user.click(screen.getByRole('button', { name }));

    const request = table('Request Parameters');
    const api = (n: number) => within(request).getByLabelText(`API field, row ${n}`) as HTMLInputElement;
    const form = api(1).form;
    expect(form).not.toBeNull();
    expect([...form!.elements]).toEqual([api(1), within(request).getByLabelText('MangoApps field, row 1')]);
    expect(api(2).form).not.toBe(form);
    // The form has no box: its cells are still the row's cells.
    expect(within(request).getAllByRole('row')[1]!.contains(form)).toBe(true);
    expect(within(form!).getAllByRole('cell')).toHaveLength(2);
    // Submitting is refused, whatever asks for it (Enter, a script).
    expect(fireEvent.submit(form!)).toBe(false);
    // The identifier radios stay outside the rows' forms, so they remain one group.
    const radios = within(table('Input Parameters')).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.form)).toEqual([null, null]);
  });

  it('renders only a window of a 1,000-row table and still edits the right row', async () => {
    const host = new FakeHost();
    host.addDomain('big', (d) => {
      const rows = Array.from({ length: 1000 }, (_, i) => ({
        id: `r${i}`,
        api_field: `f${i}`,
        mangoapps_field: 'email',
      }));
      return withProfileOutgoing(d, { request_parameters: rows });
    });
    const { store } = await renderApp(host);
    const request = table('Request Parameters');
    expect(request.getAttribute('aria-rowcount')).toBe('1001');
    const rendered = within(request).getAllByRole('row').length;
    expect(rendered).toBeLessThan(40);

    const body = request.querySelector('.mapping-body') as HTMLDivElement;
    act(() => {
      fireEvent.scroll(body, { target: { scrollTop: 500 * 64 } });
    });
    const row501 = within(request).getByLabelText('API field, row 501') as HTMLInputElement;
    expect(row501.value).toBe('f500');
    fireEvent.change(row501, { target: { value: 'changed' } });
    expect(store.getState().draft?.config.profile.outgoing.request_parameters[500]?.api_field).toBe(
      'changed',
    );
  });
});

describe('validation timing', () => {
  it('keeps a just-added row quiet until it is edited or left, while the Problems count already has it', async () => {
    const user = userEvent.setup();
    await renderWithOneDomain();
    await user.click(screen.getByRole('button', { name: 'Add request parameter' }));
    const field = screen.getByLabelText('API field, row 1');
    expect(document.activeElement).toBe(field);
    // Once the new row's problems have been found (the frame after the one that shows it), the row
    // still says nothing.
    await waitFor(() =>
      expect(Number(screen.getByTestId('problems-count').dataset['errors'])).toBeGreaterThan(0),
    );
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/API field is empty/)).toBeNull();

    await user.tab();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(/API field is empty|is empty/).length).toBeGreaterThan(0);
  });

  it('never shows, even for a frame, what a just-added row lacked once its first character is typed', async () => {
    const user = userEvent.setup();
    await renderWithOneDomain();
    await user.click(screen.getByRole('button', { name: 'Add request parameter' }));
    await user.click(screen.getByRole('button', { name: 'Add request parameter' }));
    const second = screen.getByLabelText('API field, row 2');
    await waitFor(() =>
      expect(Number(screen.getByTestId('problems-count').dataset['errors'])).toBeGreaterThan(0),
    );
    const shown: string[] = [];
    const watch = new MutationObserver(() => {
      const id = second.getAttribute('aria-describedby');
      if (id) shown.push(document.getElementById(id)?.textContent ?? '');
    });
    watch.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    await user.type(second, 'e');
    await user.type(screen.getByLabelText('API field, row 1'), 'e');
    // Row 2 now duplicates row 1: that is the first thing it ever says.
    await waitFor(() => expect(shown.some((text) => /duplicate|more than once|"e"/i.test(text))).toBe(true));
    watch.disconnect();
    expect(shown.filter((text) => /is empty/.test(text))).toEqual([]);
  });
});
