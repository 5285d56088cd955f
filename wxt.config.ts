import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each permission is requested.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'PolicyLens',
    description: 'Reads privacy policies on your machine and flags the clauses that matter. Nothing leaves your browser.',
    permissions: ['storage'],
  },
  zip: {
    excludeSources: ['tests/**', '.output/**', 'test-results/**'],
  },
});
