import type { SiteMemory } from '../lib/messages';

/** Props of SiteMemoryPanel. */
export interface SiteMemoryPanelProps {
  memory: SiteMemory;
  onAnalyze: () => void;
}

/** "Site remembered": this page is not the policy, but the site's policy was analysed before. */
export function SiteMemoryPanel({ memory, onAnalyze }: SiteMemoryPanelProps) {
  const date = new Date(memory.analysedAt).toISOString().slice(0, 10);
  return (
    <section class="status status-site" role="status">
      <h2>
        This site's privacy policy: grade <span class={`grade-inline grade-${memory.grade === '?' ? 'unknown' : memory.grade}`}>{memory.grade}</span>
      </h2>
      <p>
        "{memory.title}", analysed {date}
        {memory.leadRisks > 0 ? `, with ${memory.leadRisks} lead risk${memory.leadRisks === 1 ? '' : 's'}` : ''}.
      </p>
      {/^https?:\/\//.test(memory.url) ? (
        <p>
          <a href={memory.url} target="_blank" rel="noopener noreferrer">
            Open the policy
          </a>
        </p>
      ) : null}
      <button type="button" class="primary" onClick={onAnalyze}>
        Analyse this page anyway
      </button>
    </section>
  );
}
