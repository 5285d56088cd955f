/**
 * The built Chrome extension in a real Chromium, against pages served on 127.0.0.1 only.
 * Runs after `npm run build`. The steps share one browser and run in order: site memory and
 * the cache depend on the policy having been analysed first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer, type FixtureServer } from './helpers/server';
import { ARTIFACTS, badge, isLocal, launch, openPopup, openTab, reloadAndSettle, settledState, tabIdFor, tabState, waitFor, squash, type ExtensionBrowser } from './helpers/extension';


let server: FixtureServer;
let ext: ExtensionBrowser;
let policyPage: Page;
let policyTab: number;

const finalState = (tabId: number) => settledState(ext.worker, tabId);

beforeAll(async () => {
  server = await startServer();
  ext = await launch();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('PolicyLens in Chromium', () => {
  it('gives a page that is not a policy no badge', async () => {
    const { page, tabId } = await openTab(ext, `${server.origin}/about.html`);
    const state = await finalState(tabId);
    expect(state.status).toBe('not-policy');
    expect((await badge(ext.worker, tabId)).text).toBe('');
    await page.close();
  });

  it('badges a policy page and lists its findings with their sentences', async () => {
    const url = `${server.origin}/policy.html`;
    ({ page: policyPage, tabId: policyTab } = await openTab(ext, url));
    const state = await finalState(policyTab);
    expect(state.status).toBe('done');
    expect(state.fromCache).toBe(false);
    const b = await waitFor(async () => {
      const got = await badge(ext.worker, policyTab);
      return /^[A-E?]$/.test(got.text) ? got : null;
    }, 'the grade badge');
    expect(b.title).toContain(`grade ${b.text}`);

    const popup = await openPopup(ext, policyTab);
    await popup.locator('.grade').waitFor();
    expect(await popup.locator('.grade').textContent()).toBe(b.text);
    expect((await popup.locator('.verdict').textContent())?.length).toBeGreaterThan(0);
    const texts = await popup.locator('.finding-text').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    const pageText = squash(await policyPage.evaluate(() => document.body.textContent ?? ''));
    expect(texts.some((t) => pageText.includes(squash(t)))).toBe(true);
    // Lead risks come first when there are any.
    const sections = await popup.locator('section.findings').evaluateAll((els) => els.map((e) => e.className));
    if (sections.some((c) => c.includes('findings-lead'))) expect(sections[0]).toContain('findings-lead');
    // The privacy label: one row per taxonomy topic, in words; topics the policy is silent on say so.
    const label = popup.getByRole('table', { name: 'Privacy label' });
    expect(await label.locator('tbody tr.label-row').count()).toBe(18);
    const statuses = await label.locator('tbody tr.label-row .label-status').allTextContents();
    expect(statuses.some((t) => t.includes('Not mentioned'))).toBe(true);
    expect(statuses.some((t) => /Risk|Protection/.test(t))).toBe(true);
    mkdirSync(ARTIFACTS, { recursive: true });
    await popup.setViewportSize({ width: 440, height: 900 });
    await popup.screenshot({ path: resolve(ARTIFACTS, 'popup-policy.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: resolve(ARTIFACTS, 'popup-policy-dark.png') });
    await popup.close();
  });

  it('on a policy that uploads the contact list, Data flows names it as collected and finds its sentence', async () => {
    const { page, tabId } = await openTab(ext, `${server.origin}/contacts-policy.html`);
    expect((await finalState(tabId)).status).toBe('done');
    const popup = await openPopup(ext, tabId);
    const region = popup.getByRole('region', { name: 'Data flows' });
    await region.waitFor();
    const contacts = region.locator('[data-flow="collected:contacts"]');
    expect(await contacts.locator('.flow-what').textContent()).toContain('contact list');
    await contacts.locator('summary').click();
    const sentence = squash((await contacts.locator('.finding-text').textContent()) ?? '');
    expect(sentence).toContain('address book');
    await contacts.getByRole('button', { name: 'Show in page' }).click();
    const highlighted = await waitFor(() => page.evaluate(() => document.querySelector('[data-policylens-highlight]')?.textContent ?? null), 'the highlighted contacts sentence');
    expect(squash(highlighted)).toContain(sentence);
    await popup.setViewportSize({ width: 440, height: 900 });
    await popup.screenshot({ path: resolve(ARTIFACTS, 'popup-data-flows.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('on a policy in German, names the language, with no grade in the popup and no letter on the badge', async () => {
    const { page, tabId } = await openTab(ext, `${server.origin}/datenschutz.html`);
    expect((await finalState(tabId)).status).toBe('done');
    const b = await badge(ext.worker, tabId);
    expect(b.text).toBe('');
    expect(b.title).toContain('German');
    const popup = await openPopup(ext, tabId);
    await popup.locator('.status h2').waitFor();
    expect(await popup.locator('.status h2').textContent()).toBe('This policy is in German.');
    expect(await popup.locator('.grade').count()).toBe(0);
    await popup.screenshot({ path: resolve(ARTIFACTS, 'popup-language.png') });
    await popup.close();
    await page.close();
  });

  it('"show in page" highlights the sentence in the tab', async () => {
    const popup = await openPopup(ext, policyTab);
    const first = popup.locator('li.finding:visible').first();
    await first.waitFor();
    const text = squash((await first.locator('.finding-text').textContent()) ?? '');
    await first.getByRole('button', { name: 'Show in page' }).click();
    const highlighted = await waitFor(
      () => policyPage.evaluate(() => document.querySelector('[data-policylens-highlight]')?.textContent ?? null),
      'a highlighted element',
    );
    expect(squash(highlighted)).toContain(text);
    // The exact sentence is selected (the whole block is only outlined).
    const selected = await policyPage.evaluate(() => document.getSelection()?.toString() ?? '');
    expect(squash(selected).replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    await popup.close();
  });

  it('leaves the page as it was: same DOM, no messages posted to it', async () => {
    const page = await ext.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __domBefore?: string; __messages: number };
      w.__messages = 0;
      window.addEventListener('message', () => { w.__messages += 1; });
      document.addEventListener('DOMContentLoaded', () => { w.__domBefore = document.documentElement.outerHTML; });
    });
    const url = `${server.origin}/policy.html?untouched=1`;
    await page.goto(url);
    const tabId = await tabIdFor(ext.worker, url);
    expect((await finalState(tabId)).status).toBe('done');
    const after = await page.evaluate(() => {
      const w = window as unknown as { __domBefore?: string; __messages: number };
      return { same: w.__domBefore === document.documentElement.outerHTML, hadBefore: typeof w.__domBefore, messages: w.__messages };
    });
    expect(after).toEqual({ same: true, hadBefore: 'string', messages: 0 });
    await page.close();
  });

  it('works from the keyboard: Space opens a privacy-label row, Tab to "Show in page", press Enter', async () => {
    const popup = await openPopup(ext, policyTab);
    await popup.locator('li.finding').first().waitFor();
    // Tab reaches the privacy label's first row with findings: Space opens it, Enter closes it.
    for (let i = 0; i < 10 && !(await popup.evaluate(() => !!document.activeElement?.closest('tr.label-row'))); i++) await popup.keyboard.press('Tab');
    const row = popup.locator('tr.label-row button:focus');
    expect(await row.getAttribute('aria-expanded')).toBe('false');
    await popup.keyboard.press('Space');
    expect(await row.getAttribute('aria-expanded')).toBe('true');
    expect(await popup.locator('tr.label-findings li.finding').count()).toBeGreaterThan(0);
    await popup.keyboard.press('Enter');
    expect(await row.getAttribute('aria-expanded')).toBe('false');
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'Show in page'; i++) {
      await popup.keyboard.press('Tab');
      focused = await popup.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused).toBe('Show in page');
    await policyPage.evaluate(() => document.querySelector('[data-policylens-highlight]')?.removeAttribute('data-policylens-highlight'));
    await popup.keyboard.press('Enter');
    await waitFor(() => policyPage.evaluate(() => document.querySelector('[data-policylens-highlight]') ? true : null), 'a highlight from the keyboard');
    await popup.close();
  });

  it('keeps the result when an in-page link changes only the #fragment', async () => {
    const before = await badge(ext.worker, policyTab);
    await policyPage.evaluate(() => { location.hash = 'section-2'; });
    await policyPage.waitForTimeout(1500); // longer than the content script's SPA settle delay
    expect((await tabState(ext.worker, policyTab))?.status).toBe('done');
    expect(await badge(ext.worker, policyTab)).toEqual(before);
  });

  it('shows the remembered-site badge on another page of the same site', async () => {
    const policyBadge = await badge(ext.worker, policyTab);
    const { page, tabId } = await openTab(ext, `${server.origin}/about.html?again=1`);
    await finalState(tabId);
    const b = await waitFor(async () => {
      const got = await badge(ext.worker, tabId);
      return got.text && got.title.includes("this site's privacy policy") ? got : null;
    }, 'the remembered-site badge');
    expect(b.text).toBe(policyBadge.text);
    expect(b.color).not.toEqual(policyBadge.color); // dimmer than on the policy itself
    const popup = await openPopup(ext, tabId);
    await popup.locator('.status-site').waitFor();
    expect(await popup.locator('.status-site').textContent()).toContain('analysed');
    await popup.close();
    await page.close();
  });

  it('serves a reloaded policy from the cache', async () => {
    const state = await reloadAndSettle(ext.worker, policyPage, policyTab);
    expect(state.fromCache).toBe(true);
  });

  it('renders a hostile policy page inert in the popup', async () => {
    const { page, tabId } = await openTab(ext, `${server.origin}/hostile-policy.html`);
    const state = await finalState(tabId);
    expect(state.status).toBe('done');
    const popup = await openPopup(ext, tabId);
    await popup.locator('.grade').waitFor();
    const texts = await popup.locator('.finding-text').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    const inert = await popup.evaluate(() => ({
      pwned: (window as unknown as { __policylensPwned?: unknown }).__policylensPwned ?? null,
      injected: document.querySelectorAll('main img, main iframe, main script, main svg, main a[href^="javascript:"]').length,
    }));
    expect(inert).toEqual({ pwned: null, injected: 0 });
    // Markup inside a sentence is shown as the characters it is made of.
    // The fixture's sentences carry escaped markup (&lt;img onerror&gt;, &lt;script&gt;) that the
    // engine keeps verbatim: the popup must show it as the characters it is made of.
    const marked = texts.filter((t) => t.includes('<img') || t.includes('<script'));
    expect(marked.length).toBeGreaterThan(0);
    for (const t of marked) expect(await popup.locator('main').textContent()).toContain(t);
    await popup.close();
    await page.close();
  });

  it('follows single-page-app navigations (history API)', async () => {
    const { page, tabId } = await openTab(ext, `${server.origin}/spa.html`);
    expect((await finalState(tabId)).status).toBe('not-policy');
    await page.click('#to-privacy');
    const state = await waitFor(async () => {
      const s = await tabState(ext.worker, tabId);
      return s?.url === `${server.origin}/spa-privacy` && s.status === 'done' ? s : null;
    }, 'the SPA policy view to be analysed');
    expect(state.status).toBe('done');
    expect((await badge(ext.worker, tabId)).text).toMatch(/^[A-E?]$/);
    await page.close();
  });

  it('handles plain-text and XML documents without analysing or breaking them', async () => {
    const text = await openTab(ext, `${server.origin}/notes.txt`);
    expect((await finalState(text.tabId)).status).toBe('not-policy');
    expect(await text.page.evaluate(() => document.body.textContent)).toContain('Shopping list');
    const xml = await openTab(ext, `${server.origin}/data.xml`);
    const state = await waitFor(async () => {
      const s = await tabState(ext.worker, xml.tabId);
      return s?.status === 'unsupported' ? s : null;
    }, 'the XML document to be reported');
    expect(state.status).toBe('unsupported');
    const popup = await openPopup(ext, xml.tabId);
    await popup.getByText('Not a readable page').waitFor();
    expect(await popup.locator('.status').textContent()).toContain('application/xml');
    await popup.close();
    await text.page.close();
    await xml.page.close();
  });

  it('analyses a 3 MB policy page', async () => {
    const { page, tabId } = await openTab(ext, `${server.origin}/big-3.html`);
    const state = await waitFor(async () => {
      const s = await tabState(ext.worker, tabId);
      return s?.status === 'done' || s?.status === 'error' ? s : null;
    }, 'the big page', 90_000);
    expect(state.status).toBe('done');
    expect(state.metrics?.htmlChars).toBeGreaterThan(3_000_000);
    // The page itself is untouched and still answers.
    expect(await page.evaluate(() => document.querySelectorAll('[data-policylens-highlight], style').length)).toBe(0);
    await page.close();
  });

  it('options: with automatic analysis off, only the popup analyses; clearing the cache forces a re-analysis', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const auto = options.getByRole('checkbox', { name: /Analyse privacy policies automatically/ });
    await auto.uncheck();
    await options.getByText('Saved.').waitFor();

    const { page, tabId } = await openTab(ext, `${server.origin}/policy.html?manual=1`);
    const pending = await waitFor(async () => {
      const s = await tabState(ext.worker, tabId);
      return s?.status === 'pending' ? s : null;
    }, 'the policy to be detected but left alone');
    expect(pending.status).toBe('pending');
    // Not analysed: at most the site's remembered policy (from the earlier steps) shows, dimmed.
    expect((await badge(ext.worker, tabId)).title).not.toMatch(/: grade [A-E?] for/);
    const popup = await openPopup(ext, tabId); // opening the popup is the user's request
    await popup.locator('.grade').waitFor();
    expect((await tabState(ext.worker, tabId))?.status).toBe('done');
    await popup.close();

    await auto.check();
    await options.getByRole('button', { name: 'Clear the cache' }).click();
    await options.getByText('Cache cleared.').waitFor();
    await options.close();
    const fresh = await reloadAndSettle(ext.worker, policyPage, policyTab);
    expect(fresh.fromCache).toBe(false);
    await page.close();
  });

  it('made every request to 127.0.0.1 (or the extension itself)', () => {
    expect(ext.requests.length).toBeGreaterThan(0);
    expect(ext.requests.filter((u) => !isLocal(u))).toEqual([]);
  });
});
