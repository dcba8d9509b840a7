import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openTab, renderWithOneDomain } from './support/render-app';

/** The text of the elements an element's aria-describedby names, as a screen reader reads its description. */
function computeAccessibleDescription(element: Element): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const described = (name: string | RegExp, role = 'textbox') =>
  computeAccessibleDescription(screen.getByRole(role, { name }));

describe('help for each portal field', () => {
  it('says what each field of both webhook pages does and where it lives in the Admin Portal', async () => {
    const user = userEvent.setup();
    await renderWithOneDomain();

    expect(described('Post to URL')).toMatch(
      /every checked trigger posts here\. Portal: Outgoing › Post to URL/,
    );
    expect(described('MangoApps URL')).toMatch(
      /posts profile changes here\. Portal: Admin Portal › Modules › People › Webhooks › Notifying MangoApps › MangoApps URL/,
    );
    expect(described('JIT provisioning', 'switch')).toMatch(
      /first time a user signs in .*Portal: Admin Portal › Integrations › Webhooks › JIT provisioning/,
    );
    expect(screen.getByText(/User Identifier: marks the one row whose value finds the user/)).toBeTruthy();

    await openTab(user, 'Location webhook');
    expect(described('MangoApps URL')).toMatch(
      /posts location changes here\. Portal: Admin Portal › Domain Setup › Locations › Webhooks › Notifying MangoApps/,
    );
    expect(
      screen.getByText(/Location Identifier: marks the one row whose value finds the location/),
    ).toBeTruthy();
    expect(screen.queryByText(/User Identifier: marks/)).toBeNull();
  });

  it('explains the OAuth fields and the Publish tab’s connection fields', async () => {
    const user = userEvent.setup();
    await renderWithOneDomain();

    await openTab(user, 'Security');
    await user.click(screen.getByRole('switch', { name: 'Use OAuth authentication' }));
    const oauthPage =
      /Portal: Admin Portal › Integrations › Webhooks › OAuth setup \(linked as Webhook Security\)/;
    expect(described('Token URL')).toMatch(oauthPage);
    expect(described('Username')).toMatch(/“if required”/);
    expect(computeAccessibleDescription(screen.getByLabelText('Password'))).toMatch(/› Password\./);

    await openTab(user, 'Publish');
    expect(described('Admin username')).toMatch(/A network admin of the domain/);
    expect(computeAccessibleDescription(screen.getByLabelText('API key'))).toMatch(
      /Admin Portal › Integrations › APIs & Webhooks; publishing needs its access level to be Read and Write/,
    );
    expect(computeAccessibleDescription(screen.getByLabelText('Admin password'))).toMatch(
      /sign in to the Admin Portal/,
    );
    expect(screen.getByRole('textbox', { name: 'Domain URL' }).getAttribute('title')).toMatch(
      /address of the MangoApps domain/,
    );
  });
});
