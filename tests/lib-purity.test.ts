import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// lib/ is the engine: it must run in Node (CLI, tests) and in every extension context, so it may
// not use extension APIs or WXT; only lib/cli/ (the Node CLI) may use Node built-ins.
// This stands in for a lint zone (conventions.md: darkreader's import/no-restricted-paths).
const root = join(__dirname, '..', 'lib');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });

const IMPORT = /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('lib/ stays pure', () => {
  const all = files(root);
  it('finds the engine files', () => {
    expect(all.length).toBeGreaterThan(10);
  });
  for (const file of all) {
    const rel = relative(root, file);
    it(`${rel} uses no extension APIs${rel.startsWith('cli/') ? '' : ' and no Node built-ins'}`, () => {
      const src = readFileSync(file, 'utf8');
      const specs = [...src.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
      for (const s of specs) {
        expect(s, `${rel} imports ${s}`).not.toMatch(/^(?:wxt|#imports|@webext-core|webextension-polyfill)/);
        if (!rel.startsWith('cli/')) expect(s, `${rel} imports ${s}`).not.toMatch(/^node:|^(?:fs|path|child_process|os|url)$/);
      }
      expect(src).not.toMatch(/\b(?:browser|chrome)\.(?:runtime|tabs|storage|action|scripting)\b/);
    });
  }
});
