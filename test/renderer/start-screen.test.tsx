import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { validateDraft } from '../../shared/validation/validate-draft';
import { FakeHost } from './support/fake-host';
import { pulled } from './support/publish-fixtures';
import { renderApp } from './support/render-app';

const START = 'How do you want to start?';

function freshDomain() {
  const host = new FakeHost();
  const domain = host.addDomain('acme', (d) => ({ ...d, base_url: 'https://acme.mangoapps.com' }));
  return { host, domain };
}

describe('start screen of a new domain', () => {
  it('recommends connecting and pulling, and takes the admin to the connection', async () => {
    const user = userEvent.setup();
    const { host } = freshDomain();
    await renderApp(host, { startScreen: true });
    const heading = await screen.findByRole('heading', { name: START });
    expect(document.activeElement).toBe(heading);
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.getByText('Recommended').closest('li')?.textContent).toMatch(
      /Connect and pull the live configuration/,
    );
    await user.click(screen.getByRole('button', { name: 'Connect and pull' }));
    expect(await screen.findByRole('heading', { name: 'Connection' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Publish' }).getAttribute('aria-selected')).toBe('true');
  }, 30_000);

  it('starts from a valid example draft that undo takes out again', async () => {
    const user = userEvent.setup();
    const { host } = freshDomain();
    const { store } = await renderApp(host, { startScreen: true, saveDelayMs: 0 });
    await user.click(await screen.findByRole('button', { name: 'Use the example' }));
    expect(((await screen.findByLabelText('Post to URL')) as HTMLInputElement).value).toBe(
      'https://hr.example.com/hooks/mangoapps',
    );
    const draft = store.getState().draft!;
    expect(draft.config.profile.incoming.input_parameters.filter((r) => r.identifier)).toHaveLength(1);
    expect(draft.config.location.outgoing.request_parameters.length).toBeGreaterThan(0);
    expect(validateDraft(draft)).toEqual([]);
    await waitFor(() =>
      expect(JSON.stringify(host.callsOf('drafts:save').at(-1))).toContain('hr.example.com'),
    );

    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByRole('heading', { name: START })).toBeTruthy();
  }, 30_000);

  it('starts empty on request, and does not come back for that domain', async () => {
    const user = userEvent.setup();
    const { host } = freshDomain();
    const { store } = await renderApp(host, { startScreen: true });
    await user.click(await screen.findByRole('button', { name: 'Start empty' }));
    expect(await screen.findByRole('tablist', { name: 'Configuration sections' })).toBeTruthy();
    expect(store.getState().draft?.config.profile.outgoing.request_parameters).toEqual([]);
    await user.click(screen.getByRole('tab', { name: 'Security' }));
    await user.click(screen.getByRole('tab', { name: 'Profile webhook' }));
    expect(screen.queryByRole('heading', { name: START })).toBeNull();
  }, 30_000);

  it('does not show for a pulled domain', async () => {
    const host = new FakeHost();
    host.addDomain('acme', (d) => pulled(d, 3));
    await renderApp(host, { startScreen: true });
    expect(await screen.findByRole('tablist', { name: 'Configuration sections' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: START })).toBeNull();
  });
});
