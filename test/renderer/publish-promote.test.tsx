import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeHost } from './support/fake-host';
import { profilePlan, pulled } from './support/publish-fixtures';
import { openTab, renderApp } from './support/render-app';

const CHANGE = {
  unit: 'post_url',
  label: 'Post to URL',
  op: 'change' as const,
  before: 'https://prod-old.example.com',
  after: 'https://hr.example.com/hooks',
};

describe('publish tab: plan against another saved domain (promotion)', () => {
  it('plans on the picked domain, labels it, and publishes there only after its host is typed', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const acme = host.addDomain('acme', (d) => ({
      ...pulled(d, 12),
      base_url: 'https://acme.mangoapps.com',
    }));
    const prod = host.addDomain('production', (d) => ({ ...d, base_url: 'https://prod.mangoapps.com' }));
    const target = { id: prod.id, name: 'production', base_url: 'https://prod.mangoapps.com' };
    host.override('publish:plan', (input) =>
      input.target_id ? { ...profilePlan([CHANGE], [], null, 40), target } : profilePlan([], []),
    );
    host.override('publish:apply', () => ({
      outcomes: [{ status: 'published', kind: 'profile', version: 41 }],
      draft: host.drafts.get(acme.id)!,
    }));
    await renderApp(host, { saveDelayMs: 0 });
    await openTab(user, 'Publish');
    await user.click(screen.getByRole('button', { name: 'Plan and publish' }));

    await user.selectOptions(
      screen.getByLabelText('Plan against'),
      'Another domain: production (https://prod.mangoapps.com)',
    );
    await user.click(screen.getByRole('button', { name: 'Plan' }));
    expect(host.callsOf('publish:plan')).toEqual([{ id: acme.id, target_id: prod.id }]);
    const label = await screen.findByTestId('plan-target');
    expect(label.textContent).toMatch(
      /Promotion: planned against production \(https:\/\/prod\.mangoapps\.com\)\. Its live page is the base/,
    );

    const publish = screen.getByRole('button', { name: 'Publish to production' }) as HTMLButtonElement;
    // No Danger impact, yet another domain is written: its host name is asked every time.
    expect(publish.disabled).toBe(true);
    const typed = screen.getByLabelText(/This publishes to another domain, production\. Type its host name/);
    await user.type(typed, 'acme.mangoapps.com');
    expect(publish.disabled).toBe(true);
    await user.clear(typed);
    await user.type(typed, 'prod.mangoapps.com');
    await user.click(publish);
    expect(await screen.findByText(/published version 41/i)).toBeTruthy();
    expect(
      screen.getByText(/Promoted to production \(https:\/\/prod\.mangoapps\.com\); this domain/),
    ).toBeTruthy();
    expect(host.callsOf('publish:apply')).toEqual([
      expect.objectContaining({
        id: acme.id,
        expected: [{ kind: 'profile', version: 40 }],
        target_id: prod.id,
        confirm_host: 'prod.mangoapps.com',
      }),
    ]);

    // Back to this domain: the promotion's plan is gone and the next plan is this domain's own.
    await user.selectOptions(screen.getByLabelText('Plan against'), 'This domain (acme)');
    expect(screen.queryByTestId('plan-target')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Plan' }));
    expect(host.callsOf('publish:plan').at(-1)).toEqual({ id: acme.id });
  });
});
