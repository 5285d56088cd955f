import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../lib/extract';
import { HARD_CAP, segment, SOFT_CAP } from '../../lib/segment';
import type { Extracted, TextBlock } from '../../lib/types';

/** An Extracted with one paragraph per string. */
function paras(...texts: string[]): Extracted {
  let at = 0;
  const blocks: TextBlock[] = texts.map((t) => {
    const b: TextBlock = { kind: 'paragraph', level: 0, start: at, end: at + t.length };
    at += t.length + 2;
    return b;
  });
  return { title: '', lang: 'en', text: texts.join('\n\n'), blocks, method: 'text' };
}

const texts = (ex: Extracted): string[] => segment(ex).map((s) => s.text);

describe('segment: abbreviations and numbers', () => {
  it('does not split after e.g., i.e., etc. mid-sentence, decimals, URLs or e-mails', () => {
    const t = 'We use cookies, e.g. session cookies, i.e. small files, pixels, etc. for analytics. Version 2.5 of the app reads www.example.com/privacy.html and writes to privacy@example.co.uk. You may object.';
    expect(texts(paras(t))).toEqual([
      'We use cookies, e.g. session cookies, i.e. small files, pixels, etc. for analytics.',
      'Version 2.5 of the app reads www.example.com/privacy.html and writes to privacy@example.co.uk.',
      'You may object.',
    ]);
  });

  it('keeps "U.S.", "Inc.", "No. 5" and initials inside a sentence but ends at them before a sentence opener', () => {
    const t = 'Data is stored in the U.S. Department of Commerce framework by Acme Inc. and J. R. Smith under Order No. 5 of 2020. Our processor is Beta Ltd. We never sell data to the U.S. We also comply with Sec. 1798.100 of the Cal. Civ. Code.';
    expect(texts(paras(t))).toEqual([
      'Data is stored in the U.S. Department of Commerce framework by Acme Inc. and J. R. Smith under Order No. 5 of 2020.',
      'Our processor is Beta Ltd.',
      'We never sell data to the U.S.',
      'We also comply with Sec. 1798.100 of the Cal. Civ. Code.',
    ]);
  });

  it('keeps enumerated sub-clauses "(i) ... (ii)" and "1. ... 2." in their sentence', () => {
    const t = 'We may disclose data: 1. To comply with law; 2. To protect our rights. We may also (i) notify you, (ii) suspend the account, or (iii) both.';
    expect(texts(paras(t))).toEqual([
      'We may disclose data: 1. To comply with law; 2. To protect our rights.',
      'We may also (i) notify you, (ii) suspend the account, or (iii) both.',
    ]);
  });

  it('splits at ? and ! and after closing quotes, not before lower-case continuations', () => {
    const t = 'What do we collect? Everything you type! We call this "Usage Data." It is kept. see the table. Next.';
    expect(texts(paras(t))).toEqual(['What do we collect?', 'Everything you type!', 'We call this "Usage Data."', 'It is kept. see the table.', 'Next.']);
  });
});

describe('segment: blocks', () => {
  const md = '# Privacy\n\n## How We Share Data\n\nWe share data with the following parties. They act for us:\n\n- advertisers, for their own marketing\n- analytics providers. They measure traffic.\n\nWe keep data for 30 days.';
  const ex = extractPlainText(md);
  const sents = segment(ex);

  it('makes headings and list items their own units and never crosses a block', () => {
    expect(sents.map((s) => s.text)).toEqual([
      'Privacy',
      'How We Share Data',
      'We share data with the following parties.',
      'They act for us:',
      'advertisers, for their own marketing',
      'analytics providers.',
      'They measure traffic.',
      'We keep data for 30 days.',
    ]);
    for (const s of sents) expect(s.text).not.toContain('\n');
  });

  it('keeps exact offsets into the extracted text', () => {
    for (const s of sents) expect(ex.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('carries block index, nearest heading and lead', () => {
    const item = sents.find((s) => s.text.startsWith('advertisers'));
    expect(item?.heading).toBe('How We Share Data');
    // A list item's lead is the sentence that introduces the list.
    expect(item?.lead).toBe('They act for us:');
    const second = sents.find((s) => s.text === 'They act for us:');
    expect(second?.lead).toBe('We share data with the following parties.');
    expect(second?.block).toBe(2);
    expect(sents.find((s) => s.text === 'How We Share Data')?.heading).toBe('Privacy');
    expect(sents.find((s) => s.text.startsWith('We keep'))?.lead).toBe('We keep data for 30 days.');
  });
});

describe('segment: long units', () => {
  it('splits a very long sentence at semicolons, keeping offsets', () => {
    const clause = (i: number): string => `we may share information with service provider number ${i} that helps us operate, maintain and improve the service for you`;
    const t = `${Array.from({ length: 12 }, (_, i) => clause(i)).join('; ')}.`;
    const ex = paras(t);
    const s = segment(ex);
    expect(t.length).toBeGreaterThan(SOFT_CAP * 2);
    expect(s.length).toBeGreaterThan(2);
    for (const u of s) {
      expect(u.text.length).toBeLessThanOrEqual(SOFT_CAP);
      expect(ex.text.slice(u.start, u.end)).toBe(u.text);
    }
    expect(s.map((u) => u.text).join(' ')).toBe(t);
  });

  it('caps text with no punctuation at all', () => {
    const t = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ');
    const s = segment(paras(t));
    for (const u of s) expect(u.text.length).toBeLessThanOrEqual(HARD_CAP);
    expect(s.map((u) => u.text).join(' ')).toBe(t);
  });

  it('reads text without blocks as one paragraph, and empty text as nothing', () => {
    expect(segment({ title: '', lang: '', text: 'One. Two.', blocks: [], method: 'text' }).map((s) => s.text)).toEqual(['One.', 'Two.']);
    expect(segment({ title: '', lang: '', text: '', blocks: [], method: 'text' })).toEqual([]);
  });
});
