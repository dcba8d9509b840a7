import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = path.join(ROOT, 'renderer/main.tsx');

/** Specifiers a module loads when it is evaluated: value imports and re-exports, not types or import(). */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const typesOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((e) => e.isTypeOnly)));
      if (!typesOnly) out.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const named = node.exportClause;
      const typesOnly =
        node.isTypeOnly ||
        (named !== undefined && ts.isNamedExports(named) && named.elements.every((e) => e.isTypeOnly));
      if (!typesOnly) out.push(node.moduleSpecifier.text);
    }
  }
  return out;
}

function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null; // a stylesheet or another asset
}

/** Every source module reached from `roots` without import(), and the packages they import. */
function reachable(roots: string[]): { modules: Set<string>; packages: Map<string, string> } {
  const modules = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (modules.has(file)) continue;
    modules.add(file);
    for (const specifier of staticImports(file)) {
      const target = resolve(file, specifier);
      if (target) queue.push(target);
      else if (!specifier.startsWith('.')) packages.set(specifier, path.relative(ROOT, file));
    }
  }
  return { modules, packages };
}

describe('the renderer bundle that loads before the first paint', () => {
  const { modules, packages } = reachable([ENTRY]);
  const relative = [...modules].map((m) => path.relative(ROOT, m));

  it('leaves the schema library out: the draft on screen comes from the host, already validated', () => {
    const schemaImports = [...packages].filter(([p]) => p === 'zod' || p.startsWith('zod/'));
    expect(
      schemaImports,
      'a module of the first bundle imports zod (directly or through a schema module)',
    ).toEqual([]);
  });

  it('and so does the code fetched beside the draft for its first paint', () => {
    const preloaded = reachable([path.join(ROOT, 'renderer/features/settings/AppSettingsPanel.tsx')]);
    expect([...preloaded.packages].filter(([p]) => p === 'zod' || p.startsWith('zod/'))).toEqual([]);
  });

  it('leaves out what the first paint of a draft does not show', () => {
    for (const part of [
      'renderer/features/start/StartScreen.tsx',
      'renderer/features/settings/AppSettingsPanel.tsx',
      'renderer/features/shortcuts/ShortcutSheet.tsx',
      'renderer/features/security/SecurityPanel.tsx',
      'renderer/features/catalogue/CataloguePanel.tsx',
      'renderer/features/files/ImportDialogs.tsx',
      'shared/openapi/check-draft.ts',
      'shared/openapi/suggest.ts',
      'shared/draft-file/export-draft.ts',
    ]) {
      expect(relative, part).not.toContain(part);
    }
  });

  it("asks the host for the start's answers before any other module of the app is evaluated", () => {
    // Module evaluation follows import order: the entry's first import runs before React and the app.
    expect(staticImports(ENTRY)[0]).toBe('./ask-host-first');
    const asking = reachable([path.join(ROOT, 'renderer/ask-host-first.ts')]);
    expect([...asking.packages.keys()], 'the asking module waits for no package').toEqual([]);
  });

  it('has its icon bundled (content-hashed, so a reload takes it from the cache), not copied as is', () => {
    const html = readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8');
    const href = /<link rel="icon"[^>]*href="([^"]+)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    // The bundler hashes what index.html references from its own folder; public/ would be copied verbatim.
    expect(existsSync(path.join(ROOT, 'renderer', href ?? ''))).toBe(true);
    expect(existsSync(path.join(ROOT, 'renderer/public', href ?? ''))).toBe(false);
  });

  it('still holds the editor itself', () => {
    expect(relative).toContain('renderer/features/editor/MappingTable.tsx');
    expect(relative).toContain('shared/validation/incremental.ts');
  });
});
