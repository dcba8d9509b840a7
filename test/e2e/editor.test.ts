import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { addCustomField, addHrisRows, addRow, createDomain, table, waitSaved } from './support/editor';
import { useShellInBrowser } from './support/world';

const world = useShellInBrowser();

describe('offline editor, end to end in Chromium', () => {
  it('creates a domain, fills every section, validates live, undoes, survives a reload, exports and re-imports', async () => {
    const page = world.browser.page;
    await page.goto(world.shell.openUrl);
    await expectAccessible(page, 'empty start screen');

    // Create a domain.
    await createDomain(page, 'acme production', 'https://acme.mangoapps.com', () =>
      expectAccessible(page, 'new domain dialog'),
    );

    // A custom field first, so the response can write the HRMS id back.
    await addCustomField(page, 'custom_hris_id', 'HRIS ID');
    await expectAccessible(page, 'field catalogue');

    // Outgoing: triggers, URL with a live validation error that clears.
    await page.getByRole('tab', { name: 'Profile webhook' }).click();
    await page.getByRole('checkbox', { name: 'Create User' }).check();
    await page.getByRole('checkbox', { name: 'Update User Profile' }).check();
    const postUrl = page.getByLabel('Post to URL');
    await postUrl.fill('http://hr.example.com/hooks/mangoapps');
    const httpsError = page.getByText(/must start with https:\/\//).first();
    await httpsError.waitFor();
    await postUrl.fill('https://hr.example.com/hooks/mangoapps');
    await httpsError.waitFor({ state: 'detached' });

    // Mapping tables.
    await addHrisRows(page);
    // Each row's two fields sit in a form of their own (Chrome's autofill then reads that form after a key,
    // not every field of the page), and Enter in them sends nothing anywhere: the page stays as it was.
    const firstApi = table(page, 'Request Parameters').getByRole('textbox', { name: 'API field, row 1' });
    expect(
      await firstApi.evaluate((el) =>
        [...((el as HTMLInputElement).form?.elements ?? [])].map((e) => e.getAttribute('aria-label')),
      ),
    ).toEqual(['API field, row 1', 'MangoApps field, row 1']);
    const address = page.url();
    await firstApi.press('Enter');
    expect(page.url()).toBe(address);
    expect(await firstApi.inputValue()).toBe('employeeNumber');
    await page.getByRole('switch', { name: 'JIT provisioning' }).check();
    await expectAccessible(page, 'profile webhook editor');

    // A duplicate API field is flagged at the row, and undo removes it.
    const req = table(page, 'Request Parameters');
    await page.getByRole('button', { name: 'Add request parameter' }).click();
    await req.getByRole('textbox', { name: 'API field, row 3' }).fill('employeeNumber');
    const dup = page.getByText(/API field "employeeNumber" is used by rows 1 and 3/).first();
    await dup.waitFor();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    // One undo per step, each waited for (the problems follow one frame after the edit): first the typing,
    // then the added row; the switch set before them stays on.
    await page.keyboard.press('Control+z');
    await dup.waitFor({ state: 'detached' });
    await expect.poll(() => req.getByRole('textbox', { name: 'API field, row 3' }).inputValue()).toBe('');
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => req.getByRole('textbox', { name: /^API field, row/ }).count(), { timeout: 10_000 })
      .toBe(2);
    expect(await page.getByRole('switch', { name: 'JIT provisioning' }).isChecked()).toBe(true);

    // Location webhook.
    await page.getByRole('tab', { name: 'Location webhook' }).click();
    await page.getByRole('checkbox', { name: 'Create Location' }).check();
    await page.getByLabel('Post to URL').fill('https://hr.example.com/hooks/locations');
    await addRow(
      page,
      'Request Parameters',
      'Add request parameter',
      'siteCode',
      'location id',
      'location_id',
    );
    await addRow(page, 'Input Parameters', 'Add input parameter', 'siteCode', 'location id', 'location_id');
    await table(page, 'Input Parameters').getByRole('radio', { name: 'Location Identifier, row 1' }).check();

    // Security: OAuth, and a password that goes to the host, never into the draft.
    await page.getByRole('tab', { name: 'Security' }).click();
    await page.getByRole('switch', { name: 'Use OAuth authentication' }).check();
    await page.getByLabel('Token URL').fill('https://hr.example.com/oauth/token');
    await page.getByLabel('Username').fill('mango-sync');
    await page.getByLabel('Password', { exact: true }).fill('s3cret-Passw0rd');
    // Saved like every other field: leaving it hands the password to the host's secret store.
    await page.getByLabel('Password', { exact: true }).press('Tab');
    await page.getByText('A password is set.').waitFor();
    await page
      .getByText(/memory only/i)
      .first()
      .waitFor();
    await expectAccessible(page, 'security');
    await waitSaved(page);

    // Reload: everything is as it was left.
    await page.reload();
    await page.getByRole('heading', { name: 'acme production' }).waitFor();
    await page.getByRole('tab', { name: 'Profile webhook' }).click();
    expect(await page.getByLabel('Post to URL').inputValue()).toBe('https://hr.example.com/hooks/mangoapps');
    expect(await page.getByRole('checkbox', { name: 'Update User Profile' }).isChecked()).toBe(true);
    expect(
      await table(page, 'Request Parameters').getByRole('textbox', { name: 'API field, row 2' }).inputValue(),
    ).toBe('workEmail');
    expect(
      await table(page, 'Response Parameters')
        .getByRole('combobox', { name: 'MangoApps field, row 1' })
        .inputValue(),
    ).toMatch(/HRIS ID/);
    expect(
      await table(page, 'Input Parameters')
        .getByRole('radio', { name: 'User Identifier, row 1' })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByRole('switch', { name: 'JIT provisioning' }).isChecked()).toBe(true);
    await page.getByRole('tab', { name: 'Location webhook' }).click();
    expect(
      await table(page, 'Request Parameters').getByRole('textbox', { name: 'API field, row 1' }).inputValue(),
    ).toBe('siteCode');

    // Export: a reviewable file without the password.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('acme-production.webhook.json');
    const file = await download.path();
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('s3cret-Passw0rd');
    const exported = JSON.parse(text) as Record<string, unknown>;
    expect(exported).toMatchObject({
      $schema: expect.stringContaining('draft-2'),
      format_version: 2,
      jit_provisioning: true,
    });

    // Re-import as a new domain and find the same configuration there.
    await page.getByLabel('Draft file to import').setInputFiles(file);
    const confirm = page.getByRole('dialog');
    await confirm.getByRole('button', { name: 'Import as a new domain' }).click();
    await page.getByRole('tab', { name: 'Profile webhook' }).click();
    await page
      .getByRole('heading', { name: /acme production/ })
      .first()
      .waitFor();
    expect(
      await page.getByRole('listitem').filter({ hasText: 'acme production' }).count(),
    ).toBeGreaterThanOrEqual(2);
    expect(
      await table(page, 'Request Parameters').getByRole('textbox', { name: 'API field, row 1' }).inputValue(),
    ).toBe('employeeNumber');
    expect(
      await table(page, 'Response Parameters')
        .getByRole('textbox', { name: 'API field, row 1' })
        .inputValue(),
    ).toBe('workerId');
    expect(world.browser.errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  });
});
