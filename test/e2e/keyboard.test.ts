import { describe, expect, it } from 'vitest';
import { activate, tabTo, typeInto } from './support/keyboard';
import { useE2eWorld } from './support/world';

const world = useE2eWorld({ width: 1280, height: 800 });

describe('the whole job with the keyboard only, in Chromium against the emulator', () => {
  it('drafts, tests, connects, pulls, plans and publishes with Tab, Enter, arrows and typing', async () => {
    const page = world.browser.page;
    await page.goto(world.shell.openUrl);
    await page.getByRole('button', { name: 'New domain' }).waitFor();

    // A domain, from the New domain dialog (its first field has focus; Enter submits).
    await activate(page, /^New domain$/);
    await page.keyboard.type('acme by keyboard');
    await typeInto(page, /Domain URL/, world.emulator.url);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'acme by keyboard' }).waitFor();

    // Draft: the example, then an edit of the Location webhook's Post to URL.
    await activate(page, /^Use the example$/);
    await page.getByRole('heading', { name: 'Request Parameters', exact: true }).first().waitFor();
    await tabTo(page, /^Profile webhook$/, { back: true });
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Location webhook' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await typeInto(page, /^Post to URL$/, 'https://facilities.example.com/hooks/v2');
    await page
      .getByTestId('save-status')
      .filter({ hasText: /^\W*Saved/ })
      .waitFor({ timeout: 10_000 });

    // Test: the tab list takes one Tab stop and moves with the arrows.
    await tabTo(page, /^Location webhook$/, { back: true });
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
    expect(await page.getByRole('tab', { name: 'Test' }).getAttribute('aria-selected')).toBe('true');
    await activate(page, /^Fire$/);
    await page.getByRole('region', { name: 'Delivery trace' }).waitFor();

    // Publish: connect with typed secrets (no Save click needed), pull keeping the edits, plan, publish.
    await tabTo(page, /^Test$/, { back: true });
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Publish' }).getAttribute('aria-selected')).toBe('true');
    await typeInto(page, /^Admin username$/, world.emulator.admin.username);
    await typeInto(page, /^API key$/, world.emulator.apiKeys.readWrite);
    await typeInto(page, /^Admin password$/, world.emulator.admin.password);
    await activate(page, /^Test connection$/);
    await page.getByText(/Connected as/).waitFor({ timeout: 20_000 });
    await activate(page, /^Pull from domain$/);
    await page.getByRole('dialog').waitFor();
    await activate(page, /^Keep my edits on the new base$/);
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await activate(page, /^Plan and publish$/, { back: true });
    await activate(page, /^Plan$/);
    await page.getByRole('region', { name: /^Location webhook/ }).waitFor({ timeout: 20_000 });
    if (await page.getByLabel(/Type the domain’s host name/).count()) {
      await typeInto(page, /Type the domain’s host name/, new URL(world.emulator.url).hostname);
    }
    await activate(page, /^Publish$/);
    await page
      .getByRole('status')
      .filter({ hasText: /published and verified/i })
      .first()
      .waitFor({
        timeout: 20_000,
      });
    expect(world.emulator.state.getWebhook('location').outgoing.post_url).toBe(
      'https://facilities.example.com/hooks/v2',
    );
  }, 180_000);
});
