/**
 * Size budget check, run after `npm run build && npm run zip`:
 *   npx tsx tests/e2e/check-bundle-size.ts
 * Content script injected into every page <= 10 KiB gzipped; each store zip <= 150 KiB.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = resolve(import.meta.dirname, '../../.output');
const CONTENT_BUDGET = 10 * 1024;
const ZIP_BUDGET = 150 * 1024;
let failed = false;

function check(what: string, bytes: number, budget: number): void {
  const ok = bytes <= budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${bytes} B (budget ${budget} B)`);
}

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const manifest = JSON.parse(readFileSync(resolve(OUT, target, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[]; css?: string[] }[] };
  let injected = 0;
  for (const cs of manifest.content_scripts ?? []) {
    for (const file of [...(cs.js ?? []), ...(cs.css ?? [])]) injected += gzipSync(readFileSync(resolve(OUT, target, file)), { level: 9 }).length;
  }
  check(`${target}: injected into every page (gzip -9)`, injected, CONTENT_BUDGET);
}
for (const zip of readdirSync(OUT).filter((f) => f.endsWith('.zip') && !f.includes('sources'))) {
  check(zip, statSync(resolve(OUT, zip)).size, ZIP_BUDGET);
}
process.exitCode = failed ? 1 : 0;
