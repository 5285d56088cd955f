/**
 * Accessibility of every popup state and of the options page, in light and dark colour schemes:
 * axe-core (from npm, injected into the extension page) must report no serious or critical
 * violation. Each state is also saved as a screenshot under test-results/.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type FixtureServer } from './helpers/server';
import { ARTIFACTS, launch, openPopup, openTab, settledState, type ExtensionBrowser } from './helpers/extension';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: FixtureServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  ext = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe on `page` and returns its serious and critical violations, in words. */
async function seriousViolations(page: Page): Promise<string[]> {
  // The extension's CSP forbids inline scripts; DevTools evaluation is not a page script.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Checks `page` in light and dark colour schemes, saving a screenshot of each. */
async function checkBothSchemes(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 440, height: 900 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: resolve(ARTIFACTS, `a11y-${name}-${colorScheme}.png`), fullPage: true });
    expect(await seriousViolations(page), `${name} (${colorScheme})`).toEqual([]);
  }
}

/** Opens `path`, waits for its analysis state to be one of `final`, and checks the popup's status panel. */
async function checkStatusPopup(path: string, name: string, final?: readonly string[]): Promise<void> {
  const { page, tabId } = await openTab(ext, `${server.origin}/${path}`);
  await settledState(ext.worker, tabId, final);
  const popup = await openPopup(ext, tabId);
  await popup.locator('.status').waitFor();
  await checkBothSchemes(popup, name);
  await popup.close();
  await page.close();
}

describe('accessibility (axe-core) in Chromium', () => {
  it('popup with results: no serious or critical violations, and Tab alone reaches every control in order', async () => {
    const { page, tabId } = await openTab(ext, `${server.origin}/policy.html`);
    await settledState(ext.worker, tabId);
    const popup = await openPopup(ext, tabId);
    await popup.locator('.grade').waitFor();
    // Open one privacy-label row and "Why this grade" so their content is checked too.
    await popup.locator('tr.label-row button').first().click();
    await popup.locator('.why-grade summary').click();
    await checkBothSchemes(popup, 'results');
    // Keyboard only: Tab alone reaches every visible control, in document order.
    const controls = await popup.evaluate(() => {
      const all = Array.from(document.querySelectorAll<HTMLElement>('button, summary, a[href], input, select, textarea'));
      // checkVisibility() also hides what a closed <details> holds (content-visibility), unlike client rects.
      const visible = all.filter((el) => el.checkVisibility());
      visible.forEach((el, i) => el.setAttribute('data-tab-order', String(i)));
      return visible.length;
    });
    expect(controls).toBeGreaterThan(10);
    // Start before the first control (clicks above left the focus further down).
    await popup.evaluate(() => document.querySelector<HTMLElement>('[data-tab-order="0"]')?.focus());
    const reached: number[] = [0];
    for (let i = 0; i < controls + 5; i++) {
      await popup.keyboard.press('Tab');
      const at = await popup.evaluate(() => document.activeElement?.getAttribute('data-tab-order') ?? null);
      if (at !== null && !reached.includes(Number(at))) reached.push(Number(at));
    }
    expect(reached.length).toBe(controls);
    expect(reached).toEqual([...reached].sort((a, b) => a - b));
    await popup.close();
    await page.close();
  });

  it('popup on a page that is not a policy', async () => {
    await checkStatusPopup('about.html', 'not-policy');
  });

  it('popup on a policy in another language', async () => {
    await checkStatusPopup('datenschutz.html', 'language');
  });

  it('popup in its error state (analysing a tab closed meanwhile)', async () => {
    const { page, tabId } = await openTab(ext, `${server.origin}/about.html`);
    await settledState(ext.worker, tabId);
    const popup = await openPopup(ext, tabId);
    await popup.getByRole('button', { name: 'Analyse this page anyway' }).waitFor();
    await page.close();
    await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
    await popup.locator('.status-error').waitFor();
    await checkBothSchemes(popup, 'error');
    await popup.close();
  });

  it('popup on a document it does not read (XML)', async () => {
    await checkStatusPopup('data.xml', 'unsupported', ['unsupported']);
  });

  it('options page', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.locator('main').waitFor();
    await checkBothSchemes(options, 'options');
    await options.close();
  });
});
