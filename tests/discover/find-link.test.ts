import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findPolicyLink, MAX_SCANNED_LINKS } from '../../lib/discover';

const PAGE = 'https://www.shop.example.co.uk/products/kettle?id=3';

function doc(body: string, head = ''): Document {
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}

const nav = '<nav><a href="/">Home</a><a href="/products">Products</a><a href="/about">About us</a></nav><main><p>Buy a kettle.</p></main>';

describe('findPolicyLink', () => {
  it('prefers rel="privacy-policy" over any footer wording', () => {
    const d = doc(`${nav}<footer><a href="/privacy">Privacy</a></footer>`, '<link rel="privacy-policy" href="/legal/data-notice">');
    expect(findPolicyLink(d, PAGE)).toMatchObject({ url: 'https://www.shop.example.co.uk/legal/data-notice', source: 'rel', reason: 'rel="privacy-policy"' });
    const anchor = doc(`${nav}<p><a rel="noopener privacy-policy" href="https://example.co.uk/p/7">Our promise</a></p>`);
    expect(findPolicyLink(anchor, PAGE)?.url).toBe('https://example.co.uk/p/7');
  });

  it('finds "Privacy Policy" in the footer and resolves it absolutely', () => {
    const d = doc(`${nav}<footer><a href="../terms">Terms of Use</a> <a href="../legal/privacy-policy#top">Privacy Policy</a></footer>`);
    expect(findPolicyLink(d, PAGE)).toEqual({
      url: 'https://www.shop.example.co.uk/legal/privacy-policy',
      text: 'Privacy Policy',
      reason: 'footer link "Privacy Policy"',
      source: 'footer',
      score: 5,
    });
  });

  it('finds a "Privacy Notice" in the navigation when there is no footer', () => {
    const d = doc(`<nav><a href="/">Home</a><a href="help/privacy-notice.html">Privacy Notice</a></nav><main>Hi</main>`);
    expect(findPolicyLink(d, 'https://example.com/en/index.html')).toMatchObject({ url: 'https://example.com/en/help/privacy-notice.html', source: 'page' });
  });

  it('returns null when the page has no policy link', () => {
    const d = doc(`${nav}<footer><a href="/terms">Terms</a><a href="/cookie-policy">Cookie Policy</a><a href="/contact">Contact</a></footer>`);
    expect(findPolicyLink(d, PAGE)).toBeNull();
  });

  it('rejects privacy controls: choices, do-not-sell, cookie and privacy settings, ad choices', () => {
    const d = doc(`${nav}<footer>
      <a href="/legal/ccpa">Your Privacy Choices</a>
      <a href="/ccpa">Do Not Sell or Share My Personal Information</a>
      <a href="#" onclick="openCmp()">Cookie settings</a>
      <a href="/account/privacy">Privacy settings</a>
      <a href="https://optout.aboutads.info/">AdChoices</a>
      <a href="/p" aria-label="Manage your privacy preferences">Privacy</a>
    </footer>`);
    expect(findPolicyLink(d, PAGE)).toBeNull();
  });

  it('rejects a link whose path is a privacy control, whatever its text', () => {
    const d = doc(`${nav}<footer><a href="/privacy/your-choices">Privacy</a><a href="/privacy-settings">Privacy Policy</a></footer>`);
    expect(findPolicyLink(d, PAGE)).toBeNull();
  });

  it('returns null when the only privacy link is "Your Privacy Choices"', () => {
    const d = doc(`${nav}<footer><a href="/terms">Terms</a><a href="/legal/us-state-notice">Your Privacy Choices</a></footer>`);
    expect(findPolicyLink(d, PAGE)).toBeNull();
  });

  it('picks the real policy beside a "Privacy choices" link', () => {
    const d = doc(`${nav}<footer><a href="/legal/privacy">Privacy choices</a> <a href="/legal">Privacy</a></footer>`);
    expect(findPolicyLink(d, PAGE)).toMatchObject({ url: 'https://www.shop.example.co.uk/legal', text: 'Privacy' });
  });

  it('rejects a policy on another registrable domain but accepts a sibling subdomain', () => {
    const cross = doc(`${nav}<footer><a href="https://www.example.com/privacy">Privacy Policy</a><a href="https://example.co.uk.evil.net/privacy">Privacy</a></footer>`);
    expect(findPolicyLink(cross, PAGE)).toBeNull();
    expect(findPolicyLink(cross, PAGE, { anySite: true })?.url).toBe('https://www.example.com/privacy');
    const sibling = doc(`${nav}<footer><a href="//legal.example.co.uk/privacy">Privacy Policy</a></footer>`);
    expect(findPolicyLink(sibling, PAGE)?.url).toBe('https://legal.example.co.uk/privacy');
  });

  it('skips mailto:, javascript: and fragment links', () => {
    const d = doc(`<footer><a href="mailto:privacy@example.co.uk">Privacy</a><a href="javascript:void(0)">Privacy Policy</a><a href="#privacy">Privacy Policy</a></footer>`);
    expect(findPolicyLink(d, PAGE)).toBeNull();
  });

  it('honours <base href> and reads aria-label of icon links', () => {
    const d = doc(`<div class="site-footer"><a href="legal/x" aria-label="Privacy statement"><svg></svg></a></div>`, '<base href="https://example.co.uk/en/">');
    expect(findPolicyLink(d, PAGE)).toMatchObject({ url: 'https://example.co.uk/en/legal/x', source: 'footer', text: 'Privacy statement' });
  });

  it('reads other languages and the path alone', () => {
    const de = doc(`<footer><a href="/impressum">Impressum</a><a href="/ds">Datenschutzerklärung</a></footer>`);
    expect(findPolicyLink(de, 'https://beispiel.de/')?.url).toBe('https://beispiel.de/ds');
    const fr = doc(`<footer><a href="/legal/cgu">CGU</a><a href="/x">Politique de confidentialité</a></footer>`);
    expect(findPolicyLink(fr, 'https://exemple.fr/')?.url).toBe('https://exemple.fr/x');
    const es = doc(`<footer><a href="/aviso">Aviso legal</a><a href="/y">Política de privacidad</a></footer>`);
    expect(findPolicyLink(es, 'https://ejemplo.es/')?.url).toBe('https://ejemplo.es/y');
    const path = doc(`<footer><a href="/legal/privacy">Legal</a></footer>`);
    expect(findPolicyLink(path, 'https://example.com/')?.url).toBe('https://example.com/legal/privacy');
  });

  it('prefers the stronger of two matches', () => {
    const d = doc(`<footer><a href="/privacy-center">Privacy center</a><a href="/legal/privacy-policy">Privacy Policy</a></footer>`);
    expect(findPolicyLink(d, PAGE)?.url).toBe('https://www.shop.example.co.uk/legal/privacy-policy');
  });

  it('finds an unmarked footer link after 5000 other links', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `<a href="/item/${i}">Item ${i}</a>`).join('');
    const d = doc(`${nav}<div>${many}</div><div><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></div>`);
    expect(findPolicyLink(d, PAGE)).toMatchObject({ url: 'https://www.shop.example.co.uk/privacy', source: 'page' });
  });

  it(`reads no more than ${MAX_SCANNED_LINKS} links outside footers, from the end`, () => {
    const many = Array.from({ length: MAX_SCANNED_LINKS + 10 }, (_, i) => `<a href="/item/${i}">Item ${i}</a>`).join('');
    const d = doc(`<a href="/privacy">Privacy</a>${many}`);
    expect(findPolicyLink(d, PAGE)).toBeNull();
  });

  it('never throws on bad input', () => {
    const d = doc(`<footer><a href="http://[bad">Privacy Policy</a></footer>`);
    expect(findPolicyLink(d, PAGE)).toBeNull();
    expect(findPolicyLink(d, 'not a url')).toBeNull();
    expect(findPolicyLink({} as Document, PAGE)).toBeNull();
  });
});
