import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../lib/extract';

describe('extractPlainText', () => {
  it('reads markdown headings, list items and hard-wrapped paragraphs', () => {
    const md = [
      '# Privacy Policy',
      '',
      'We collect the data you give us\nand the data your device sends.',
      '',
      '## Sharing',
      'We share data with:',
      '- payment processors;',
      '* **analytics** providers, see [our list](https://example.com/list);',
      '1. our auditors.',
      '   They are bound by confidentiality.',
    ].join('\n');
    const ex = extractPlainText(md, 'file.md');
    const bt = ex.blocks.map((b) => [b.kind, b.level, ex.text.slice(b.start, b.end)]);
    expect(ex.method).toBe('text');
    expect(ex.title).toBe('Privacy Policy');
    expect(bt).toEqual([
      ['heading', 1, 'Privacy Policy'],
      ['paragraph', 0, 'We collect the data you give us and the data your device sends.'],
      ['heading', 2, 'Sharing'],
      ['paragraph', 0, 'We share data with:'],
      ['list-item', 0, 'payment processors;'],
      ['list-item', 0, 'analytics providers, see our list;'],
      ['list-item', 0, 'our auditors. They are bound by confidentiality.'],
    ]);
  });

  it('takes a lone short line without punctuation as a heading in plain text', () => {
    const ex = extractPlainText('DATA RETENTION\n\nWe keep logs for 30 days.\n\nThanks.', 'policy.txt');
    expect(ex.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(ex.title).toBe('policy.txt');
  });

  it('handles CRLF line ends and empty input', () => {
    const ex = extractPlainText('First paragraph.\r\n\r\nSecond paragraph.');
    expect(ex.text).toBe('First paragraph.\n\nSecond paragraph.');
    expect(extractPlainText('').blocks).toEqual([]);
    expect(extractPlainText('   \n\n  ').text).toBe('');
  });
});
