import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const ICON_DIR = resolve(import.meta.dirname, 'assets/icons');
const ICON_SIZES = [16, 32, 48, 128] as const;

// Permissions are the narrowest set that works; README "Permissions" explains each one.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'PolicyLens',
    description: 'Reads privacy policies on your machine and flags the clauses that matter. Nothing leaves your browser.',
    // storage: settings (local) and per-tab state that must outlive the MV3 service worker (session).
    // offscreen (Chrome only): a DOMParser for the heavy pass, away from the page and the worker.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    icons: Object.fromEntries(ICON_SIZES.map((s) => [s, `icons/${s}.png`])),
    action: { default_icon: Object.fromEntries(ICON_SIZES.map((s) => [s, `icons/${s}.png`])) },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'policylens@policylens.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  hooks: {
    // Icons live in assets/icons (not public/) with their generator; copy them into every build.
    'build:publicAssets': (_wxt, assets) => {
      for (const file of readdirSync(ICON_DIR).filter((f) => f.endsWith('.png'))) {
        assets.push({ absoluteSrc: resolve(ICON_DIR, file), relativeDest: `icons/${file}` });
      }
    },
  },
  zip: {
    excludeSources: ['tests/**', '.output/**', 'test-results/**'],
  },
});
