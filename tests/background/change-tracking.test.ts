// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyzeHtml, discoverInHtml } from '../../utils/analysis-host';
import { createCache } from '../../utils/cache';

const PARAS = {
  intro: 'This privacy policy explains how Example Shop collects and uses your personal information.',
  dnt: 'Our website does not respond to Do Not Track signals sent by your browser.',
  security: 'We protect your personal information with encryption and strict access controls.',
  rights: 'You can access, correct or delete your personal information at any time by contacting us.',
  sale: 'We may sell your personal information to data brokers.',
};

const page = (paras: string[]): string => `<!doctype html><html><head><title>Privacy Policy | Example Shop</title></head>
<body><main><article><h1>Privacy Policy</h1>${paras.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;

const V1 = page([PARAS.intro, PARAS.dnt, PARAS.security, PARAS.rights]);
// Version 2: a sale clause added, the deletion right removed.
const V2 = page([PARAS.intro, PARAS.dnt, PARAS.sale, PARAS.security]);
// Version 3: version 2 with two paragraphs swapped.
const V3 = page([PARAS.intro, PARAS.security, PARAS.sale, PARAS.dnt]);

describe('change tracking in the heavy pass', () => {
  it('reports a new risk and a lost protection, keeps the change for that version, ignores moved paragraphs', async () => {
    let t = Date.UTC(2026, 0, 10);
    const now = (): number => (t += 60_000);
    const cache = createCache({ name: `changes-${Math.random()}` });
    const url = 'https://shop.example/privacy';
    const first = await analyzeHtml({ html: V1, url, detection: null }, cache, now);
    expect(first.change).toBeNull(); // nothing seen before
    const firstSeen = (await cache.getHistory(url))?.versions[0]?.analysedAt;

    const second = await analyzeHtml({ html: V2, url, detection: null }, cache, now);
    expect(second.fromCache).toBe(false);
    const change = second.change;
    expect(change?.changed).toBe(true);
    expect(change?.worsened).toBe(true);
    expect(change?.since).toBe(firstSeen);
    expect(change?.newRisks).toContain('data-sale:risk');
    expect(change?.lostProtections).toContain('user-rights:protection');
    expect(change?.newFindings.map((f) => f.text)).toContain(PARAS.sale);
    expect(change?.lostFindings.map((f) => f.text)).toContain(PARAS.rights);
    expect(change?.headline).toMatch(/^New risk/);
    expect((await cache.getHistory(url))?.versions).toHaveLength(2);

    // A reload of the same version is a cache hit and still carries its change.
    const reload = await analyzeHtml({ html: V2, url, detection: null }, cache, now);
    expect(reload.fromCache).toBe(true);
    expect(reload.change?.headline).toBe(change?.headline);

    // Moved paragraphs: a new page text (no cache hit) but no change, and no new version.
    const third = await analyzeHtml({ html: V3, url, detection: null }, cache, now);
    expect(third.fromCache).toBe(false);
    expect(third.change).toBeNull();
    expect((await cache.getHistory(url))?.versions).toHaveLength(2);
    cache.close();
  });

  it('re-fingerprints a cached analysis that is not the newest version (a reverted policy)', async () => {
    const cache = createCache({ name: `revert-${Math.random()}` });
    const url = 'https://shop.example/privacy';
    await analyzeHtml({ html: V1, url, detection: null }, cache);
    await analyzeHtml({ html: V2, url, detection: null }, cache);
    const back = await analyzeHtml({ html: V1, url, detection: null }, cache);
    expect(back.fromCache).toBe(false);
    expect(back.change?.newProtections).toContain('user-rights:protection');
    expect(back.change?.lostRisks).toContain('data-sale:risk');
    expect(back.change?.worsened).toBe(false);
    cache.close();
  });
});

describe('policy-link discovery on a serialised page', () => {
  it('finds the footer link of the same site and ignores other sites and privacy controls', () => {
    const html = `<html><body><main><a href="https://other.example/privacy">Privacy Policy</a></main>
      <footer><a href="/privacy-choices">Your Privacy Choices</a> <a href="/legal/privacy">Privacy Policy</a></footer></body></html>`;
    expect(discoverInHtml({ html, url: 'https://shop.example/product/1' })).toEqual({ url: 'https://shop.example/legal/privacy', text: 'Privacy Policy' });
    expect(discoverInHtml({ html: '<a href="https://other.example/privacy">Privacy Policy</a>', url: 'https://shop.example/' })).toBeNull();
  });
});
