import type { Detection } from '../types';
import { collectSignals } from './collect';
import { detectPolicy } from './decide';

/** A detection plus what it cost, for benchmarks and the CLI's verbose output. */
export interface TimedDetection extends Detection {
  /** Wall time of collect + decide in milliseconds. */
  ms: number;
  /** DOM nodes visited by `collectSignals`. */
  visited: number;
  /** Characters of text sampled (0 on the early exit). */
  sampleChars: number;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Runs the whole detector on a document and reports its cost: the benchmark helper the bench
 * compares with Readability's `isProbablyReaderable`.
 * @param doc the page
 * @param url its address, '' when unknown
 */
export function detectDocument(doc: Document, url = ''): TimedDetection {
  const t0 = now();
  const signals = collectSignals(doc, url);
  const detection = detectPolicy(signals);
  return { ...detection, ms: now() - t0, visited: signals.visited ?? 0, sampleChars: signals.sample.length };
}
