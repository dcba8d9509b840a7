import type { Page } from 'playwright-core';
import type { Emulator } from '../../../electron/services/emulator';
import { createDomain } from './editor';

/** Called on each screen and sub-view the tour reaches, with a short file-friendly name. */
export type Visit = (name: string) => Promise<void>;

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

async function testView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Test harness' }).getByRole('button', { name }).click();
}

async function publishView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Publishing steps' }).getByRole('button', { name }).click();
}

/**
 * Walks every screen of the whole job against the emulator: the start screen of a new domain, the
 * example draft in the editor with its problems, both webhooks, security, the catalogue, each Test
 * sub-view with a result, connect, the pull dialog, the plan, history and the checklist, and the
 * shortcut sheet. `visit` runs on each (a screenshot, an accessibility scan).
 */
export async function tourEveryScreen(page: Page, emulator: Emulator, visit: Visit): Promise<void> {
  await createDomain(page, 'acme emulated', emulator.url, undefined, 'stay');
  await page.getByRole('button', { name: 'Use the example' }).waitFor();
  await visit('start');

  await page.getByRole('button', { name: 'Use the example' }).click();
  await page.getByRole('heading', { name: 'Request Parameters', exact: true }).first().waitFor();
  await visit('profile');
  await page.getByRole('button', { name: /^Problems/ }).click();
  await page.locator('#problems-panel').waitFor();
  await visit('problems');
  await page.keyboard.press('Escape');
  await tab(page, 'Location webhook');
  await visit('location');
  await tab(page, 'Security');
  await visit('security');
  await tab(page, 'Field catalogue');
  await visit('catalogue');

  await tab(page, 'Test');
  await page.getByRole('button', { name: 'Preview request' }).click();
  await page.getByRole('button', { name: 'Fire' }).click();
  await page.getByRole('region', { name: 'Delivery trace' }).waitFor();
  await visit('test-outgoing');
  await testView(page, 'Local receiver');
  await page.getByRole('heading', { name: /^Inbox/ }).waitFor();
  await visit('test-receiver');
  await testView(page, 'Incoming');
  await page.getByRole('button', { name: 'Send to the local domain' }).click();
  await page.getByRole('heading', { name: 'Result', exact: true }).waitFor();
  await visit('test-incoming');
  await testView(page, 'Batch run');
  await page.getByRole('button', { name: 'Run batch' }).click();
  await page.getByRole('heading', { name: 'Results', exact: true }).waitFor({ timeout: 30_000 });
  await visit('test-batch');
  await testView(page, 'Samples');
  await visit('test-samples');
  await testView(page, 'History');
  await page.getByRole('heading', { name: /^Exchanges/ }).waitFor();
  await visit('test-history');

  await tab(page, 'Publish');
  await publishView(page, 'Connect and pull');
  await page.getByLabel('Admin username').fill(emulator.admin.username);
  await page.getByLabel('API key').fill(emulator.apiKeys.readWrite);
  await page.getByLabel('Admin password').fill(emulator.admin.password);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await page.getByText(/Connected as/).waitFor({ timeout: 20_000 });
  await visit('publish-connect');
  await page.getByRole('button', { name: 'Pull from domain' }).click();
  await page.getByRole('dialog').waitFor();
  await visit('publish-pull-dialog');
  await page.getByRole('button', { name: 'Keep my edits on the new base' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await publishView(page, 'Plan and publish');
  await page.getByRole('button', { name: 'Plan', exact: true }).click();
  await page.getByRole('region', { name: /^Profile webhook/ }).waitFor({ timeout: 20_000 });
  await visit('publish-plan');
  await publishView(page, 'History');
  await page.getByRole('heading', { name: 'Publish history' }).waitFor();
  await visit('publish-history');
  await publishView(page, 'Manual entry checklist');
  await visit('publish-checklist');

  await page.locator('body').press('?');
  await page.getByRole('dialog', { name: /Keyboard shortcuts/ }).waitFor();
  await visit('shortcuts');
  await page.keyboard.press('Escape');
}
