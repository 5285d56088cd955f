// Lists what the engine missed and what it said wrongly on a labelled folder of ../shared/eval,
// matched the way ../shared/eval/score.mjs matches (a development aid, not a test):
//   npm run eval:misses -- <gold-dir> [label-prefix] [--fp|--fn]   (gold-dir: ../shared/eval/modern, tests/fixtures/labeled, ...)
// Read misses as classes of phrasing to write rules from the taxonomy for, never as sentences to copy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeLoaded } from '../../lib/cli/analyze-input';
import { loadInput } from '../../lib/cli/load';

type Gold = { id: string; text: string; labels: string[]; optional?: string[] };
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '';
const prefix = args.filter((a) => !a.startsWith('--'))[1] ?? '';
const onlyFp = args.includes('--fp');
const onlyFn = args.includes('--fn');
const words = (s: string) => new Set(s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').split(' ').filter(Boolean));
const overlap = (a: Set<string>, b: Set<string>) => { let n = 0; for (const w of a) if (b.has(w)) n++; return n; };
const matches = (f: Set<string>, u: Set<string>) => {
  const lo = Math.min(f.size, u.size), hi = Math.max(f.size, u.size);
  return lo > 0 && hi <= 4 * lo && overlap(f, u) >= 0.8 * lo;
};
const cut = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…` : s);

for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.jsonl')).sort()) {
  const doc = file.slice(0, -'.gold.jsonl'.length);
  const gold: Gold[] = readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  // tests/fixtures/labeled keeps its pages in ../shared/eval/pages, named by pages.json.
  const named = existsSync(join(dir, 'pages.json')) ? (JSON.parse(readFileSync(join(dir, 'pages.json'), 'utf8')) as Record<string, unknown>)[doc] : undefined;
  const page = typeof named === 'string' ? join(import.meta.dirname, '../../../shared/eval/pages', named) : join(dir, `${doc}.html`);
  const analysis = analyzeLoaded(await loadInput(page));
  const gw = gold.map((g) => words(g.text));
  const found = new Set<string>();
  for (const f of analysis.findings) {
    if (!f.label.startsWith(prefix)) continue;
    const fw = words(f.text);
    const hits = gold.filter((g, i) => (g.labels.includes(f.label) || (g.optional ?? []).includes(f.label)) && matches(fw, gw[i]!));
    for (const g of hits) found.add(`${g.id}|${f.label}`);
    if (!hits.length && !onlyFn) console.log(`FP ${doc} ${f.label} (${f.rule}) | ${cut(f.text)}`);
  }
  if (onlyFp) continue;
  for (const g of gold) for (const l of g.labels) {
    if (l.startsWith(prefix) && !found.has(`${g.id}|${l}`)) console.log(`FN ${g.id} ${l} | ${cut(g.text)}`);
  }
}
