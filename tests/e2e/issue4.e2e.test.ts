/**
 * Issue #4 in a real Chromium with the built extension, pages on 127.0.0.1 only: from a product
 * page to the site's policy (one same-origin fetch, on the user's click), change tracking across
 * three versions of one policy URL, and the Markdown/JSON report. Own browser profile: the site
 * analysis must start on a site (127.0.0.1) whose policy is not known yet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer, type FixtureServer } from './helpers/server';
import { ARTIFACTS, badge, isLocal, launch, openPopup, openTab, reloadAndSettle, tabState, waitFor, squash, type ExtensionBrowser } from './helpers/extension';

/** Markdown text back to plain text: the report escapes punctuation and HTML characters. */
const unescapeMd = (s: string): string => squash(s.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));

const SALE = 'We may sell your personal information to data brokers.';
const RIGHTS = 'You can access, correct or delete your personal information at any time by contacting us.';

let server: FixtureServer;
let ext: ExtensionBrowser;

async function settled(tabId: number, status: string) {
  return waitFor(async () => {
    const s = await tabState(ext.worker, tabId);
    return s?.status === status ? s : null;
  }, `tab ${tabId} to be ${status}`);
}

beforeAll(async () => {
  server = await startServer();
  ext = await launch();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('issue #4 in Chromium', () => {
  it('from a product page: finds the footer policy link, fetches only it on click, and the site badge follows', async () => {
    const productUrl = `${server.origin}/shop/product.html`;
    const policyUrl = `${server.origin}/shop/privacy.html`;
    const { page, tabId } = await openTab(ext, productUrl);
    await settled(tabId, 'not-policy');
    expect((await badge(ext.worker, tabId)).text).toBe('');

    const serverBefore = server.log.length;
    const requestsBefore = ext.requests.length;
    const popup = await openPopup(ext, tabId);
    const offerUrl = popup.locator('.site-offer .offer-url');
    await offerUrl.waitFor();
    expect(await offerUrl.textContent()).toBe(policyUrl);
    expect(await popup.locator('.site-offer .offer-text').textContent()).toBe('Privacy Policy');
    // Finding the link reads the page only: nothing was requested yet.
    expect(server.log.slice(serverBefore)).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await popup.setViewportSize({ width: 440, height: 500 });
    await popup.screenshot({ path: resolve(ARTIFACTS, 'popup-site-offer.png'), fullPage: true });

    await popup.getByRole('button', { name: "Analyse this site's privacy policy" }).click();
    const remembered = popup.locator('.status-site');
    await remembered.waitFor();
    expect(await remembered.locator('h2').textContent()).toMatch(/This site's privacy policy: grade [A-E]/);

    // Exactly one extra request, for the policy URL, seen by the server and by the browser.
    expect(server.log.slice(serverBefore)).toEqual(['/shop/privacy.html']);
    const web = ext.requests.slice(requestsBefore).filter((u) => u.startsWith('http'));
    expect(web).toEqual([policyUrl]);

    const b = await waitFor(async () => {
      const got = await badge(ext.worker, tabId);
      return got.text ? got : null;
    }, 'the site badge on the product page');
    expect(b.text).toMatch(/^[A-E]$/);
    expect(b.title).toContain("this site's privacy policy");
    await popup.close();
    await page.close();
  });

  let policy: { page: Page; tabId: number };
  const policyUrl = (): string => `${server.origin}/evolving/privacy.html`;

  it('version 1: analysed, no change banner, plain grade badge', async () => {
    server.setVersion(1);
    policy = await openTab(ext, policyUrl());
    await settled(policy.tabId, 'done');
    const b = await waitFor(async () => {
      const got = await badge(ext.worker, policy.tabId);
      return /^[A-E?]/.test(got.text) ? got : null;
    }, 'the grade badge');
    expect(b.text).toMatch(/^[A-E?]$/);
    const popup = await openPopup(ext, policy.tabId);
    await popup.locator('.grade').waitFor();
    expect(await popup.locator('section.change').count()).toBe(0);
    await popup.close();
  });

  it('version 2 (sale clause added, deletion right removed): change banner first, new risk, lost protection, marked badge', async () => {
    server.setVersion(2);
    const state = await reloadAndSettle(ext.worker, policy.page, policy.tabId);
    expect(state.fromCache).toBe(false);
    const b = await waitFor(async () => {
      const got = await badge(ext.worker, policy.tabId);
      return got.text.endsWith('!') ? got : null;
    }, 'the worsened badge');
    expect(b.text).toMatch(/^[A-E?]!$/);
    expect(b.title).toMatch(/Changed since \d{4}-\d{2}-\d{2}, for the worse: New risk/);

    const popup = await openPopup(ext, policy.tabId);
    const banner = popup.locator('section.change');
    await banner.waitFor();
    // Shown first, before the grade.
    expect(await popup.locator('main > *').first().evaluate((el) => el.className)).toContain('change');
    expect(await banner.locator('h2').textContent()).toMatch(/^Changed since \d{4}-\d{2}-\d{2}/);
    expect(await banner.locator('.change-headline').textContent()).toMatch(/^New risk: /);
    const newRisks = (await banner.locator('.change-new-risk .finding-text').allTextContents()).map(squash);
    expect(newRisks).toContain(SALE);
    const lost = (await banner.locator('.change-lost-protection .finding-text').allTextContents()).map(squash);
    expect(lost).toContain(RIGHTS);
    expect(await banner.locator('.change-lost-protection li').first().getAttribute('data-label')).toBe('user-rights:protection');
    await popup.setViewportSize({ width: 440, height: 900 });
    await popup.screenshot({ path: resolve(ARTIFACTS, 'popup-change.png'), fullPage: true });
    await popup.close();
  });

  it('the Markdown report (preview and download) and the JSON download contain every finding', async () => {
    const popup = await openPopup(ext, policy.tabId);
    await popup.locator('.report-preview').waitFor({ state: 'attached' });
    const findings = (await popup.locator('section.findings .finding-text').allTextContents()).map(squash);
    expect(findings.length).toBeGreaterThan(2);
    const preview = (await popup.locator('.report-preview').textContent()) ?? '';
    const plain = unescapeMd(preview);
    for (const f of findings) expect(plain).toContain(f);
    expect(preview).toContain(`<${policyUrl()}>`);
    expect(preview).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);

    const [md] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download Markdown' }).click()]);
    expect(md.suggestedFilename()).toMatch(/^policylens-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.md$/);
    expect(readFileSync((await md.path()) ?? '', 'utf8')).toBe(preview);

    const [json] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download JSON' }).click()]);
    const report = JSON.parse(readFileSync((await json.path()) ?? '', 'utf8')) as { input: string; grade: string; engineVersion: string; findings: { text: string }[] };
    expect(report.input).toBe(policyUrl());
    expect(report.grade).toBe(await popup.locator('.grade').textContent());
    expect(report.engineVersion.length).toBeGreaterThan(0);
    expect(report.findings.map((f) => squash(f.text)).sort()).toEqual([...findings].sort());
    await popup.close();
  });

  it('version 3 (two paragraphs of version 2 swapped): no change, no mark', async () => {
    server.setVersion(3);
    const state = await reloadAndSettle(ext.worker, policy.page, policy.tabId);
    expect(state.fromCache).toBe(false); // a different page text: analysed again...
    const b = await badge(ext.worker, policy.tabId);
    expect(b.text).toMatch(/^[A-E?]$/); // ...but nothing changed
    expect(b.title).not.toContain('Changed since');
    const popup = await openPopup(ext, policy.tabId);
    await popup.locator('.grade').waitFor();
    expect(await popup.locator('section.change').count()).toBe(0);
    await popup.close();
    await policy.page.close();
  });

  it('made every request to 127.0.0.1 (or the extension itself)', () => {
    expect(ext.requests.filter((u) => !isLocal(u))).toEqual([]);
  });
});
