// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findTextRange, squash } from '../../utils/content/find-text';
import { clearHighlight, highlightText, HIGHLIGHT_ATTR } from '../../utils/content/highlight';
import { isReadable } from '../../utils/content/page-support';
import { unsupportedReason } from '../../utils/background/unsupported-reason';
import { serializePage } from '../../utils/content/serialize';
import { pagePart } from '../../utils/content/page-parts';
import { fetchPage } from '../../utils/background/fetch-page';

afterEach(() => {
  clearHighlight();
  document.body.innerHTML = '';
});

describe('finding a sentence in the live page', () => {
  it('matches across inline elements and whitespace, ignoring scripts', () => {
    document.body.innerHTML = '<p>Intro.</p><script>var We = "may sell";</script><p id="t">We <b>may</b>\n   sell your  <a href="#">personal data</a> to partners.</p>';
    const range = findTextRange(document.body, 'We may sell your personal data to partners.');
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('We may sell your personal data to partners.');
  });

  it('finds long sentences by their head, and nothing that is not there', () => {
    document.body.innerHTML = '<p>We don\u2019t respond to \u201cDo Not Track\u201d signals from your browser, as described in our cookie notice [1].</p>';
    expect(findTextRange(document.body, 'We don\u2019t respond to \u201cDo Not Track\u201d signals')).not.toBeNull();
    const long = 'We don\u2019t respond to \u201cDo Not Track\u201d signals from your browser, as described in our cookie notice.';
    expect(findTextRange(document.body, long)).not.toBeNull();
    expect(findTextRange(document.body, 'Nothing like this is on the page at all.')).toBeNull();
    expect(squash(' A \u00a0b\u00ad c ')).toBe('Abc');
    // Soft hyphens and zero-width spaces inside words are dropped by extraction, not by the page.
    document.body.innerHTML = '<p>We keep your infor\u00admation for thirty\u200b days.</p>';
    expect(findTextRange(document.body, 'We keep your information for thirty days.')?.toString()).toContain('thirty');
  });

  it('outlines the sentence block and restores the page on the next request', () => {
    document.body.innerHTML = '<p id="a" style="color: red">First sentence here.</p><p id="b">Second sentence here.</p>';
    expect(highlightText(document, 'First sentence here.')).toBe(true);
    const a = document.getElementById('a');
    expect(a?.hasAttribute(HIGHLIGHT_ATTR)).toBe(true);
    expect(document.getSelection()?.toString()).toBe('First sentence here.');
    expect(highlightText(document, 'Second sentence here.')).toBe(true);
    expect(a?.hasAttribute(HIGHLIGHT_ATTR)).toBe(false);
    expect(a?.getAttribute('style')).toBe('color: red;');
    expect(document.getElementById('b')?.hasAttribute(HIGHLIGHT_ATTR)).toBe(true);
    clearHighlight();
    expect(document.getElementById('b')?.hasAttribute('style')).toBe(false);
    expect(document.getSelection()?.toString()).toBe('');
    expect(highlightText(document, 'Not on the page.')).toBe(false);
  });
});

describe('page support and serialisation', () => {
  it('reads HTML and text, not PDFs or XML, and says why', () => {
    expect(isReadable(document)).toBe(true);
    const fake = (contentType: string, body: unknown = {}): Document => ({ contentType, body }) as unknown as Document;
    expect(isReadable(fake('text/plain'))).toBe(true);
    expect(isReadable(fake('application/xml'))).toBe(false);
    expect(isReadable(fake('application/pdf'))).toBe(false);
    expect(isReadable(fake('text/html', null))).toBe(false);
    expect(unsupportedReason('application/xml')).toMatch(/not application\/xml documents/);
    expect(unsupportedReason('application/pdf')).toMatch(/PDF/);
    expect(unsupportedReason('text/html')).toMatch(/no readable body/);
  });

  it('serialises the page and cuts it at the cap', async () => {
    document.body.innerHTML = `<p>${'x'.repeat(1000)}</p>`;
    const full = await serializePage(document, 'https://a.example/', 1_000_000);
    expect(full.truncated).toBe(false);
    expect(full.html).toContain('<p>xxx');
    const cut = await serializePage(document, 'https://a.example/', 100);
    expect(cut).toMatchObject({ truncated: true });
    expect(cut.html.length).toBe(100);
  });

  it('writes big subtrees piecewise into HTML that parses back to the same text', async () => {
    const paras = Array.from({ length: 400 }, (_, i) => `<p class="c&quot;${i}" title='a "q" & b'>Para ${i} &lt;b&gt; &amp; ${'word '.repeat(100)}</p>`).join('');
    document.body.innerHTML = `<main><article><h1>Policy</h1>${paras}<script>var secret = 1;</script><pre>${'z'.repeat(450_000)}</pre><br><img src="/i.png" alt="x"></article></main>`;
    const page = await serializePage(document, 'https://a.example/', 10_000_000);
    expect(page.truncated).toBe(false);
    const back = new DOMParser().parseFromString(page.html, 'text/html');
    const textOf = (d: Document): string => {
      for (const s of Array.from(d.querySelectorAll('script'))) s.remove();
      return d.body.textContent ?? '';
    };
    expect(textOf(back)).toBe(textOf(document.cloneNode(true) as Document));
    expect(page.html).not.toContain('var secret');
    expect(back.querySelector('p')?.getAttribute('title')).toBe('a "q" & b');
    expect(back.querySelectorAll('article > p').length).toBe(400);
    expect(back.querySelector('img')?.getAttribute('alt')).toBe('x');
  });

  it('serves the page in parts that join back to the whole', async () => {
    document.body.innerHTML = `<p>${'abc '.repeat(5000)}</p>`;
    const whole = await serializePage(document, 'https://a.example/', 1_000_000);
    const joined = await fetchPage((req) => pagePart(document, 'https://a.example/', { ...req, partChars: 7000 }), 1_000_000);
    expect(joined.html).toBe(whole.html);
    expect(joined.url).toBe('https://a.example/');
  });
});
