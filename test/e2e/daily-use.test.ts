import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDraft } from '../../shared/draft-file/export-draft';
import { newDraft } from '../../shared/model/draft';
import { expectAccessible } from './support/browser';
import { addRow, createDomain, table } from './support/editor';
import { useShellInBrowser } from './support/world';

const world = useShellInBrowser();
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'whs-daily-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A draft file with eight request parameters, as a colleague would hand one over. */
function draftFile(): string {
  const draft = newDraft('x', 'colleague', '', '2026-01-01T00:00:00.000Z');
  draft.config.profile.outgoing.triggers = ['create_user'];
  draft.config.profile.outgoing.post_url = 'https://hr.example.com/hooks';
  draft.config.profile.outgoing.request_parameters = [
    ['employeeNumber', 'employee_id'],
    ['mail', 'email'],
    ['jobCode', 'title'],
    ['dept', 'department'],
    ['cell', 'mobile'],
    ['workEmail', 'email'],
    ['costCenter', 'department'],
    ['first', 'first_name'],
  ].map(([api_field, mangoapps_field], i) => ({
    id: `r${i}`,
    api_field: api_field!,
    mangoapps_field: mangoapps_field!,
  }));
  const file = path.join(dir, 'colleague.webhook.json');
  writeFileSync(file, exportDraft(draft).text);
  return file;
}

describe('daily use, end to end in Chromium', () => {
  it('previews an import, filters the table, and undo of a change out of sight says what it undid', async () => {
    const page = world.browser.page;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(world.shell.openUrl);
    await createDomain(page, 'acme', 'https://acme.mangoapps.com');
    await addRow(page, 'Request Parameters', 'Add request parameter', 'legacyId', 'employee', 'employee_id');

    // Import shows what replacing would change; Cancel leaves the draft as it was.
    const file = draftFile();
    await page.getByLabel('Draft file to import').setInputFiles(file);
    const dialog = page.getByRole('dialog', { name: /Import “colleague\.webhook\.json”/ });
    const changes = dialog.getByRole('region', { name: 'Profile webhook: changes from the file' });
    await changes.getByText('Request parameter "legacyId"').waitFor();
    await changes.getByText('Request parameter "workEmail"').waitFor();
    await expectAccessible(page, 'import preview');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const request = table(page, 'Request Parameters');
    expect(await request.getByRole('textbox', { name: /^API field, row \d+$/ }).count()).toBe(1);

    // Replace, then filter: the rows keep their numbers; Clear brings all back.
    await page.getByLabel('Draft file to import').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Replace the draft of acme' }).click();
    const filter = page.getByRole('searchbox', { name: 'Filter Request Parameters' });
    await filter.fill('mail');
    await page.getByText('2 of 8 shown').waitFor();
    const shown = await request
      .getByRole('textbox', { name: /^API field, row \d+$/ })
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(shown).toEqual(['API field, row 2', 'API field, row 6']);
    await expectAccessible(page, 'filtered table');

    // Remove a filtered-in row, clear the filter, switch tab and undo: the toast says what, Show goes there.
    await request.getByRole('button', { name: 'Remove row 6' }).click();
    await page.getByRole('button', { name: 'Clear: Filter Request Parameters' }).click();
    await page.getByRole('tab', { name: 'Security' }).click();
    await page.keyboard.press('Control+z');
    const toast = page.locator('.toast').filter({ hasText: 'Undid: removed row 6 “workEmail”' });
    await toast.waitFor();
    await toast.getByRole('button', { name: 'Show' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('API field, row 6');
  });
});
