import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeHost } from './support/fake-host';
import { pulled } from './support/publish-fixtures';
import { renderApp } from './support/render-app';

describe('header: unpublished changes next to "Saved"', () => {
  it('counts the draft’s changes against its base as the plan would, and nothing before a pull', async () => {
    const host = new FakeHost();
    host.addDomain('acme', (d) => pulled(d, 12));
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    const count = () => screen.getByTestId('unpublished-count').textContent;
    expect(count()).toBe('All published');
    store.getState().edit((d) => ({
      ...d,
      config: {
        ...d.config,
        profile: {
          ...d.config.profile,
          outgoing: { ...d.config.profile.outgoing, post_url: 'https://hr.example.com/next', triggers: [] },
        },
      },
    }));
    expect(await screen.findByText('2 unpublished changes')).toBeTruthy();
  });

  it('shows no count for a domain never pulled', async () => {
    const host = new FakeHost();
    host.addDomain('fresh');
    await renderApp(host, { saveDelayMs: 0 });
    expect(await screen.findByTestId('save-status')).toBeTruthy();
    expect(screen.queryByTestId('unpublished-count')).toBeNull();
  });
});
