/**
 * The cache database's one schema and its versioned upgrades.
 * v1: `analyses` keyed by cache key, with a `by-last-used` index.
 * v2: adds `sites` (site memory) and replaces `by-last-used` by `lru` = [lastUsed, size], so
 *     eviction can walk a key cursor (sizes included) without loading any analysis.
 * v3: adds `histories` (change tracking): per policy URL, the last versions' fingerprints, with a
 *     `by-updated` index so the number of tracked URLs can be capped oldest first.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { PolicyDiff, PolicyVersion } from '../../lib/changes';
import type { SiteMemory } from '../../lib/messages';
import type { Analysis } from '../../lib/types';

/** Database name. */
export const DB_NAME = 'policylens-cache';
/** Current schema version. */
export const DB_VERSION = 3;

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

/**
 * The versions of one policy URL the user has seen: fingerprints (findings + sentence hashes,
 * never the page text), oldest first, bounded by `appendHistory`.
 */
export interface PolicyHistory {
  /** Policy URL without fragment (`pageKey`). */
  url: string;
  versions: PolicyVersion[];
  /** Cache key of the analysis the newest version was fingerprinted from. */
  lastKey: string;
  /**
   * The change found when the newest version arrived (a `changed` diff), or null. Shown again
   * while the page's content is exactly that analysis (`lastKey`), e.g. after a reload.
   */
  change: PolicyDiff | null;
  /** Epoch ms of the last write, for the cap on tracked URLs. */
  updatedAt: number;
}

/** The schema, as idb types it. */
export interface CacheSchema extends DBSchema {
  analyses: { key: string; value: CachedAnalysis; indexes: { lru: [number, number] } };
  sites: { key: string; value: SiteMemory };
  histories: { key: string; value: PolicyHistory; indexes: { 'by-updated': number } };
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
  if (oldVersion < 3) {
    // New store only: v2 data is kept as it is (analyses stay cached, sites stay remembered).
    db.createObjectStore('histories', { keyPath: 'url' }).createIndex('by-updated', 'updatedAt');
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
  const names = db.objectStoreNames;
  if (!names.contains('analyses') || !names.contains('sites') || !names.contains('histories')) return false;
  try {
    const tx = db.transaction(['analyses', 'histories'], 'readonly');
    // An empty read-only transaction just completes; aborting it would reject `tx.done`.
    void tx.done.catch(() => undefined);
    return tx.objectStore('analyses').indexNames.contains('lru') && tx.objectStore('histories').indexNames.contains('by-updated');
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

/** Shape check of a policy history record (the versions themselves are checked loosely). */
export function isPolicyHistory(v: unknown): v is PolicyHistory {
  if (typeof v !== 'object' || v === null) return false;
  const h = v as Partial<PolicyHistory>;
  return typeof h.url === 'string' && typeof h.lastKey === 'string' && typeof h.updatedAt === 'number'
    && Array.isArray(h.versions) && h.versions.every((x: unknown) => typeof x === 'object' && x !== null
      && Array.isArray((x as Partial<PolicyVersion>).sentenceHashes) && Array.isArray((x as Partial<PolicyVersion>).findings))
    && (h.change === null || (typeof h.change === 'object' && h.change !== undefined));
}
