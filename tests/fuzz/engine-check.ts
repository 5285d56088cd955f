import { expect } from 'vitest';
import { analyzeExtracted } from '../../lib/analyze';
import { parseHtml } from '../../lib/cli/parse-html';
import { collectSignals, detectPolicy } from '../../lib/detect';
import { extract } from '../../lib/extract';
import { segment } from '../../lib/segment';
import { HARD_CAP } from '../../lib/segment';
import type { Analysis, Extracted } from '../../lib/types';

const GRADES = ['A', 'B', 'C', 'D', 'E', '?'];

/**
 * Checks the engine's invariants on one extraction: blocks and sentences point at their text,
 * no unit crosses a block or exceeds the hard cap, findings quote the text at their offsets,
 * and the analysis is well-formed. Returns the analysis for case-specific checks.
 */
export function checkExtracted(ex: Extracted): Analysis {
  // Plain checks gathered into one list: one expect per item would dominate the run on 5 MB.
  const bad: string[] = [];
  let prevEnd = -1;
  ex.blocks.forEach((b, i) => {
    if (b.start <= prevEnd || b.end <= b.start || b.end > ex.text.length) bad.push(`block ${i} offsets ${b.start}-${b.end}`);
    prevEnd = b.end;
  });
  for (const s of segment(ex)) {
    const b = ex.blocks[s.block];
    if (ex.text.slice(s.start, s.end) !== s.text) bad.push(`sentence at ${s.start} does not match its offsets`);
    if (s.text.length > HARD_CAP) bad.push(`sentence at ${s.start} is ${s.text.length} characters`);
    if (!b || s.start < b.start || s.end > b.end) bad.push(`sentence at ${s.start} crosses block ${s.block}`);
  }
  const a = analyzeExtracted(ex, { isPolicy: true, confidence: 1, reasons: [] });
  for (const f of a.findings) if (ex.text.slice(f.start, f.end) !== f.text) bad.push(`finding ${f.label} at ${f.start} does not match its offsets`);
  expect(bad.slice(0, 5)).toEqual([]);
  expect(a.textLength).toBe(ex.text.length);
  expect(GRADES).toContain(a.score.grade);
  expect(() => JSON.stringify(a)).not.toThrow();
  return a;
}

/** Runs HTML through parse, detection, extraction and the checks above. */
export function checkHtml(html: string): { analysis: Analysis; extracted: Extracted } {
  const doc = parseHtml(html, 'https://fuzz.test/page');
  const detection = detectPolicy(collectSignals(doc, 'https://fuzz.test/page'));
  expect(typeof detection.isPolicy).toBe('boolean');
  const extracted = extract(doc);
  return { analysis: checkExtracted(extracted), extracted };
}
