import { describe, expect, it } from 'vitest';
import { makeLargeDraft } from '../fixtures/large-draft';
import { useShellInBrowser } from './support/world';

const world = useShellInBrowser();

async function call(channel: string, input: unknown): Promise<unknown> {
  const token = new URL(world.shell.openUrl).hash.replace('#token=', '');
  const res = await fetch(`${world.shell.origin}/api/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value?: unknown };
  expect(body.ok, channel).toBe(true);
  return body.value;
}

// Runs in the page before the app: notes whether the app's shell, when it first appears, already holds
// the draft's first row, and whether "Loading draft…" was ever shown.
const FIRST_SHELL_PROBE = `
  window.__firstShell = null;
  window.__loadingShown = false;
  new MutationObserver(() => {
    if (document.querySelector('.empty-state.muted')) window.__loadingShown = true;
    if (window.__firstShell === null && document.querySelector('[data-app-shell]')) {
      window.__firstShell = { withRow: document.querySelector('[aria-label="API field, row 1"]') !== null };
    }
  }).observe(document, { childList: true, subtree: true });
`;

describe('a reload of the draft open last', () => {
  it('renders the app once, with the draft: no shell without it, no "Loading draft…" first', async () => {
    const small = (await call('domains:create', { name: 'small', base_url: '' })) as { id: string };
    await call('drafts:save', { draft: { ...makeLargeDraft(3), id: small.id, name: 'small' } });
    const big = (await call('domains:create', { name: 'big', base_url: '' })) as { id: string };
    await call('drafts:save', { draft: { ...makeLargeDraft(1000), id: big.id, name: 'big' } });
    const page = world.browser.page;
    await page.addInitScript(FIRST_SHELL_PROBE);
    await page.goto(world.shell.openUrl);
    await page.getByRole('button', { name: 'big', exact: true }).click();
    await page.getByRole('textbox', { name: 'API field, row 1', exact: true }).first().waitFor();

    for (let i = 0; i < 3; i++) {
      await page.reload();
      await page.getByRole('textbox', { name: 'API field, row 1', exact: true }).first().waitFor();
      const seen = await page.evaluate(() => {
        const w = window as unknown as { __firstShell: { withRow: boolean } | null; __loadingShown: boolean };
        return { firstShell: w.__firstShell, loadingShown: w.__loadingShown };
      });
      expect(seen).toEqual({ firstShell: { withRow: true }, loadingShown: false });
    }
    // The draft shown is the one open last, and the domain list beside it is whole.
    await page.getByRole('heading', { name: 'big', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'small', exact: true }).waitFor();
  });
});
