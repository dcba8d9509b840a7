import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const STYLES = fileURLToPath(new URL('../../renderer/styles/', import.meta.url));

/** Every selector of a stylesheet (comments and at-rule preludes left out), one per list item. */
function selectorsOf(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...text.matchAll(/([^{};]+)\{/g)]
    .map((m) => m[1]!.trim())
    .filter((prelude) => !prelude.startsWith('@'))
    .flatMap((list) => list.split(',').map((s) => s.trim()));
}

/** A ::before/::after whose element part is `*` or nothing: a rule every element's pseudo-elements match. */
const UNIVERSAL_PSEUDO = /(^|[\s>+~])\*?::?(before|after)\b/;

describe('the renderer stylesheets', () => {
  it('finds the selectors of a rule list', () => {
    expect(selectorsOf('/* a, b */ *,\n*::before { x: 1 } @media (x) { .a > ::after { y: 2 } }')).toEqual([
      '*',
      '*::before',
      '.a > ::after',
    ]);
    expect(['*::before', '::after', '.a > *:after'].every((s) => UNIVERSAL_PSEUDO.test(s))).toBe(true);
    expect(['.tab::after', '.a .b::before'].some((s) => UNIVERSAL_PSEUDO.test(s))).toBe(false);
  });

  it('have no rule on every element’s ::before/::after, which costs each style pass two styles per element', () => {
    const found = readdirSync(STYLES)
      .filter((name) => name.endsWith('.css'))
      .flatMap((name) =>
        selectorsOf(readFileSync(path.join(STYLES, name), 'utf8'))
          .filter((selector) => UNIVERSAL_PSEUDO.test(selector))
          .map((selector) => `${name}: ${selector}`),
      );
    expect(found).toEqual([]);
  });
});
