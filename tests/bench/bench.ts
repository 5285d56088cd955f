/**
 * Benchmark (not a test): `npm run bench [-- --reps N] [-- --quiet]`.
 *
 * For every page of <shared>/eval/dev and <shared>/eval/pages (shared = ../shared next to the
 * repository root, as in CI), and in total:
 *   - engine ratio: segment + classify + score time / Readability parse() time on the same
 *     page (target <= 0.25);
 *   - detector ratio, on pages that are not policies (pages.json false): collectSignals +
 *     detectPolicy time / Readability isProbablyReaderable() time on the same doc (target <= 0.05).
 * Each figure is the median of N runs (default 5) after one warm-up run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHtml } from '../../lib/cli/parse-html';
import { classify } from '../../lib/classify';
import { collectSignals, detectPolicy } from '../../lib/detect';
import { extract } from '../../lib/extract';
import { scoreFindings } from '../../lib/score';
import { segment } from '../../lib/segment';
import { sharedDir } from './shared-dir';

const argv = process.argv.slice(2);
const reps = Math.max(1, Number(argv[argv.indexOf('--reps') + 1]) || 5);
const quiet = argv.includes('--quiet');

/** Median time of `reps` runs of `run` after a warm-up; `setup` runs untimed before each. */
function median<T>(setup: () => T, run: (x: T) => void): number {
  run(setup());
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const x = setup();
    const t0 = performance.now();
    run(x);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1] ?? 0;
}

/**
 * Median per-call time of an operation that does not change its input, for calls far shorter than
 * the timer's useful resolution: each sample repeats the call until at least 2 ms have passed.
 */
function medianPerCall(run: () => void): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    do { run(); n++; t = performance.now(); } while (t - t0 < 2);
    times.push((t - t0) / n);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1] ?? 0;
}

interface Row { page: string; readability: number; engine: number; segment: number; readerable?: number; detector?: number }

function benchPage(file: string, isPolicy: boolean | undefined): Row {
  const html = readFileSync(file, 'utf8');
  const url = `file://${file}`;
  const readability = median(() => parseHtml(html, url), (doc) => { new Readability(doc).parse(); });
  const ex = extract(parseHtml(html, url));
  const engine = median(() => ex, (e) => { scoreFindings(classify(segment(e)), e.text.length); });
  const seg = median(() => ex, (e) => { segment(e); });
  const row: Row = { page: file, readability, engine, segment: seg };
  if (isPolicy === false) {
    const doc = parseHtml(html, url);
    row.readerable = medianPerCall(() => { isProbablyReaderable(doc); });
    row.detector = medianPerCall(() => { detectPolicy(collectSignals(doc, url)); });
  }
  return row;
}

const fmt = (x: number): string => x.toFixed(3);
const shared = sharedDir();
if (!shared) {
  console.error('bench: ../shared/eval not found next to the repository root; nothing to measure');
  process.exit(1);
}
// Warm-up: without it the first pages measured pay for the JIT compiling the detector, the
// classifier and Readability, and a few cold pages dominate totals made of sub-millisecond calls.
for (const set of ['dev', 'pages']) {
  const dir = join(shared, 'eval', set);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.html')).sort().slice(0, 40)) {
    const file = join(dir, f);
    const html = readFileSync(file, 'utf8');
    const doc = parseHtml(html, `file://${file}`);
    for (let i = 0; i < 5; i++) { isProbablyReaderable(doc); detectPolicy(collectSignals(doc, `file://${file}`)); }
    const ex = extract(parseHtml(html, `file://${file}`));
    scoreFindings(classify(segment(ex)), ex.text.length);
  }
}

const rows: Row[] = [];
for (const set of ['dev', 'pages']) {
  const dir = join(shared, 'eval', set);
  if (!existsSync(dir)) { console.error(`bench: ${dir} missing, skipped`); continue; }
  const truthFile = join(dir, 'pages.json');
  const truth = existsSync(truthFile) ? (JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, boolean>) : {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.html')).sort()) {
    const r = benchPage(join(dir, f), truth[f]);
    rows.push(r);
    if (!quiet) {
      const det = r.detector !== undefined && r.readerable ? `  detector ${fmt(r.detector)} ms / readerable ${fmt(r.readerable)} ms = ${fmt(r.detector / r.readerable)}` : '';
      console.log(`${set}/${f}: engine ${fmt(r.engine)} ms / readability ${fmt(r.readability)} ms = ${fmt(r.engine / r.readability)} (segment ${fmt(r.segment)} ms)${det}`);
    }
  }
}
const sum = (k: keyof Omit<Row, 'page'>): number => rows.reduce((n, r) => n + (r[k] ?? 0), 0);
const ratios = rows.map((r) => r.engine / r.readability).sort((a, b) => a - b);
const detRatios = rows.filter((r) => r.detector !== undefined && r.readerable).map((r) => (r.detector ?? 0) / (r.readerable ?? 1)).sort((a, b) => a - b);
const pick = (xs: number[], q: number): number => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
console.log(`\n${rows.length} pages, median of ${reps} runs each`);
console.log(`engine (segment+classify+score) / Readability parse(): total ${fmt(sum('engine') / sum('readability'))} (${sum('engine').toFixed(0)} / ${sum('readability').toFixed(0)} ms), per page median ${fmt(pick(ratios, 0.5))}, p90 ${fmt(pick(ratios, 0.9))}, max ${fmt(pick(ratios, 1))}; target <= 0.25`);
console.log(`  of which segment alone: total ${fmt(sum('segment') / sum('readability'))} of Readability's time (${sum('segment').toFixed(0)} ms)`);
console.log(`detector (collectSignals+detectPolicy) / isProbablyReaderable, ${detRatios.length} non-policy pages: total ${fmt(sum('detector') / sum('readerable'))} (${sum('detector').toFixed(1)} / ${sum('readerable').toFixed(1)} ms), per page median ${fmt(pick(detRatios, 0.5))}, p90 ${fmt(pick(detRatios, 0.9))}, max ${fmt(pick(detRatios, 1))}; target <= 0.05`);
