import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createHistoryGrouper } from '../../renderer/store/history';
import { FakeHost } from './support/fake-host';
import { renderApp, renderWithOneDomain } from './support/render-app';

describe('undo and redo', () => {
  it('undoes a typed word as one step, from the keyboard and the buttons', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithOneDomain();
    await user.click(screen.getByRole('button', { name: 'Add request parameter' }));
    const field = within(screen.getByRole('table', { name: 'Request Parameters' })).getByLabelText(
      'API field, row 1',
    ) as HTMLInputElement;
    await user.type(field, 'hello world');
    expect(field.value).toBe('hello world');

    await user.keyboard('{Control>}z{/Control}');
    expect(field.value).toBe('hello ');
    await user.keyboard('{Control>}z{/Control}');
    expect(field.value).toBe('');
    await user.keyboard('{Control>}z{/Control}');
    // The row itself was the first step.
    expect(store.getState().draft?.config.profile.outgoing.request_parameters).toHaveLength(0);

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(store.getState().draft?.config.profile.outgoing.request_parameters).toHaveLength(1);
    await user.keyboard('{Control>}y{/Control}');
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    const again = within(screen.getByRole('table', { name: 'Request Parameters' })).getByLabelText(
      'API field, row 1',
    ) as HTMLInputElement;
    expect(again.value).toBe('hello world');
    // The buttons follow once the frame showing the change has been painted.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Redo' }).hasAttribute('disabled')).toBe(true),
    );

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(again.value).toBe('hello ');
  });

  it('undoes checkbox and import-free edits one at a time and never crosses domains', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme');
    host.addDomain('beta');
    const { store } = await renderApp(host);
    await user.click(screen.getByRole('checkbox', { name: 'Create User' }));
    await user.click(screen.getByRole('checkbox', { name: 'Update User Profile' }));
    expect(store.getState().draft?.config.profile.outgoing.triggers).toEqual([
      'create_user',
      'update_user_profile',
    ]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().draft?.config.profile.outgoing.triggers).toEqual(['create_user']);

    await user.click(screen.getByRole('button', { name: 'beta' }));
    await screen.findByRole('heading', { name: 'beta', level: 1 });
    expect(screen.getByRole('button', { name: 'Undo' }).hasAttribute('disabled')).toBe(true);
  });

  it('groups keystrokes of one control only while they come quickly', () => {
    let now = 0;
    const grouper = createHistoryGrouper(() => now);
    const recorded: number[] = [];
    const record = grouper.wrap(() => recorded.push(now));
    const type = (at: number, options: Parameters<typeof grouper.begin>[0]) => {
      now = at;
      grouper.begin(options);
      record();
      grouper.end();
    };
    type(0, { group: 'a' });
    type(100, { group: 'a' });
    type(200, { group: 'b' }); // another control: a new step
    type(300, { group: 'b', endGroup: true }); // a space ends the word but belongs to it
    type(400, { group: 'b' });
    type(2000, { group: 'b' }); // a pause: a new step
    type(2100, undefined); // a non-typing edit is always its own step
    expect(recorded).toEqual([0, 200, 400, 2000, 2100]);
  });
});
