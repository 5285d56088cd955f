/**
 * Measures segmentation against gold sentences (not a test): for each gold sentence of
 * <shared>/eval/dev/*.gold.jsonl, is there a segment that the scorer would match with it
 * (word sets overlap by >= 80% of the smaller, neither over 4x the other; score.mjs's rule)?
 *
 *   npx tsx tests/bench/segment-coverage.ts [dir] [--misses]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../lib/cli/parse-html';
import { extract } from '../../lib/extract';
import { segment } from '../../lib/segment';
import { sharedDir } from './shared-dir';

const words = (s: string): Set<string> =>
  new Set(s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').split(' ').filter(Boolean));
const matches = (a: Set<string>, b: Set<string>): boolean => {
  const lo = Math.min(a.size, b.size);
  const hi = Math.max(a.size, b.size);
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return lo > 0 && hi <= 4 * lo && n >= 0.8 * lo;
};

const shared = sharedDir();
const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? (shared ? join(shared, 'eval', 'dev') : '');
if (!dir || !existsSync(dir)) {
  console.error('segment-coverage: no gold directory (expected ../shared/eval/dev next to the repo)');
  process.exit(1);
}
const showMisses = process.argv.includes('--misses');
let total = 0;
let covered = 0;
let absent = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.jsonl')).sort()) {
  const page = join(dir, f.replace(/\.gold\.jsonl$/, '.html'));
  const ex = extract(parseHtml(readFileSync(page, 'utf8'), `file://${page}`));
  const segs = segment(ex).map((s) => words(s.text));
  const pageWords = words(ex.text);
  const gold = readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string });
  let n = 0;
  for (const g of gold) {
    const gw = words(g.text);
    if (segs.some((s) => matches(s, gw))) { n++; continue; }
    // Gold sentences whose words are not in the extracted text at all were lost by extraction, not segmentation.
    const inText = [...gw].filter((w) => pageWords.has(w)).length >= 0.8 * gw.size;
    if (!inText) absent++;
    if (showMisses) console.log(`  miss ${g.id}${inText ? '' : ' (not in extracted text)'}: ${g.text.slice(0, 140)}`);
  }
  total += gold.length;
  covered += n;
  console.log(`${f}: ${n}/${gold.length} gold sentences matched by a segment (${ex.method}, ${segs.length} segments)`);
}
console.log(`coverage ${covered}/${total} = ${((100 * covered) / Math.max(1, total)).toFixed(1)}%; ${absent} misses are not in the extracted text`);
