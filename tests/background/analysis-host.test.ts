// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyzeHtml, contentText } from '../../utils/analysis-host';
import { createCache } from '../../utils/cache';
import { ENGINE_VERSION } from '../../lib/version';

const page = (nonce: string, extra = ''): string => `<!doctype html><html><head><title>Privacy Policy | Shop</title>
<script nonce="${nonce}">window.csrf = "${nonce}";</script></head><body><main><article><h1>Privacy Policy</h1>
<p>We may sell your personal information to third parties for their marketing purposes.</p>
<p>Our website does not respond to Do Not Track signals sent by your browser.</p>
<p>You can access, correct or delete your personal information at any time. ${extra}</p>
</article></main></body></html>`;

describe('heavy pass (offscreen document / Firefox background page)', () => {
  it('analyses once, then serves the same text from the cache whatever the scripts say', async () => {
    const cache = createCache({ name: `host-${Math.random()}` });
    const url = 'https://shop.example/privacy#top';
    const first = await analyzeHtml({ html: page('n1'), url, detection: null }, cache);
    expect(first.fromCache).toBe(false);
    expect(first.key.startsWith(`${ENGINE_VERSION}|https://shop.example/privacy|`)).toBe(true);
    expect(first.analysis.engineVersion).toBe(ENGINE_VERSION);
    // A new per-load nonce in a script is not content: same key, served from the cache.
    const again = await analyzeHtml({ html: page('n2'), url, detection: null }, cache);
    expect(again).toMatchObject({ fromCache: true, key: first.key });
    // Changed text is a new policy version: analysed afresh.
    const changed = await analyzeHtml({ html: page('n3', 'We keep data for 30 days.'), url, detection: null }, cache);
    expect(changed.fromCache).toBe(false);
    expect(changed.key).not.toBe(first.key);
    cache.close();
  });

  it('hashes visible text only, whitespace collapsed', () => {
    const doc = new DOMParser().parseFromString('<body><p>A  \n b</p><script>x=1</script><style>p{}</style><noscript>n</noscript></body>', 'text/html');
    expect(contentText(doc)).toBe('A b');
  });
});
