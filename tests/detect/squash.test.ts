import { describe, expect, it } from 'vitest';
import { squash } from '../../lib/detect/dom-walk';

/** The plain definition `squash` must keep matching: every whitespace run becomes one space. */
const reference = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim();

describe('squash', () => {
  it('collapses tabs, newlines, NBSP and runs of spaces, and trims', () => {
    expect(squash('  Privacy\u00a0Policy\n\t|  Acme  ')).toBe('Privacy Policy | Acme');
    expect(squash('a\nb')).toBe('a b');
    expect(squash('a \u00a0 b')).toBe('a b');
  });

  it('leaves text with single spaces unchanged', () => {
    expect(squash('Terms of Service | Acme')).toBe('Terms of Service | Acme');
  });

  it('agrees with the plain definition on mixed whitespace', () => {
    const chars = [' ', '\n', '\t', '\u00a0', '\u2003', '\r', 'x', 'y'];
    // Every string of up to 4 of these characters: covers lone, leading, trailing and mixed runs.
    const all = (n: number): string[] => (n === 0 ? [''] : all(n - 1).flatMap((s) => chars.map((c) => s + c)));
    for (const text of [...all(3), ...all(4)]) expect(squash(text)).toBe(reference(text));
  });
});
