import { describe, expect, it } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import { cacheKey, createCache } from '../../utils/cache';
import { DB_VERSION } from '../../utils/cache/schema';
import { analysis, dbName } from './helpers';

describe('analysis cache', () => {
  it('stores and returns an analysis by URL + content hash + engine version', async () => {
    const cache = createCache({ name: dbName() });
    const key = cacheKey('https://a.example/privacy', 'hash1', '1.0.0');
    expect(await cache.getAnalysis(key)).toBeNull();
    await cache.putAnalysis(key, 'https://a.example/privacy', analysis('A'));
    expect((await cache.getAnalysis(key))?.title).toBe('A');
    // Same page and content, newer engine: a different key, so a miss (re-analysis).
    expect(await cache.getAnalysis(cacheKey('https://a.example/privacy', 'hash1', '1.0.1'))).toBeNull();
    expect(await cache.getAnalysis(cacheKey('https://a.example/privacy', 'hash2', '1.0.0'))).toBeNull();
    cache.close();
  });

  it('evicts the least recently used analysis past the entry cap', async () => {
    let t = 0;
    const cache = createCache({ name: dbName(), maxEntries: 2, now: () => ++t });
    await cache.putAnalysis('a', 'u', analysis('a'));
    await cache.putAnalysis('b', 'u', analysis('b'));
    expect(await cache.getAnalysis('a')).not.toBeNull(); // a is now more recent than b
    await cache.putAnalysis('c', 'u', analysis('c'));
    expect(await cache.getAnalysis('b')).toBeNull();
    expect(await cache.getAnalysis('a')).not.toBeNull();
    expect(await cache.getAnalysis('c')).not.toBeNull();
    expect((await cache.stats()).entries).toBe(2);
    cache.close();
  });

  it('evicts past the byte cap, oldest first', async () => {
    let t = 0;
    const one = JSON.stringify(analysis('a', 5000)).length;
    const cache = createCache({ name: dbName(), maxBytes: one * 2 + 10, now: () => ++t });
    for (const k of ['a', 'b', 'c']) await cache.putAnalysis(k, 'u', analysis(k, 5000));
    expect(await cache.getAnalysis('a')).toBeNull();
    const stats = await cache.stats();
    expect(stats.entries).toBe(2);
    expect(stats.bytes).toBeLessThanOrEqual(one * 2 + 10);
    cache.close();
  });

  it('remembers sites and clears everything on request', async () => {
    const cache = createCache({ name: dbName() });
    await cache.putAnalysis('k', 'u', analysis('A'));
    await cache.putSite({ site: 'example.com', url: 'https://example.com/privacy', title: 'P', grade: 'C', leadRisks: 1, analysedAt: 5, analysisKey: 'k' });
    expect((await cache.getSite('example.com'))?.grade).toBe('C');
    await cache.clear();
    expect(await cache.getSite('example.com')).toBeNull();
    expect(await cache.getAnalysis('k')).toBeNull();
    cache.close();
  });

  it('upgrades a version-1 database, keeping its analyses', async () => {
    const name = dbName();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const store = db.createObjectStore('analyses', { keyPath: 'key' });
        store.createIndex('by-last-used', 'lastUsed');
      },
    });
    // A v1 record: no `size` field yet.
    await v1.put('analyses', { key: 'old', url: 'u', engineVersion: '9.9.9', analysis: analysis('old'), createdAt: 1, lastUsed: 1 });
    v1.close();

    const cache = createCache({ name });
    expect((await cache.getAnalysis('old'))?.title).toBe('old');
    const stats = await cache.stats();
    expect(stats.entries).toBe(1); // the record has a size now, so the LRU index sees it
    expect(stats.bytes).toBeGreaterThan(0);
    await cache.putSite({ site: 's.example', url: 'https://s.example/p', title: 'P', grade: 'B', leadRisks: 0, analysedAt: 1, analysisKey: 'old' });
    expect(await cache.getSite('s.example')).not.toBeNull();
    cache.close();
    const raw: IDBPDatabase = await openDB(name);
    expect(raw.version).toBe(DB_VERSION);
    expect(Array.from(raw.objectStoreNames).sort()).toEqual(['analyses', 'histories', 'sites']);
    raw.close();
  });

  it('rebuilds a database that has the current version but lacks its stores', async () => {
    const name = dbName();
    const broken = await openDB(name, DB_VERSION, { upgrade(db) { db.createObjectStore('something-else'); } });
    broken.close();
    const cache = createCache({ name });
    await cache.putAnalysis('k', 'u', analysis('A'));
    expect((await cache.getAnalysis('k'))?.title).toBe('A');
    cache.close();
  });

  it('rebuilds a database written by a newer version instead of failing', async () => {
    const name = dbName();
    const newer = await openDB(name, DB_VERSION + 5, { upgrade(db) { db.createObjectStore('future'); } });
    newer.close();
    const cache = createCache({ name });
    expect(await cache.getAnalysis('missing')).toBeNull();
    await cache.putAnalysis('k', 'u', analysis('A'));
    expect(await cache.getAnalysis('k')).not.toBeNull();
    cache.close();
  });

  it('drops records of the wrong shape instead of serving them', async () => {
    const name = dbName();
    const cache = createCache({ name });
    await cache.putAnalysis('good', 'u', analysis('A')); // creates the database
    cache.close();
    const raw = await openDB(name, DB_VERSION);
    await raw.put('analyses', { key: 'bad', url: 'u', engineVersion: 'x', analysis: 'not an analysis', size: 3, createdAt: 1, lastUsed: 1 });
    await raw.put('sites', { site: 'bad.example', url: 42 });
    raw.close();
    const again = createCache({ name });
    expect(await again.getAnalysis('bad')).toBeNull();
    expect(await again.getSite('bad.example')).toBeNull();
    expect(await again.getAnalysis('good')).not.toBeNull();
    expect((await again.stats()).entries).toBe(1); // the bad record was deleted
    again.close();
  });
});
