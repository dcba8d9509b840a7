import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { createDomain } from './support/editor';
import { useE2eWorld } from './support/world';

const world = useE2eWorld({ width: 1280, height: 800 });

/** Screenshots for reviewing the UI by eye, only when asked for (UI_SHOTS=<dir>). */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env['UI_SHOTS'];
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

/** Where the shell's fixed parts are, and whether the document itself has scrolled or grown. */
function shellPlace(page: Page) {
  return page.evaluate(() => ({
    tabsTop: document.querySelector('[role="tablist"]')?.getBoundingClientRect().top ?? -1,
    scrollY: window.scrollY,
    docTaller: document.documentElement.scrollHeight > window.innerHeight,
  }));
}

describe('first use, end to end in Chromium at 1280×800', () => {
  it('opens a new domain on the start screen; Connect and pull uses the secrets as typed, unsaved', async () => {
    const page = world.browser.page;
    await page.goto(world.shell.openUrl);
    await createDomain(page, 'acme live', world.emulator.url, undefined, 'stay');
    await page.getByRole('heading', { name: 'How do you want to start?' }).waitFor();
    expect(await page.getByRole('tablist').count()).toBe(0);
    await expectAccessible(page, 'start screen');
    await shot(page, 'start-screen');

    await page.getByRole('button', { name: 'Connect and pull' }).click();
    await page.getByRole('heading', { name: 'Connection' }).waitFor();
    await page.getByLabel('Admin username').fill(world.emulator.admin.username);
    // Typed, never saved with their own buttons.
    await page.getByLabel('API key').fill(world.emulator.apiKeys.readWrite);
    await page.getByLabel('Admin password').fill(world.emulator.admin.password);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText(/Connected as Ada Admin \(network admin\)/).waitFor();
    await page.getByText('The API key is set.').waitFor();
    await page.getByRole('button', { name: 'Pull from domain' }).click();
    await page
      .getByTestId('base-profile')
      .filter({ hasText: /Version 2, saved by Bea Admin/ })
      .waitFor();
  });

  it('starts from the example; the shell stays put, Test results are styled on first use, routes are kept', async () => {
    const page = world.browser.page;
    await createDomain(page, 'acme example', 'https://acme.mangoapps.com', undefined, 'stay');
    await page.getByRole('button', { name: 'Use the example' }).click();
    const postUrl = page.getByLabel('Post to URL');
    expect(await postUrl.inputValue()).toBe('https://hr.example.com/hooks/mangoapps');

    // Scroll the editor to its end with the wheel and by keyboard focus: the header and tabs stay put.
    const before = await shellPlace(page);
    await page.locator('main.main').hover();
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 600);
    await page.getByRole('button', { name: 'Add input parameter' }).focus();
    await page.keyboard.press('Tab');
    const after = await shellPlace(page);
    expect(after).toEqual({ ...before, scrollY: 0, docTaller: false });
    expect(await page.locator('main.main').evaluate((m) => m.scrollTop)).toBeGreaterThan(0);

    // One term per thing, on every tab, as the Admin Portal says it.
    const seen: string[] = [];
    for (const tab of ['Profile webhook', 'Location webhook', 'Security', 'Field catalogue', 'Publish']) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.getByRole('tabpanel').first().waitFor();
      if (tab === 'Publish') await page.getByRole('button', { name: 'Plan and publish' }).click();
      seen.push(await page.locator('body').innerText());
    }
    const text = seen.join('\n');
    expect(text).not.toMatch(/Post-to URL|Locations webhook|Base URL|Review changes|Users (and|webhook)/);
    expect(text).toContain('Domain URL');
    expect(text).toContain('Post to URL');
    expect(text).toContain('Admin Portal › Domain Setup › Locations › Webhooks');

    // The Test tab's results are styled although the Publish tab was never opened in this page load.
    await page.reload();
    await page.getByRole('tab', { name: 'Test' }).click();
    const nav = page.getByRole('navigation', { name: 'Test harness' });
    await nav.getByRole('button', { name: 'Local receiver' }).click();
    await page.getByRole('button', { name: 'Add route' }).first().click();
    await page.getByLabel('Body template, route 1').fill('{"title": ');
    const error = page.locator('.result-error').filter({ hasText: /Route 1: The body template is not JSON/ });
    await error.waitFor();
    const look = await error.evaluate((el) => {
      const s = getComputedStyle(el);
      return { border: s.borderTopWidth, background: s.backgroundColor, display: s.display };
    });
    expect(look.display).toBe('flex');
    expect(look.border).toBe('1px');
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    await shot(page, 'route-error-first-use');

    // Routes autosave once they check out, and survive a sub-tab switch.
    await page.getByLabel('Body template, route 1').fill('{"title": "T-{{employeeNumber}}"}');
    await page.getByText('Routes saved.').waitFor();
    await nav.getByRole('button', { name: 'Outgoing' }).click();
    await nav.getByRole('button', { name: 'Local receiver' }).click();
    expect(await page.getByLabel('Body template, route 1').inputValue()).toBe(
      '{"title": "T-{{employeeNumber}}"}',
    );
    await page.reload();
    await page.getByRole('tab', { name: 'Test' }).click();
    await nav.getByRole('button', { name: 'Local receiver' }).click();
    expect(await page.getByLabel('Body template, route 1').inputValue()).toContain('T-{{employeeNumber}}');
  });

  it('keeps the dark theme across a reload, passes axe on every tab in both themes, and fits 1024×700', async () => {
    const page = world.browser.page;
    for (const theme of ['light', 'dark'] as const) {
      await page.getByLabel('Theme').selectOption(theme);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
      for (const tab of [
        'Profile webhook',
        'Location webhook',
        'Security',
        'Field catalogue',
        'Test',
        'Publish',
      ]) {
        await page.getByRole('tab', { name: tab, exact: true }).click();
        await page.locator('.tab-loading').waitFor({ state: 'detached' });
        await expectAccessible(page, `${tab} (${theme})`);
        if (tab === 'Profile webhook' || tab === 'Test')
          await shot(page, `${theme}-1280-${tab.split(' ')[0]}`);
      }
    }
    // Dark stays dark after a reload: the host's settings store keeps it, not the page.
    await page.reload();
    await page.getByRole('tablist').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.getByLabel('Theme').inputValue()).toBe('dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(22, 24, 29)');

    // 1024×700: every tab label on one line, in one row.
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByRole('tab', { name: 'Profile webhook' }).click();
    const tabs = await page
      .getByRole('tab')
      .evaluateAll((els) =>
        els.map((e) => ({ top: e.getBoundingClientRect().top, height: e.getBoundingClientRect().height })),
      );
    expect(new Set(tabs.map((t) => t.top)).size).toBe(1);
    expect(Math.max(...tabs.map((t) => t.height))).toBeLessThan(48);
    await shot(page, 'dark-1024-profile');
    await page.getByLabel('Theme').selectOption('light');
    await shot(page, 'light-1024-profile');
    await page.getByRole('button', { name: 'Hide the domain list' }).click();
    await shot(page, 'light-1024-collapsed');
    await page.getByRole('button', { name: 'Show the domain list' }).click();
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
