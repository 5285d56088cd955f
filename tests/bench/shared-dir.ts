import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared evaluation material, `../shared` next to the repository root (as in CI); null if absent. */
export function sharedDir(): string | null {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dir = join(root, '..', 'shared');
  return existsSync(join(dir, 'eval')) ? dir : null;
}
