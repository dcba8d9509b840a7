import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import { createDomain, waitSaved } from './support/editor';
import { enterCredentials, publishView } from './support/publish';
import { useShellInBrowser } from './support/world';

const world = useShellInBrowser();
let sandbox: Emulator;
let production: Emulator;

beforeAll(async () => {
  sandbox = await createEmulator();
  production = await createEmulator();
});
afterAll(async () => {
  await sandbox?.close();
  await production?.close();
});

/** A saved domain for `emu`, with its admin login and API key held by the host. */
async function connectedDomain(page: Page, name: string, emu: Emulator): Promise<void> {
  await createDomain(page, name, emu.url);
  await publishView(page, 'Connect and pull');
  await enterCredentials(page, emu);
}

describe('promotion in Chromium: plan the sandbox draft against production, publish there', () => {
  it('plans on production’s live page, and writes production only after its host is typed', async () => {
    const page = world.browser.page;
    await page.goto(world.shell.openUrl);
    await connectedDomain(page, 'production', production);
    await connectedDomain(page, 'sandbox', sandbox);
    await page.getByRole('button', { name: 'Pull from domain' }).click();
    await page
      .getByTestId('base-profile')
      .filter({ hasText: /Version 2/ })
      .waitFor();
    await page.getByRole('tab', { name: 'Profile webhook' }).click();
    await page.getByLabel('Post to URL').fill('https://hr.example.com/hooks/promoted');
    await waitSaved(page);
    const sandboxBefore = sandbox.state.getWebhook('profile');

    await publishView(page, 'Plan and publish');
    await page
      .getByLabel('Plan against')
      .selectOption({ label: `Another domain: production (${production.url})` });
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    await page
      .getByTestId('plan-target')
      .filter({ hasText: /planned against production/ })
      .waitFor();
    await page
      .getByRole('region', { name: /^Profile webhook/ })
      .getByText('https://hr.example.com/hooks/promoted')
      .first()
      .waitFor();
    const publish = page.getByRole('button', { name: 'Publish to production' });
    expect(await publish.isDisabled()).toBe(true);
    await page.getByLabel(/This publishes to another domain, production/).fill('127.0.0.1');
    await publish.click();
    await page.getByRole('heading', { name: /^Profile webhook: published version \d+/ }).waitFor();
    await page.getByText(/Promoted to production/).waitFor();

    expect(production.state.getWebhook('profile').outgoing.post_url).toBe(
      'https://hr.example.com/hooks/promoted',
    );
    expect(sandbox.state.getWebhook('profile')).toEqual(sandboxBefore);
  });
});
