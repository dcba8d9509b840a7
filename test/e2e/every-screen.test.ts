import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { tourEveryScreen } from './support/tour';
import { useE2eWorld } from './support/world';

const world = useE2eWorld({ width: 1280, height: 800 });

describe('every screen, light and dark, in Chromium', () => {
  it('has no serious or critical axe-core finding on any screen or sub-view in either theme', async () => {
    const page = world.browser.page;
    await page.goto(world.shell.openUrl);
    const scanned: string[] = [];
    await tourEveryScreen(page, world.emulator, async (name) => {
      const background: Record<string, string> = {};
      for (const theme of ['light', 'dark'] as const) {
        // The page follows the OS theme while the Theme setting says "As the system" (the default).
        await page.emulateMedia({ colorScheme: theme });
        background[theme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        await expectAccessible(page, `${name} (${theme})`);
        scanned.push(`${name}-${theme}`);
      }
      expect(background['dark'], `${name}: the dark theme applies`).not.toBe(background['light']);
      await page.emulateMedia({ colorScheme: 'light' });
    });
    // Every screen of the job was reached, in both themes.
    expect(scanned).toHaveLength(2 * 18);
  }, 240_000);
});
