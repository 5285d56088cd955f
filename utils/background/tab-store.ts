/**
 * Per-tab state. An MV3 service worker is killed after ~30 s idle, so state lives in
 * `storage.session` (kept for the browser session, never written to disk); where that area does
 * not exist (old Firefox) the persistent MV2 background page keeps it in memory.
 */
import { browser } from 'wxt/browser';
import type { TabState } from '../../lib/messages';

/** Get/set/delete of tab states. */
export interface TabStore {
  get(tabId: number): Promise<TabState | null>;
  set(tabId: number, state: TabState): Promise<void>;
  delete(tabId: number): Promise<void>;
  /** Ids of every tab with a state. */
  ids(): Promise<number[]>;
}

const keyOf = (tabId: number): string => `tab:${tabId}`;

/** A store in `storage.session`, or in memory when that area is missing. */
export function createTabStore(): TabStore {
  const area = browser.storage.session as typeof browser.storage.session | undefined;
  if (!area) return memoryTabStore();
  return {
    async get(tabId) {
      const got = await area.get(keyOf(tabId));
      return (got[keyOf(tabId)] as TabState | undefined) ?? null;
    },
    set: (tabId, state) => area.set({ [keyOf(tabId)]: state }),
    delete: (tabId) => area.remove(keyOf(tabId)),
    async ids() {
      const all = await area.get(null);
      return Object.keys(all).filter((k) => k.startsWith('tab:')).map((k) => Number(k.slice(4)));
    },
  };
}

/** An in-memory store (also used by tests). */
export function memoryTabStore(): TabStore {
  const map = new Map<number, TabState>();
  return {
    get: async (tabId) => map.get(tabId) ?? null,
    set: async (tabId, state) => { map.set(tabId, state); },
    delete: async (tabId) => { map.delete(tabId); },
    ids: async () => [...map.keys()],
  };
}
