import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { addCustomField, addHrisRows, addRow, createDomain, waitSaved } from './support/editor';
import { useShellInBrowser } from './support/world';

const world = useShellInBrowser();

beforeAll(async () => {
  await world.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: world.shell.origin,
  });
});

/** Full-page screenshots for reviewing the UI, only when asked for (HARNESS_SHOTS=<dir>). */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env['HARNESS_SHOTS'];
  if (!dir) return;
  // The app scrolls inside its main area, so a tall window shows what a full-page shot would.
  await page.setViewportSize({ width: 1400, height: 2200 });
  await page.screenshot({ path: `${dir}/harness-${name}.png` });
  await page.setViewportSize({ width: 1400, height: 900 });
}

/** A domain with a profile webhook: two request parameters, a response parameter, an identifier. */
async function draftDomain(page: Page): Promise<void> {
  await page.goto(world.shell.openUrl);
  await createDomain(page, 'acme test', 'https://acme.mangoapps.com');

  await addCustomField(page, 'custom_hris_id', 'HRIS ID');

  await page.getByRole('tab', { name: 'Profile webhook' }).click();
  await page.getByRole('checkbox', { name: 'Create User' }).check();
  await page.getByRole('checkbox', { name: 'Update User Profile' }).check();
  // The Post to URL can be anything: the deliveries below go to the local receiver at its path.
  await page.getByLabel('Post to URL').fill('https://hr.example.com/hooks/mangoapps');
  await addHrisRows(page);
  await addRow(page, 'Input Parameters', 'Add input parameter', 'jobTitle', 'job title', 'title');
  await waitSaved(page);
}

describe('test harness, end to end in Chromium', () => {
  it('previews, fires into the receiver, replays with an edit, notifies the local domain and runs a batch with a report', async () => {
    const page = world.browser.page;
    await draftDomain(page);
    await page.getByRole('tab', { name: 'Test' }).click();
    const nav = page.getByRole('navigation', { name: 'Test harness' });

    // The receiver answers the Post to URL's path with a workerId made from the request.
    await nav.getByRole('button', { name: 'Local receiver' }).click();
    await page.getByRole('button', { name: 'Start receiver' }).click();
    await page.getByText(/Running at http:\/\/127\.0\.0\.1:\d+/).waitFor();
    await page.getByRole('button', { name: 'Add route answering the response parameters' }).click();
    expect(await page.getByLabel('Path, route 1').inputValue()).toBe('/hooks/mangoapps');
    await page.getByLabel('Body template, route 1').fill('{"workerId": "W-{{employeeNumber}}"}');
    await page.getByText('Routes saved.').waitFor();

    // Preview: the exact request, nothing sent, copyable as curl.
    await nav.getByRole('button', { name: 'Outgoing' }).click();
    expect(await page.getByLabel('Sample').first().inputValue()).toBe('sample-priya');
    await page.getByRole('button', { name: 'Preview request' }).click();
    const preview = page.getByRole('region', { name: 'Request preview' });
    await preview.waitFor();
    await expect
      .poll(() => preview.textContent())
      .toMatch(/POST http:\/\/127\.0\.0\.1:\d+\/hooks\/mangoapps/);
    expect(await preview.getByRole('group', { name: 'Preview body' }).textContent()).toContain(
      '"employeeNumber":"E1001"',
    );
    expect(await preview.getByLabel('Preview headers').textContent()).toContain('X-MangoApps-Event');
    await preview.getByRole('button', { name: 'Copy as curl' }).click();
    await preview.getByText('Copied as curl.').waitFor();
    const curl = await page.evaluate(() => navigator.clipboard.readText());
    expect(curl).toMatch(/^curl -X POST 'http:\/\/127\.0\.0\.1:\d+\/hooks\/mangoapps'/);
    await shot(page, 'preview');

    // Fire into the receiver: step trace with timings and the write-back preview.
    await page.getByRole('button', { name: 'Fire' }).click();
    const trace = page.getByRole('region', { name: 'Delivery trace' });
    await trace.getByText('Delivered.').waitFor();
    expect(await trace.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      expect.stringMatching(/^Request$/),
      expect.stringMatching(/^Response\s*(<1|\d+) m?s$/),
      'Write-back',
    ]);
    const writeBack = trace.getByRole('table', { name: 'Write-back preview' });
    const row = writeBack.getByRole('row', { name: /workerId/ });
    expect(await row.textContent()).toMatch(/HRIS ID.*W-1591719 → W-E1001/);
    await expectAccessible(page, 'test tab: outgoing with a trace');
    await shot(page, 'trace');

    // Replay the captured request with an edited body.
    await nav.getByRole('button', { name: 'Local receiver' }).click();
    const inbox = page.getByRole('table', { name: 'Captured requests' });
    await inbox.getByRole('button', { name: 'Inspect request 1' }).click();
    expect(await page.getByRole('group', { name: 'Body of request 1' }).textContent()).toContain('E1001');
    await inbox.getByRole('button', { name: 'Edit and replay request 1' }).click();
    const replay = page.getByRole('dialog', { name: /Edit and replay/ });
    await replay.getByLabel('Body').fill('{"employeeNumber":"E2002","workEmail":"ann@acme.com"}');
    await expectAccessible(page, 'edit and replay dialog');
    await replay.getByRole('button', { name: 'Replay' }).click();
    const replayed = page.getByRole('group', { name: 'Replay result' });
    await replayed.getByText('Replayed.').waitFor();
    expect(await replayed.getByRole('group', { name: 'Replay answer' }).textContent()).toContain('W-E2002');
    await inbox.getByRole('button', { name: 'Inspect request 2' }).waitFor();
    await expectAccessible(page, 'test tab: receiver');
    await shot(page, 'receiver');

    // Incoming into the local domain: the unpublished draft's Input Parameters decide.
    await nav.getByRole('button', { name: 'Incoming' }).click();
    const payload = page.getByLabel('Payload (JSON, editable)');
    expect(JSON.parse(await payload.inputValue())).toEqual({
      employeeNumber: 'E1001',
      jobTitle: 'VP Engineering',
    });
    await payload.fill('{"employeeNumber": "E1001", "jobTitle": "CTO"}');
    await page.getByRole('button', { name: 'Send to the local domain' }).click();
    await page.getByText(/Matched user Priya Raman/).waitFor();
    const changed = page.getByRole('table', { name: 'Changed fields' });
    expect(await changed.getByRole('row', { name: /Job Title/ }).textContent()).toMatch(
      /VP Engineering → CTO/,
    );
    await expectAccessible(page, 'test tab: incoming');
    await shot(page, 'incoming');

    // Batch: every enabled trigger for every sample, then the JUnit report.
    await nav.getByRole('button', { name: 'Batch run' }).click();
    await page.getByRole('button', { name: 'Run batch' }).click();
    await page.getByText('8 of 8 · 8 passed · 0 failed · finished').waitFor();
    const results = page.getByRole('table', { name: 'Batch results' });
    await expect.poll(() => results.getByRole('row').count(), { timeout: 10_000 }).toBe(9);
    expect(await page.getByRole('progressbar', { name: 'Batch progress' }).getAttribute('value')).toBe('8');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JUnit XML' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^webhook-batch-.*\.xml$/);
    const xml = readFileSync(await download.path(), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        tests: doc.documentElement.getAttribute('tests'),
        failures: doc.documentElement.getAttribute('failures'),
        suites: [...doc.getElementsByTagName('testsuite')].map((s) => s.getAttribute('name')),
        cases: doc.getElementsByTagName('testcase').length,
      };
    }, xml);
    expect(parsed).toEqual({
      error: 0,
      tests: '8',
      failures: '0',
      suites: ['create_user', 'update_user_profile'],
      cases: 8,
    });
    expect(xml).toContain('create_user · Priya Raman (sample-priya)');
    await expectAccessible(page, 'test tab: batch results');
    await shot(page, 'batch');

    // History: kept by the host, secrets redacted.
    await nav.getByRole('button', { name: 'History' }).click();
    const runs = page.getByRole('table', { name: 'Batch run history' });
    // The history loads from the host after the view opens: wait for it rather than read it at once.
    await expect.poll(() => runs.getByRole('row').count(), { timeout: 10_000 }).toBe(2);
    await expect
      .poll(() => page.getByRole('table', { name: 'Exchange history' }).getByRole('row').count(), {
        timeout: 10_000,
      })
      .toBeGreaterThan(10);
    await expectAccessible(page, 'test tab: history');
    await shot(page, 'history');
    expect(world.browser.errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  });
});
