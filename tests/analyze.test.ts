import { describe, expect, it } from 'vitest';
import { analyzeExtracted } from '../lib/analyze';
import { ENGINE_VERSION } from '../lib/version';

describe('analyzeExtracted', () => {
  it('carries the engine version and text length', () => {
    const text = 'We do not sell your personal information.';
    const a = analyzeExtracted(
      { title: 't', lang: 'en', text, blocks: [{ kind: 'paragraph', level: 0, start: 0, end: text.length }], method: 'text' },
      { isPolicy: true, confidence: 1, reasons: [] },
    );
    expect(a.engineVersion).toBe(ENGINE_VERSION);
    expect(a.textLength).toBe(text.length);
  });
});
