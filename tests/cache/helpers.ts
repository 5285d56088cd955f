/** Test data for the cache tests. */
import type { Analysis } from '../../lib/types';

let n = 0;

/** A fresh database name per test: fake-indexeddb is shared by the whole file. */
export function dbName(): string {
  n += 1;
  return `policylens-test-${n}-${Math.random().toString(36).slice(2)}`;
}

/** A small valid analysis; `pad` makes it bigger for the byte cap. */
export function analysis(title: string, pad = 0, engineVersion = '9.9.9'): Analysis {
  return {
    engineVersion,
    title,
    lang: 'en',
    detection: { isPolicy: true, confidence: 0.9, reasons: ['title'] },
    findings: [{
      label: 'data-sale:risk', category: 'data-sale', stance: 'risk', severity: 'high',
      text: `We may sell your data. ${'x'.repeat(pad)}`, start: 0, end: 22, confidence: 0.9, rule: 'data-sale/test',
    }], practices: [],
    score: { score: 40, grade: 'D', verdict: 'Sells data', contributions: [] },
    textLength: 1000,
    ms: 1,
  };
}
