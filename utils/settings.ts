/**
 * User settings in `storage.local`: outside the cache database on purpose, so clearing or
 * rebuilding the cache never loses them.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../lib/messages';
import { CATEGORIES, type CategoryWeights } from '../lib/types';

const KEY = 'settings';

/** Defaults: analyse policies automatically, every category at weight 1, fetch nothing unasked. */
export const DEFAULT_SETTINGS: Settings = { autoAnalyze: true, weights: {}, autoSite: false };

/** Keeps only known categories with weight 0, 1 or 2. */
export function cleanWeights(raw: unknown): CategoryWeights {
  const out: CategoryWeights = {};
  if (typeof raw !== 'object' || raw === null) return out;
  const rec = raw as Record<string, unknown>;
  for (const c of CATEGORIES) {
    const w = rec[c];
    if (w === 0 || w === 1 || w === 2) out[c] = w;
  }
  return out;
}

/** Reads the settings, falling back to defaults for anything missing or malformed. */
export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.local.get(KEY);
    const raw = got[KEY] as Partial<Settings> | undefined;
    return {
      autoAnalyze: typeof raw?.autoAnalyze === 'boolean' ? raw.autoAnalyze : DEFAULT_SETTINGS.autoAnalyze,
      weights: cleanWeights(raw?.weights),
      autoSite: typeof raw?.autoSite === 'boolean' ? raw.autoSite : DEFAULT_SETTINGS.autoSite,
    };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Saves the settings. */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: { autoAnalyze: settings.autoAnalyze, weights: cleanWeights(settings.weights), autoSite: settings.autoSite } });
}
