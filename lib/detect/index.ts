import type { Detection } from '../types';

/** The cheap signals the detector reads; collected without walking the whole DOM. */
export interface PageSignals {
  url: string;
  title: string;
  /** Text of the first few h1/h2 headings. */
  headings: string[];
  /** href of <link rel="canonical">, if any. */
  canonical: string;
  /** A bounded sample of the page's visible text (a few KB at most). */
  sample: string;
}

/**
 * Collects `PageSignals` from a document with bounded work (TODO: detect helper).
 */
export function collectSignals(doc: Document, url: string): PageSignals {
  return { url, title: doc.title ?? '', headings: [], canonical: '', sample: '' };
}

/** Decides whether the page is a privacy policy (TODO: detect helper). */
export function detectPolicy(signals: PageSignals): Detection {
  const isPolicy = /privacy/i.test(signals.title);
  return { isPolicy, confidence: isPolicy ? 0.6 : 0.4, reasons: isPolicy ? ['title mentions privacy'] : [] };
}
