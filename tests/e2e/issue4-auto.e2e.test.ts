/**
 * Issue #4, automatic site analysis (an option, off by default) in a real Chromium: with it on,
 * a product page of a site with no known policy gets the site's policy fetched (that one page)
 * and the site badge, without opening the popup; further pages of the site fetch nothing more.
 * Own browser profile, pages on 127.0.0.1 only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type FixtureServer } from './helpers/server';
import { badge, isLocal, launch, tabIdFor, tabState, waitFor, type ExtensionBrowser } from './helpers/extension';

let server: FixtureServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  ext = await launch();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('automatic site analysis (option)', () => {
  it('is off by default: a product page alone fetches nothing', async () => {
    const page = await ext.context.newPage();
    const before = server.log.length;
    await page.goto(`${server.origin}/shop/product.html?default=1`);
    const tabId = await tabIdFor(ext.worker, `${server.origin}/shop/product.html?default=1`);
    await waitFor(async () => ((await tabState(ext.worker, tabId))?.status === 'not-policy' ? true : null), 'the product page to be read');
    await page.waitForTimeout(1000); // time for a (wrong) automatic fetch to show up
    expect(server.log.slice(before)).toEqual(['/shop/product.html?default=1']);
    expect((await badge(ext.worker, tabId)).text).toBe('');
    await page.close();
  });

  it('when turned on, fetches the linked policy once and the site badge appears without the popup', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: /each site's privacy policy automatically/ }).check();
    await options.getByText('Saved.').waitFor();
    await options.close();

    const before = server.log.length;
    const page = await ext.context.newPage();
    const url = `${server.origin}/shop/product.html`;
    await page.goto(url);
    const tabId = await tabIdFor(ext.worker, url);
    const b = await waitFor(async () => {
      const got = await badge(ext.worker, tabId);
      return got.text ? got : null;
    }, 'the site badge from the automatic analysis');
    expect(b.text).toMatch(/^[A-E]$/);
    expect(b.title).toContain("this site's privacy policy");
    expect(server.log.slice(before)).toEqual(['/shop/product.html', '/shop/privacy.html']);

    // Another page of the site: the policy is known, nothing more is fetched.
    const again = await ext.context.newPage();
    await again.goto(`${url}?second=1`);
    const tab2 = await tabIdFor(ext.worker, `${url}?second=1`);
    await waitFor(async () => ((await badge(ext.worker, tab2)).text ? true : null), 'the site badge on the second page');
    await again.waitForTimeout(500);
    expect(server.log.slice(before)).toEqual(['/shop/product.html', '/shop/privacy.html', '/shop/product.html?second=1']);
    await again.close();
    await page.close();
  });

  it('made every request to 127.0.0.1 (or the extension itself)', () => {
    expect(ext.requests.filter((u) => !isLocal(u))).toEqual([]);
  });
});
