/**
 * The analysis cache: the only module that touches IndexedDB. Analyses are keyed by URL +
 * content hash + ENGINE_VERSION, so a new engine re-analyses instead of serving old verdicts.
 * Least-recently-used entries are evicted past a count or byte cap. A database that cannot be
 * opened or read (corrupt, wrong shape, newer version) is deleted and rebuilt; user settings live
 * in `storage.local`, not here, so a rebuild never loses them.
 */
import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import type { SiteMemory } from '../../lib/messages';
import type { Analysis } from '../../lib/types';
import { DB_NAME, DB_VERSION, isCachedAnalysis, isHealthy, isPolicyHistory, isSiteMemory, upgrade, type CacheSchema, type PolicyHistory } from './schema';

export type { CachedAnalysis, PolicyHistory } from './schema';

/** Options of a cache instance (tests shrink the caps and fake the clock). */
export interface CacheOptions {
  name?: string;
  maxEntries?: number;
  maxBytes?: number;
  /** Policy URLs whose history is kept (each holds at most `appendHistory`'s 10 versions). */
  maxHistories?: number;
  now?: () => number;
}

/** The cache's operations. */
export interface AnalysisCache {
  getAnalysis(key: string): Promise<Analysis | null>;
  putAnalysis(key: string, url: string, analysis: Analysis): Promise<void>;
  getSite(site: string): Promise<SiteMemory | null>;
  putSite(memory: SiteMemory): Promise<void>;
  /** The versions of policy `url` (without fragment) seen so far. */
  getHistory(url: string): Promise<PolicyHistory | null>;
  /** Saves a policy's history (stamped `updatedAt` = now); drops the least recently updated past the cap. */
  putHistory(history: Omit<PolicyHistory, 'updatedAt'>): Promise<void>;
  /** Drops every analysis, site memory and policy history. */
  clear(): Promise<void>;
  /** Number of analyses and their approximate bytes. */
  stats(): Promise<{ entries: number; bytes: number }>;
  close(): void;
}

/** Builds the cache key of a page's analysis. */
export function cacheKey(url: string, contentHash: string, engineVersion: string): string {
  return `${engineVersion}|${url}|${contentHash}`;
}

/** Creates a cache bound to one database name. The database opens lazily. */
export function createCache(opts: CacheOptions = {}): AnalysisCache {
  const name = opts.name ?? DB_NAME;
  const maxEntries = opts.maxEntries ?? 300;
  const maxBytes = opts.maxBytes ?? 25_000_000;
  // 10-20 KB per version, up to 10 versions: 200 URLs stay in the tens of MB at worst.
  const maxHistories = opts.maxHistories ?? 200;
  const now = opts.now ?? Date.now;
  let dbPromise: Promise<IDBPDatabase<CacheSchema>> | null = null;

  const openOnce = (): Promise<IDBPDatabase<CacheSchema>> =>
    openDB<CacheSchema>(name, DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx),
      // Another context (offscreen doc, options page) wants to upgrade or delete: let it.
      blocking: () => { void dbPromise?.then((db) => db.close()); dbPromise = null; },
      terminated: () => { dbPromise = null; },
    });

  async function open(): Promise<IDBPDatabase<CacheSchema>> {
    try {
      const db = await openOnce();
      if (isHealthy(db)) return db;
      db.close();
    } catch {
      // Unreadable or newer-versioned database: rebuilt below.
    }
    await deleteDB(name);
    return openOnce();
  }

  function db(): Promise<IDBPDatabase<CacheSchema>> {
    dbPromise ??= open().catch((err: unknown) => { dbPromise = null; throw err; });
    return dbPromise;
  }

  /** Runs `fn`; if IndexedDB itself fails, rebuilds the database once and retries. */
  async function run<T>(fn: (d: IDBPDatabase<CacheSchema>) => Promise<T>): Promise<T> {
    try {
      return await fn(await db());
    } catch {
      const old = dbPromise;
      dbPromise = null;
      await old?.then((d) => d.close()).catch(() => undefined);
      await deleteDB(name);
      return fn(await db());
    }
  }

  async function evict(d: IDBPDatabase<CacheSchema>): Promise<void> {
    const tx = d.transaction('analyses', 'readwrite');
    const rows: { key: string; size: number }[] = [];
    let total = 0;
    for (let c = await tx.store.index('lru').openKeyCursor(); c; c = await c.continue()) {
      const size = c.key[1];
      rows.push({ key: c.primaryKey, size });
      total += size;
    }
    // Oldest first (the index is ordered by lastUsed).
    let count = rows.length;
    for (const row of rows) {
      if (count <= maxEntries && total <= maxBytes) break;
      await tx.store.delete(row.key);
      count -= 1;
      total -= row.size;
    }
    await tx.done;
  }

  return {
    getAnalysis: (key) => run(async (d) => {
      const tx = d.transaction('analyses', 'readwrite');
      const rec: unknown = await tx.store.get(key);
      if (rec === undefined) { await tx.done; return null; }
      if (!isCachedAnalysis(rec) || rec.key !== key) {
        await tx.store.delete(key);
        await tx.done;
        return null;
      }
      await tx.store.put({ ...rec, lastUsed: now() });
      await tx.done;
      return rec.analysis;
    }),
    putAnalysis: (key, url, analysis) => run(async (d) => {
      const t = now();
      const size = JSON.stringify(analysis).length;
      await d.put('analyses', { key, url, engineVersion: analysis.engineVersion, analysis, size, createdAt: t, lastUsed: t });
      await evict(d);
    }),
    getSite: (site) => run(async (d) => {
      const rec: unknown = await d.get('sites', site);
      if (rec === undefined) return null;
      if (!isSiteMemory(rec)) { await d.delete('sites', site); return null; }
      return rec;
    }),
    putSite: (memory) => run(async (d) => { await d.put('sites', memory); }),
    getHistory: (url) => run(async (d) => {
      const rec: unknown = await d.get('histories', url);
      if (rec === undefined) return null;
      if (!isPolicyHistory(rec) || rec.url !== url) { await d.delete('histories', url); return null; }
      return rec;
    }),
    putHistory: (history) => run(async (d) => {
      const tx = d.transaction('histories', 'readwrite');
      await tx.store.put({ ...history, updatedAt: now() });
      let count = await tx.store.count();
      // Oldest-updated first; key cursor: no history is loaded to be dropped.
      for (let c = await tx.store.index('by-updated').openKeyCursor(); c && count > maxHistories; c = await c.continue()) {
        await tx.store.delete(c.primaryKey);
        count -= 1;
      }
      await tx.done;
    }),
    clear: () => run(async (d) => {
      const tx = d.transaction(['analyses', 'sites', 'histories'], 'readwrite');
      await Promise.all([tx.objectStore('analyses').clear(), tx.objectStore('sites').clear(), tx.objectStore('histories').clear(), tx.done]);
    }),
    stats: () => run(async (d) => {
      let entries = 0;
      let bytes = 0;
      for (let c = await d.transaction('analyses').store.index('lru').openKeyCursor(); c; c = await c.continue()) {
        entries += 1;
        bytes += c.key[1];
      }
      return { entries, bytes };
    }),
    close: () => { void dbPromise?.then((d) => d.close()).catch(() => undefined); dbPromise = null; },
  };
}
