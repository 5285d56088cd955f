// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findPolicyLink } from '../../lib/discover';

// The extension runs on a real browser DOM; happy-dom checks the selectors (`~=`, `i` flag) there too.
describe('findPolicyLink in a browser-like DOM', () => {
  it('finds rel and footer links', () => {
    const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
    const rel = parse('<html><head><link rel="Privacy-Policy" href="/pp"></head><body><p>x</p></body></html>');
    expect(findPolicyLink(rel, 'https://a.example.com/x')?.url).toBe('https://a.example.com/pp');
    const footer = parse('<html><body><div id="pageFooter"><a href="/ccpa">Your Privacy Choices</a><a href="/privacy">Privacy Notice</a></div></body></html>');
    expect(findPolicyLink(footer, 'https://example.com/')).toMatchObject({ url: 'https://example.com/privacy', source: 'footer' });
  });
});
