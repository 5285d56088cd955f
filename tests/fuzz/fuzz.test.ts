/**
 * Generated and garbage inputs through the whole engine: nothing may throw or hang (the test
 * timeout guards hangs; inputs are bounded so the suite stays fast). An unusable input is
 * defined as: the engine returns an Analysis with textLength 0, no findings and grade '?'
 * (a page with no text); the CLI refuses binary input with an error line (InputError).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, loadInput } from '../../lib/cli/load';
import { extractPlainText } from '../../lib/extract';
import { segment } from '../../lib/segment';
import { checkExtracted, checkHtml } from './engine-check';
import { prng, randomBytesText, tagSoup } from './generators';

const POLICY_PARA = [
  '<h2>Sharing</h2><p>We may share your personal information with advertising partners, e.g. ad networks in the U.S. and the E.U., for their own marketing purposes; we do not sell it.</p>',
  '<ul><li>Contact lists you upload</li><li>Location derived from your IP address</li></ul>',
  '<p>Our site does not respond to Do Not Track signals. Questions? Write to privacy@example.com or to Example Inc., 1 Main St., No. 5.</p>',
].join('');

describe('fuzz: garbage in, no crash', () => {
  it('random bytes', () => {
    const rand = prng(1);
    for (let i = 0; i < 20; i++) {
      const junk = randomBytesText(rand, 2048);
      checkHtml(junk);
      checkExtracted(extractPlainText(junk));
    }
  });

  it('random tag soup', () => {
    const rand = prng(2);
    for (let i = 0; i < 40; i++) checkHtml(tagSoup(rand, 400));
  });

  it('binary with NULs: the engine copes, the CLI loader refuses it', async () => {
    const bin = `\u0000PK\u0003\u0004${'\u0000\u0001\u00ff'.repeat(500)}We sell data.`;
    const { extracted } = checkHtml(bin);
    expect(extracted.text).not.toContain('\u0000');
    const dir = mkdtempSync(join(tmpdir(), 'policylens-fuzz-'));
    try {
      const file = join(dir, 'archive.html');
      writeFileSync(file, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0x3c, 0x70, 0x3e]));
      await expect(loadInput(file)).rejects.toBeInstanceOf(InputError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('fuzz: pathological structure', () => {
  it('5000 nested divs', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}Deep text survives. We may sell your data.${'</div>'.repeat(5000)}</body></html>`;
    const { extracted } = checkHtml(html);
    expect(extracted.text).toBe('Deep text survives. We may sell your data.');
  });

  it('5000 unclosed and unbalanced tags', () => {
    const html = `<html><body>${'<p><b><i>We keep logs. '.repeat(1000)}${'</span></td></li>'.repeat(1000)}</body>`;
    const { extracted } = checkHtml(html);
    expect(extracted.text).toContain('We keep logs.');
  });

  it('a page with no text is an empty analysis graded "?"', () => {
    for (const html of ['', '<html></html>', '<html><body><img src=x><script>alert(1)</script><style>p{}</style></body></html>', '   \n\t ']) {
      const { analysis } = checkHtml(html);
      expect(analysis.textLength).toBe(0);
      expect(analysis.findings).toEqual([]);
      expect(analysis.score.grade).toBe('?');
    }
  });

  it('a 1 MB policy page through the DOM path', () => {
    const html = `<html><head><title>Privacy Policy</title></head><body><main>${POLICY_PARA.repeat(Math.ceil(1e6 / POLICY_PARA.length))}</main></body></html>`;
    const { extracted } = checkHtml(html);
    expect(extracted.text.length).toBeGreaterThan(5e5);
  });

  it('a 5 MB policy through the text path', () => {
    const para = 'We may share your personal information with advertising partners for their own marketing purposes. We keep it for as long as your account is open; you may delete it at any time.\n\n';
    const ex = extractPlainText(para.repeat(Math.ceil(5e6 / para.length)));
    expect(ex.text.length).toBeGreaterThan(4.9e6);
    checkExtracted(ex);
  });

  it('text with no sentence breaks and a huge single line', () => {
    const words = Array.from({ length: 50_000 }, (_, i) => `clause${i % 97}`).join(' ');
    expect(segment(extractPlainText(words)).length).toBeGreaterThan(300);
    checkExtracted(extractPlainText(words));
    const line = 'x'.repeat(1_000_000);
    const { extracted } = checkHtml(`<p>${line}</p>`);
    expect(extracted.text.length).toBe(1_000_000);
    checkExtracted(extractPlainText(`${'a;'.repeat(200_000)}`));
  });
});
