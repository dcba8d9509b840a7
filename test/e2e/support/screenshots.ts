/**
 * Screenshots of every main screen in light and dark, at 1280×800 and 1024×700, for looking at by hand.
 * Not part of the test run, and it builds nothing: run `npm run build` first, then
 *   npx tsx test/e2e/support/screenshots.ts <folder>
 * It starts the built browser shell and the domain emulator on loopback ports and stops both at the end.
 * Each PNG is named <screen>-<theme>-<width>x<height>.png; axe-core findings go to <folder>/axe.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmulator } from '../../../electron/services/emulator';
import { openBrowser } from './browser-launch';
import { tourEveryScreen } from './tour';
import { removeDataDir, startWebShell } from './web-shell';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;
const THEMES = ['light', 'dark'] as const;

const out = process.argv[2];
if (!out) {
  process.stderr.write('Usage: npx tsx test/e2e/support/screenshots.ts <folder for the PNGs>\n');
  process.exit(2);
}
const root = fileURLToPath(new URL('../../..', import.meta.url));
if (!existsSync(path.join(root, 'dist/web/serve.js'))) {
  process.stderr.write(
    'dist/web/serve.js is missing: run `npm run build` first (this script builds nothing).\n',
  );
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type Finding = { id: string; impact: string | null; targets: string[] };

const emulator = await createEmulator();
const shell = await startWebShell();
const browser = await openBrowser();
const findings: Record<string, Finding[]> = {};
try {
  const page = browser.page;
  await page.goto(shell.openUrl);
  await tourEveryScreen(page, emulator, async (name) => {
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.waitForTimeout(150);
        const file = path.join(out, `${name}-${theme}-${size.width}x${size.height}.png`);
        await page.screenshot({ path: file });
      }
      await page.evaluate(axeSource);
      findings[`${name}-${theme}`] = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(d: Document): Promise<{
                violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
              }>;
            };
          }
        ).axe;
        const result = await axe.run(document);
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
        }));
      });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize(SIZES[0]);
    process.stdout.write(`${name}\n`);
  });
} finally {
  writeFileSync(path.join(out, 'axe.json'), `${JSON.stringify(findings, null, 2)}\n`);
  await browser.close();
  await shell.stop();
  await emulator.close();
  removeDataDir(shell.dataDir);
}
