import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/messages';
import { CATEGORIES, type Category } from '../lib/types';
import { WeightRow } from './WeightRow';

/** What the options page needs (injected so tests can fake it). */
export interface OptionsApi {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  clearCache(): Promise<void>;
}

/** Props of OptionsApp. */
export interface OptionsAppProps {
  api: OptionsApi;
}

/** Options: automatic analysis on/off, clear the cache, per-category weights. */
export function OptionsApp({ api }: OptionsAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [note, setNote] = useState('');

  useEffect(() => { api.load().then(setSettings, () => setNote('Could not load the settings.')); }, [api]);

  const update = (next: Settings): void => {
    setSettings(next);
    api.save(next).then(() => setNote('Saved.'), () => setNote('Could not save the settings.'));
  };
  const setWeight = (category: Category, weight: 0 | 1 | 2): void => {
    if (settings) update({ ...settings, weights: { ...settings.weights, [category]: weight } });
  };

  if (!settings) return <main class="options"><p role="status">{note || 'Loading…'}</p></main>;
  return (
    <main class="options">
      <h1>PolicyLens options</h1>
      <fieldset>
        <legend>Analysis</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.autoAnalyze}
            onChange={(e) => update({ ...settings, autoAnalyze: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          Analyse privacy policies automatically (when off, only the popup's button analyses a page)
        </label>
        <br />
        <label>
          <input
            type="checkbox"
            checked={settings.autoSite}
            onChange={(e) => update({ ...settings, autoSite: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          Find and analyse each site's privacy policy automatically: on a page that is not a policy, fetch
          the one policy page it links to on the same site (when off, only the popup's button does this)
        </label>
      </fieldset>
      <fieldset>
        <legend>Cache</legend>
        <p>Analyses are kept on this computer so a policy is not analysed twice.</p>
        <button
          type="button"
          onClick={() => api.clearCache().then(() => setNote('Cache cleared.'), () => setNote('Could not clear the cache.'))}
        >
          Clear the cache
        </button>
      </fieldset>
      <fieldset>
        <legend>What matters to you</legend>
        <table class="weights">
          <tbody>
            {CATEGORIES.map((c) => {
              const w = settings.weights[c];
              return <WeightRow key={c} category={c} weight={w === 0 || w === 2 ? w : 1} onChange={setWeight} />;
            })}
          </tbody>
        </table>
      </fieldset>
      <p role="status" aria-live="polite">{note}</p>
    </main>
  );
}
