/**
 * The cache database's one schema and its versioned upgrades.
 * v1: `analyses` keyed by cache key, with a `by-last-used` index.
 * v2: adds `sites` (site memory) and replaces `by-last-used` by `lru` = [lastUsed, size], so
 *     eviction can walk a key cursor (sizes included) without loading any analysis.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { SiteMemory } from '../../lib/messages';
import type { Analysis } from '../../lib/types';

/** Database name. */
export const DB_NAME = 'policylens-cache';
/** Current schema version. */
export const DB_VERSION = 2;

/** One cached analysis. */
export interface CachedAnalysis {
  /** `${engineVersion}|${url}|${contentHash}` */
  key: string;
  url: string;
  engineVersion: string;
  analysis: Analysis;
  /** Approximate bytes (JSON length), for the size cap. */
  size: number;
  createdAt: number;
  lastUsed: number;
}

/** The schema, as idb types it. */
export interface CacheSchema extends DBSchema {
  analyses: { key: string; value: CachedAnalysis; indexes: { lru: [number, number] } };
  sites: { key: string; value: SiteMemory };
}

type UpgradeTx = IDBPTransaction<CacheSchema, StoreNames<CacheSchema>[], 'versionchange'>;

/** idb `upgrade` callback: applies every step above `oldVersion`. */
export function upgrade(db: IDBPDatabase<CacheSchema>, oldVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1) {
    // v1 layout, kept verbatim so the v1 -> v2 step below is the only migration path.
    const v1 = (db as unknown as IDBPDatabase).createObjectStore('analyses', { keyPath: 'key' });
    v1.createIndex('by-last-used', 'lastUsed');
  }
  if (oldVersion < 2) {
    db.createObjectStore('sites', { keyPath: 'site' });
    const store = tx.objectStore('analyses');
    const raw = store as unknown as { indexNames: DOMStringList; deleteIndex(name: string): void };
    if (raw.indexNames.contains('by-last-used')) raw.deleteIndex('by-last-used');
    store.createIndex('lru', ['lastUsed', 'size']);
    // v1 records had no `size`: fill it in, or they would be missing from the new index.
    void backfillSizes(tx);
  }
}

async function backfillSizes(tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('analyses').openCursor();
  while (cursor) {
    const v = cursor.value as Partial<CachedAnalysis>;
    if (typeof v.size !== 'number') await cursor.update({ ...(v as CachedAnalysis), size: JSON.stringify(v).length });
    cursor = await cursor.continue();
  }
}

/** True when the opened database has every store and index this version expects. */
export function isHealthy(db: IDBPDatabase<CacheSchema>): boolean {
  if (!db.objectStoreNames.contains('analyses') || !db.objectStoreNames.contains('sites')) return false;
  try {
    const tx = db.transaction('analyses', 'readonly');
    // An empty read-only transaction just completes; aborting it would reject `tx.done`.
    void tx.done.catch(() => undefined);
    return tx.store.indexNames.contains('lru');
  } catch {
    return false;
  }
}

/** Shape check of a stored record: anything else is treated as corruption and dropped. */
export function isCachedAnalysis(v: unknown): v is CachedAnalysis {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<CachedAnalysis>;
  const a = r.analysis as Partial<Analysis> | undefined;
  return typeof r.key === 'string' && typeof r.url === 'string' && typeof r.engineVersion === 'string'
    && typeof r.lastUsed === 'number' && typeof a === 'object' && a !== null
    && Array.isArray(a.findings) && typeof a.score === 'object' && a.score !== null && typeof a.engineVersion === 'string';
}

/** Shape check of a site memory record. */
export function isSiteMemory(v: unknown): v is SiteMemory {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<SiteMemory>;
  return typeof s.site === 'string' && typeof s.url === 'string' && typeof s.analysisKey === 'string'
    && typeof s.analysedAt === 'number' && typeof s.grade === 'string' && typeof s.leadRisks === 'number';
}
