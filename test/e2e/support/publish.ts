import type { Page } from 'playwright-core';
import type { Emulator } from '../../../electron/services/emulator';

/** Open the Publish tab at one of its steps ("Connect and pull", "Plan and publish", "History", …). */
export async function publishView(page: Page, view: string): Promise<void> {
  await page.getByRole('tab', { name: 'Publish' }).click();
  await page
    .getByRole('navigation', { name: 'Publishing steps' })
    .getByRole('button', { name: view })
    .click();
}

/**
 * On the open Connect step, type the emulator's admin username, API key and admin password, leaving each
 * secret field with Tab and waiting until the host says it holds it.
 */
export async function enterCredentials(page: Page, emu: Emulator): Promise<void> {
  await page.getByLabel('Admin username').fill(emu.admin.username);
  await page.getByLabel('API key').fill(emu.apiKeys.readWrite);
  await page.getByLabel('API key').press('Tab');
  await page.getByText('The API key is set.').waitFor();
  await page.getByLabel('Admin password').fill(emu.admin.password);
  await page.getByLabel('Admin password').press('Tab');
  await page.getByText('The admin password is set.').waitFor();
}
