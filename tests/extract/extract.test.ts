import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../lib/cli/parse-html';
import { extract } from '../../lib/extract';
import type { Extracted } from '../../lib/types';

const para = (n: number, topic: string): string =>
  Array.from({ length: n }, (_, i) => `We use ${topic} data for purpose number ${i + 1}, as described in this section of our policy.`).join(' ');

const blockTexts = (ex: Extracted): Array<[string, string]> => ex.blocks.map((b) => [b.kind, ex.text.slice(b.start, b.end)]);

describe('extract (Readability path)', () => {
  const html = `<!doctype html><html lang="en-GB"><head><title>Privacy Policy - Example</title></head><body>
    <nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
    <main><article>
      <h1>Privacy Policy</h1>
      <p>${para(4, 'account')}</p>
      <h2>Information We Share</h2>
      <p>We share information with the following parties:</p>
      <ul><li>Payment processors, to bill you.</li><li>Analytics providers such as <a href="/x">Example Analytics</a>.</li></ul>
      <h3>Retention</h3>
      <p>${para(3, 'retention')}</p>
      <table><tr><th>Category</th><th>Kept for</th></tr><tr><td>Logs</td><td>30 days</td></tr></table>
      <p>Contact us at privacy@example.com.</p>
    </article></main>
    <footer>© Example Ltd. All rights reserved.</footer></body></html>`;
  const ex = extract(parseHtml(html, 'https://example.com/privacy'));

  it('keeps headings with their level, list items and paragraphs in order', () => {
    const bt = blockTexts(ex);
    expect(ex.method).toBe('readability');
    expect(bt).toContainEqual(['heading', 'Information We Share']);
    expect(ex.blocks.find((b) => ex.text.slice(b.start, b.end) === 'Retention')?.level).toBe(3);
    // List items, then the table's body cells (each read with its column header as its lead-in).
    const items = bt.filter(([k]) => k === 'list-item').map(([, t]) => t);
    expect(items).toEqual(['Payment processors, to bill you.', 'Analytics providers such as Example Analytics.', 'Logs', '30 days']);
    const iShare = bt.findIndex(([, t]) => t === 'Information We Share');
    const iIntro = bt.findIndex(([, t]) => t.startsWith('We share information'));
    expect(iShare).toBeGreaterThanOrEqual(0);
    expect(iIntro).toBe(iShare + 1);
  });

  it('joins blocks with a blank line and records exact offsets', () => {
    expect(ex.text).toBe(ex.blocks.map((b) => ex.text.slice(b.start, b.end)).join('\n\n'));
    for (const b of ex.blocks) expect(ex.text.slice(b.start, b.end)).not.toMatch(/^\s|\s$|\n/);
  });

  it('gives each table body cell its column header as lead-in', () => {
    const leadOf = (text: string) => ex.blocks.find((b) => ex.text.slice(b.start, b.end) === text)?.lead;
    expect(leadOf('Logs')).toBe('Category');
    expect(leadOf('30 days')).toBe('Kept for');
    expect(leadOf('Payment processors, to bill you.')).toBeUndefined();
  });

  it('reads table cells as separate blocks and leaves out navigation and footer', () => {
    const texts = blockTexts(ex).map(([, t]) => t);
    expect(texts).toContain('30 days');
    expect(texts).toContain('Logs');
    expect(ex.text).not.toContain('Shop');
    expect(ex.text).not.toContain('All rights reserved');
  });

  it('takes title and language from the page', () => {
    expect(ex.title).toMatch(/Privacy Policy/);
    expect(ex.lang).toBe('en-GB');
  });
});

describe('extract (fallback path)', () => {
  it('falls back to the main text when Readability finds only a scrap', () => {
    // Many short sections: no single node scores as an article, the main text is long.
    const sections = Array.from({ length: 12 }, (_, i) => `<section><h2>Part ${i + 1}</h2><div>We keep record ${i + 1} for a year.</div></section>`).join('');
    const html = `<html><head><title>Terms</title></head><body><header>Site menu</header><main>${sections}</main><footer>Footer links</footer></body></html>`;
    const ex = extract(parseHtml(html));
    expect(ex.text).toContain('We keep record 1 for a year.');
    expect(ex.text).toContain('We keep record 12 for a year.');
    expect(ex.blocks.filter((b) => b.kind === 'heading').length).toBe(12);
    expect(ex.text).not.toContain('Footer links');
  });

  it('reads the body minus chrome when there is no main element', () => {
    const html = '<html><body><nav>Menu Items</nav><div>Short notice about cookies.</div><footer>Copyright</footer></body></html>';
    const ex = extract(parseHtml(html));
    expect(ex.text).toBe('Short notice about cookies.');
    expect(ex.text).not.toContain('Menu');
  });

  it('gives empty text and no blocks for a page without text', () => {
    const ex = extract(parseHtml('<html><head><title>Empty</title></head><body><div><img src="a.png"></div><script>var x = 1;</script></body></html>'));
    expect(ex.text).toBe('');
    expect(ex.blocks).toEqual([]);
    expect(ex.title).toBe('Empty');
  });

  it('survives a page without a body element', () => {
    const ex = extract(parseHtml('<html><head><title>Nothing</title></head></html>'));
    expect(ex.text).toBe('');
  });
});
