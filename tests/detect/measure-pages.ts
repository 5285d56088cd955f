/**
 * Measures the page detector on a folder of labelled pages (default /work/shared/eval/pages):
 * precision / recall / F1 against pages.json, the misses, and the detector's time against
 * Readability's isProbablyReaderable on the non-policy pages (linkedom documents).
 *
 *   npx tsx tests/detect/measure-pages.ts [dir] [--verbose] [--strip-title]
 *
 * --strip-title is a robustness check: every title is cut to its last segment (the site name) and
 * the canonical link is dropped, so the verdict has to come from headings and text.
 *
 * Without pages.json every page of the folder is expected to be a policy (dev/, tosdr/).
 * Not a vitest file: it reads 18 MB of pages and times things, so it stays out of the unit suite.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { collectSignals, detectPolicy } from '../../lib/detect';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '/work/shared/eval/pages';
const verbose = args.includes('--verbose');
const stripTitle = args.includes('--strip-title');
/** Keeps only the title's last segment ("Privacy Policy | Acme" -> "Acme") and drops the canonical link. */
const strip = (html: string): string =>
  html
    .replace(/<title>([^<]*)<\/title>/i, (_m, t: string) => `<title>${t.split(/\s[|\u2013\u2014-]\s/).pop() ?? ''}</title>`)
    .replace(/<link[^>]+rel=["']?canonical[^>]*>/gi, '');
const labelsFile = join(dir, 'pages.json');
const labels: Record<string, boolean> = existsSync(labelsFile) ? (JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, boolean>) : {};
const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;
/** Best of 5 batch means: the machine is shared, so the minimum is the stable figure. */
const time = (fn: () => void, reps: number): number => {
  let best = Infinity;
  for (let b = 0; b < 5; b++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    best = Math.min(best, (performance.now() - t0) / reps);
  }
  return best;
};

let tp = 0, fp = 0, fn = 0, tn = 0;
let detMs = 0, readMs = 0, nonPolicies = 0, sampled = 0, maxSample = 0, maxVisited = 0;
const misses: string[] = [];
for (const f of files) {
  const raw = readFileSync(join(dir, f), 'utf8');
  const html = stripTitle ? strip(raw) : raw;
  const doc = parse(html);
  const signals = collectSignals(doc, '');
  const det = detectPolicy(signals);
  const gold = labels[f] ?? true;
  if (det.isPolicy && gold) tp++;
  else if (det.isPolicy) fp++;
  else if (gold) fn++;
  else tn++;
  if (signals.sampled) sampled++;
  maxSample = Math.max(maxSample, signals.sample.length);
  maxVisited = Math.max(maxVisited, signals.visited ?? 0);
  if (det.isPolicy !== gold || verbose) {
    const line = `${det.isPolicy === gold ? 'ok  ' : gold ? 'FN  ' : 'FP  '}${f} conf=${det.confidence} title=${JSON.stringify(signals.title.slice(0, 70))} :: ${det.reasons.join(' ; ')}`;
    (det.isPolicy !== gold ? misses : []).push(line);
    if (verbose) console.log(line);
  }
  if (!gold) {
    // Cost on the pages the detector must be cheap on: repeat to get past timer resolution.
    nonPolicies++;
    detMs += time(() => detectPolicy(collectSignals(doc, '')), 20);
    readMs += time(() => isProbablyReaderable(doc), 5);
  }
}
const precision = tp / Math.max(1, tp + fp);
const recall = tp / Math.max(1, tp + fn);
const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
console.log(`${dir}: ${files.length} pages  tp=${tp} fp=${fp} fn=${fn} tn=${tn}`);
console.log(`precision=${precision.toFixed(3)} recall=${recall.toFixed(3)} F1=${f1.toFixed(3)}`);
console.log(`sampled ${sampled}/${files.length} pages; max sample ${maxSample} chars; max nodes visited ${maxVisited}`);
if (nonPolicies) {
  console.log(
    `non-policy pages: detector ${(detMs / nonPolicies).toFixed(3)} ms/page, isProbablyReaderable ${(readMs / nonPolicies).toFixed(3)} ms/page, ratio ${(detMs / readMs).toFixed(4)}`,
  );
}
if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
