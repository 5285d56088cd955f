import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectSignals, DETECT_LIMITS, detectDocument, detectPolicy } from '../../lib/detect';
import {
  blogPost,
  choicesPage,
  cookiePage,
  explicitPolicy,
  hugePolicy,
  hugeProduct,
  logoH1Policy,
  newsArticle,
  page,
  POLICY_TEXT,
  productPage,
  siteTitlePolicy,
  TERMS_TEXT as TERMS,
  termsPage,
} from './synthetic-pages';

const linkedom = (html: string): Document => parseHTML(html).document as unknown as Document;
const happy = (html: string): Document => new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const detect = (html: string, url = '', parse = linkedom) => detectPolicy(collectSignals(parse(html), url));

describe('detectPolicy on synthetic pages (linkedom and happy-dom)', () => {
  for (const [dom, parse] of [['linkedom', linkedom], ['happy-dom', happy]] as const) {
    it(`${dom}: a policy with an explicit title`, () => {
      const d = detect(explicitPolicy, '', parse);
      expect(d.isPolicy).toBe(true);
      expect(d.confidence).toBeGreaterThan(0.9);
      expect(d.reasons.join(' | ')).toMatch(/title names a privacy policy: 'privacy policy'/);
    });
    it(`${dom}: a policy titled with the site name only, h1 "Privacy Notice"`, () => {
      const d = detect(siteTitlePolicy, '', parse);
      expect(d.isPolicy).toBe(true);
      expect(d.reasons.join(' | ')).toMatch(/main heading names a privacy policy: 'Privacy Notice'/);
    });
    it(`${dom}: terms of use that link to the privacy policy are not a policy`, () => {
      const d = detect(termsPage, '', parse);
      expect(d.isPolicy).toBe(false);
      expect(d.reasons.join(' | ')).toMatch(/title names terms/);
    });
    it(`${dom}: a cookie policy mentioning personal data is not a privacy policy`, () => {
      expect(detect(cookiePage, '', parse).isPolicy).toBe(false);
    });
    it(`${dom}: a news article about a privacy policy is not one`, () => {
      const d = detect(newsArticle, '', parse);
      expect(d.isPolicy).toBe(false);
      expect(d.reasons.join(' | ')).toMatch(/mentions privacy in a sentence/);
    });
    it(`${dom}: a product page exits early without sampling text`, () => {
      const s = collectSignals(parse(productPage), 'https://shop.example/p/oak-table');
      expect(s.sampled).toBe(false);
      expect(s.sample).toBe('');
      expect(s.headings[0]).toBe('Oak Dining Table, 6 Seats');
      expect(detectPolicy(s)).toEqual({ isPolicy: false, confidence: 0.02, reasons: ['no privacy cue in URL, title or headings'] });
    });
  }

  it('a privacy-choices page is not the policy', () => {
    expect(detect(choicesPage).isPolicy).toBe(false);
  });
  it('a search for "privacy policy" is not a policy, even when the snippets quote one', () => {
    const results = '<main><h2>Results</h2><p>This Privacy Policy describes how we collect and share personal information...</p></main>';
    const url = 'https://search.example/search?q=privacy+policy';
    expect(detect(page('privacy policy - Example Search', results), url).isPolicy).toBe(false);
    // The title alone cannot tell "privacy policy - Example Search" from "Privacy Policy | Example Search".
    expect(detect(page('privacy policy - Example Search', results)).isPolicy).toBe(true);
  });
  it('a blog post about privacy policies is not a policy', () => {
    expect(detect(blogPost).isPolicy).toBe(false);
  });
  it('finds the policy name in an h2 under a logo h1', () => {
    const d = detect(logoH1Policy);
    expect(d.isPolicy).toBe(true);
    expect(d.reasons.join(' | ')).toMatch(/heading names a privacy policy: 'Privacy Statement'/);
  });
  it('keeps the name when a date note follows it', () => {
    expect(detect(page('Privacy Policy - Updated January 1, 2024', POLICY_TEXT)).isPolicy).toBe(true);
    expect(detect(page('Data Protection Policy (effective 2024)', POLICY_TEXT)).isPolicy).toBe(true);
  });
  it('needs the text to confirm a title that is only "Privacy"', () => {
    expect(detect(page('Legal | Privacy', `<main>${POLICY_TEXT}</main>`)).isPolicy).toBe(true);
    const marketing = '<main><h1>Privacy is built in</h1><p>Our phones keep your photos on the device. Learn more about our features.</p></main>';
    expect(detect(page('Privacy | Northwind', marketing)).isPolicy).toBe(false);
  });
  it('uses the URL when title and headings are silent', () => {
    const body = `<main>${POLICY_TEXT}</main>`;
    expect(detect(page('Northwind', body), 'https://northwind.example/legal/privacy-policy').isPolicy).toBe(true);
    expect(detect(page('Northwind', '<main><p>Welcome to our shop.</p></main>'), 'https://northwind.example/legal/privacy-policy').isPolicy).toBe(false);
  });
  it('reads titles with entities as one string', () => {
    const s = collectSignals(linkedom(page('Don&apos;t miss: Privacy &amp; Cookie Policy', '')), '');
    expect(s.title).toBe("Don't miss: Privacy & Cookie Policy");
  });
  it('skips a cookie banner when sampling the text', () => {
    const banner = '<div id="cookie-banner"><p>We use cookies. Accept all?</p></div>';
    const s = collectSignals(linkedom(page('Privacy | Northwind', `${banner}<div><p>This Privacy Notice explains things.</p></div>`)), '');
    expect(s.sampled).toBe(true);
    expect(s.sample).toContain('This Privacy Notice explains things.');
    expect(s.sample).not.toContain('Accept all');
  });
});

describe('decisions from headings and text when the title is only the site name', () => {
  it('finds a policy whose first heading is "Information we collect" by its first-person practices', () => {
    const body = `<main><h2>Information we collect</h2><p>We collect your name and email address when you sign up.
We use this personal information to run the service and we share it with service providers (third parties) only
to process payments. You can opt out of marketing emails at any time.</p></main>`;
    const s = collectSignals(linkedom(page('Northwind', body)), '');
    expect(s.sampled).toBe(true);
    const d = detectPolicy(s);
    expect(d.isPolicy).toBe(true);
    expect(d.reasons.join(' | ')).toMatch(/'we collect'/);
  });
  it('does not take terms with a privacy section for a policy', () => {
    // TERMS opens with a "Privacy" section heading, so the text is sampled and has to decide.
    const s = collectSignals(linkedom(page('Northwind', `<main>${TERMS}</main>`)), '');
    expect(s.sampled).toBe(true);
    const d = detectPolicy(s);
    expect(d.isPolicy).toBe(false);
    expect(d.reasons.join(' | ')).toMatch(/text reads like terms/);
  });
  it('searches deeper for the h1 when the title already mentions privacy', () => {
    const filler = '<div><div></div></div>'.repeat(400);
    const html = page('Privacy | Northwind', `${filler}<h1>Privacy Notice</h1>${POLICY_TEXT}`);
    expect(collectSignals(linkedom(html), '').headings[0]).toBe('Privacy Notice');
    const plain = page('Northwind', `${filler}<h1>Privacy Notice</h1>`);
    expect(collectSignals(linkedom(plain), '').headings).toEqual([]); // the cheap walk gave up: bounded
  });
  it('samples a landmark even when its class looks like a banner', () => {
    const s = collectSignals(linkedom(page('Privacy | Northwind', '<main class="gdpr-consent-page"><p>This Privacy Notice applies.</p></main>')), '');
    expect(s.sample).toContain('This Privacy Notice applies.');
  });
  it('leaves hidden elements out of the sample', () => {
    const s = collectSignals(linkedom(page('Privacy | Northwind', '<div hidden><p>Secret menu</p></div><div><p>This Privacy Notice applies.</p></div>')), '');
    expect(s.sample).toContain('This Privacy Notice applies.');
    expect(s.sample).not.toContain('Secret menu');
  });
});

describe('collectSignals never throws and stays bounded', () => {
  it('handles an empty document', () => {
    const d = linkedom('');
    expect(() => collectSignals(d, '')).not.toThrow();
    expect(detectPolicy(collectSignals(d, '')).isPolicy).toBe(false);
  });
  it('handles a page without title or body content', () => {
    const s = collectSignals(linkedom('<html><head></head><body></body></html>'), '');
    expect(s).toMatchObject({ title: '', headings: [], canonical: '', sample: '' });
  });
  it('handles an XML document', () => {
    const { DOMParser } = parseHTML('<html></html>');
    const xml = new DOMParser().parseFromString('<?xml version="1.0"?><rss><channel><title>Privacy news</title></channel></rss>', 'text/xml');
    const s = collectSignals(xml as unknown as Document, 'https://example.com/feed.xml');
    expect(detectPolicy(s).isPolicy).toBe(false);
  });
  it('handles a frameset', () => {
    const html = '<html><head><title>Privacy Policy</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>';
    const d = detectPolicy(collectSignals(linkedom(html), ''));
    expect(d.isPolicy).toBe(true); // the title alone names the policy
  });
  it('handles objects that are not documents at all', () => {
    expect(collectSignals({} as Document, 'x').url).toBe('x');
    expect(collectSignals(null as unknown as Document, '').sample).toBe('');
  });
  it('reads at most DETECT_LIMITS.sampleChars of a huge policy', () => {
    const s = collectSignals(linkedom(hugePolicy(20_000)), '');
    expect(s.sampled).toBe(true);
    expect(s.sample.length).toBeLessThanOrEqual(DETECT_LIMITS.sampleChars);
    expect(s.sample.length).toBeGreaterThan(DETECT_LIMITS.sampleChars / 2);
    expect(s.visited).toBeLessThanOrEqual(
      DETECT_LIMITS.headChildren + DETECT_LIMITS.headingNodes + DETECT_LIMITS.maxHeadings * DETECT_LIMITS.headingTextNodes + DETECT_LIMITS.landmarkNodes + DETECT_LIMITS.sampleNodes,
    );
    expect(detectPolicy(s).isPolicy).toBe(true);
  });
  it('does not read the text when title and h1 already settle the verdict', () => {
    const s = collectSignals(linkedom(explicitPolicy), '');
    expect(s.sampled).toBe(false);
    expect(detectPolicy(s).isPolicy).toBe(true);
  });
  it('visits a bounded number of nodes on a huge page without privacy cues', () => {
    const r = detectDocument(linkedom(hugeProduct(20_000)));
    expect(r.isPolicy).toBe(false);
    expect(r.sampleChars).toBe(0);
    expect(r.visited).toBeLessThanOrEqual(DETECT_LIMITS.headChildren + DETECT_LIMITS.headingNodes);
  });
  it('caps heading length and count', () => {
    const long = `<h1>${'Privacy '.repeat(200)}</h1>${'<h2>Section</h2>'.repeat(50)}`;
    const s = collectSignals(linkedom(page('x', long)), '');
    expect(s.headings.length).toBeLessThanOrEqual(DETECT_LIMITS.maxHeadings);
    expect(s.headings[0]!.length).toBeLessThanOrEqual(DETECT_LIMITS.headingChars);
  });
});
