import type { Page } from 'playwright-core';

/** The focused element's accessible name, the way a screen reader would announce it (enough for tests). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const labelled = el.getAttribute('aria-labelledby');
    const byIds = labelled
      ?.split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? byIds ?? label ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  });
}

/**
 * Moves focus with Tab (Shift+Tab when `back`) until the focused control's name matches, as a keyboard
 * user would; fails naming what it passed when the control is not reachable.
 */
export async function tabTo(page: Page, name: RegExp, options: { back?: boolean; max?: number } = {}) {
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 120); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const now = await focusedName(page);
    if (name.test(now)) return;
    seen.push(now);
  }
  throw new Error(`Tab never reached ${name}; passed: ${seen.slice(-40).join(' | ')}`);
}

/** Tab to a control and press Enter on it. */
export async function activate(page: Page, name: RegExp, options?: { back?: boolean }): Promise<void> {
  await tabTo(page, name, options);
  await page.keyboard.press('Enter');
}

/** Tab to a text field and type into it, replacing what it held. */
export async function typeInto(page: Page, name: RegExp, text: string, options?: { back?: boolean }) {
  await tabTo(page, name, options);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}
