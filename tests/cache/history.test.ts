import { describe, expect, it } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import { fingerprintPolicy, type PolicyVersion } from '../../lib/changes';
import { createCache, type PolicyHistory } from '../../utils/cache';
import { DB_VERSION } from '../../utils/cache/schema';
import { analysis, dbName } from './helpers';

/** A real fingerprint of the helper analysis over `sentences`. */
function version(sentences: string[], at: number): PolicyVersion {
  return fingerprintPolicy(analysis('P'), sentences, at);
}

function history(url: string, versions: PolicyVersion[], lastKey = 'k'): Omit<PolicyHistory, 'updatedAt'> {
  return { url, versions, lastKey, change: null };
}

describe('policy history store (schema v3)', () => {
  it('upgrades a version-2 database: analyses and sites kept, histories added and usable', async () => {
    const name = dbName();
    // The v2 layout, written by the previous release.
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore('analyses', { keyPath: 'key' }).createIndex('lru', ['lastUsed', 'size']);
        db.createObjectStore('sites', { keyPath: 'site' });
      },
    });
    await v2.put('analyses', { key: 'old', url: 'u', engineVersion: '9.9.9', analysis: analysis('old'), size: 100, createdAt: 1, lastUsed: 1 });
    await v2.put('sites', { site: 's.example', url: 'https://s.example/p', title: 'P', grade: 'B', leadRisks: 0, analysedAt: 1, analysisKey: 'old' });
    v2.close();

    const cache = createCache({ name });
    expect((await cache.getAnalysis('old'))?.title).toBe('old');
    expect((await cache.getSite('s.example'))?.grade).toBe('B');
    expect(await cache.getHistory('https://s.example/p')).toBeNull();
    const v = version(['We may sell your data.', 'We keep it safe.'], 10);
    await cache.putHistory(history('https://s.example/p', [v], 'old'));
    const got = await cache.getHistory('https://s.example/p');
    expect(got?.versions).toEqual([v]);
    expect(got?.lastKey).toBe('old');
    cache.close();

    const raw: IDBPDatabase = await openDB(name);
    expect(raw.version).toBe(DB_VERSION);
    expect(Array.from(raw.objectStoreNames).sort()).toEqual(['analyses', 'histories', 'sites']);
    expect(Array.from(raw.transaction('histories').objectStore('histories').indexNames)).toEqual(['by-updated']);
    raw.close();
  });

  it('keeps at most maxHistories URLs, dropping the least recently updated', async () => {
    let t = 0;
    const cache = createCache({ name: dbName(), maxHistories: 2, now: () => ++t });
    const v = version(['A sentence.'], 1);
    await cache.putHistory(history('https://a.example/p', [v]));
    await cache.putHistory(history('https://b.example/p', [v]));
    await cache.putHistory(history('https://a.example/p', [v, v])); // a is now the most recent
    await cache.putHistory(history('https://c.example/p', [v]));
    expect(await cache.getHistory('https://b.example/p')).toBeNull();
    expect((await cache.getHistory('https://a.example/p'))?.versions).toHaveLength(2);
    expect(await cache.getHistory('https://c.example/p')).not.toBeNull();
    cache.close();
  });

  it('is emptied by clear() with the rest of the cache', async () => {
    const cache = createCache({ name: dbName() });
    await cache.putHistory(history('https://a.example/p', [version(['x.'], 1)]));
    await cache.clear();
    expect(await cache.getHistory('https://a.example/p')).toBeNull();
    cache.close();
  });

  it('drops a history record of the wrong shape instead of serving it', async () => {
    const name = dbName();
    const cache = createCache({ name });
    await cache.putHistory(history('https://a.example/p', [version(['x.'], 1)]));
    cache.close();
    const raw = await openDB(name, DB_VERSION);
    await raw.put('histories', { url: 'https://bad.example/p', versions: 'nope', lastKey: 'k', change: null, updatedAt: 1 });
    raw.close();
    const again = createCache({ name });
    expect(await again.getHistory('https://bad.example/p')).toBeNull();
    expect(await again.getHistory('https://a.example/p')).not.toBeNull();
    again.close();
  });
});
