import type { PolicyDiff, StoredFinding } from '../lib/changes';
import type { Label } from '../lib/types';
import { labelTitle } from '../lib/labels';

/** Props of ChangeBanner. */
export interface ChangeBannerProps {
  change: PolicyDiff;
}

const stanceOf = (label: Label): 'risk' | 'protection' => (label.endsWith(':risk') ? 'risk' : 'protection');
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function FindingList({ heading, tone, findings }: { heading: string; tone: string; findings: StoredFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <div class={`change-list change-${tone}`}>
      <h3>{heading}</h3>
      <ul>
        {findings.map((f) => (
          <li key={`${f.label}@${f.hash}`} data-label={f.label}>
            <p class="finding-label">{labelTitle(f.label)}</p>
            <blockquote class="finding-text">{f.text}</blockquote>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * "Changed since <date>": shown first in the popup when the policy's text changed since the user
 * last saw it. Bad news first: new risks, then lost protections (as bad as a new risk), then the
 * good news, then the changed sentences (collapsed). Page text is rendered as text nodes only.
 */
export function ChangeBanner({ change }: ChangeBannerProps) {
  const tone = change.worsened ? 'worse' : change.improved ? 'better' : 'neutral';
  const newRisks = change.newFindings.filter((f) => stanceOf(f.label) === 'risk');
  const lostProtections = change.lostFindings.filter((f) => stanceOf(f.label) === 'protection');
  const lostRisks = change.lostFindings.filter((f) => stanceOf(f.label) === 'risk');
  const newProtections = change.newFindings.filter((f) => stanceOf(f.label) === 'protection');
  const added = change.addedSentences;
  const removed = change.removedSentences;
  return (
    <section class={`change change-${tone}`} role="status" aria-labelledby="change-title">
      <h2 id="change-title">
        Changed since {day(change.since)}
        {change.gradeBefore !== change.gradeAfter ? <span class="change-grade">: grade {change.gradeBefore} → {change.gradeAfter}</span> : null}
      </h2>
      <p class="change-headline">{change.headline}</p>
      {change.engineChanged ? <p class="change-note">PolicyLens was updated since then; only changes in the text are listed.</p> : null}
      <FindingList heading="New risks" tone="new-risk" findings={newRisks} />
      <FindingList heading="Protections removed" tone="lost-protection" findings={lostProtections} />
      <FindingList heading="Risks removed" tone="lost-risk" findings={lostRisks} />
      <FindingList heading="New protections" tone="new-protection" findings={newProtections} />
      {added.count + removed.count > 0 ? (
        <details class="change-sentences">
          <summary>
            Changed sentences: {added.count} added, {removed.count} removed{change.reworded.length > 0 ? `, ${change.reworded.length} reworded` : ''}
          </summary>
          {change.reworded.length > 0 ? (
            <ul class="sentences-reworded">
              {change.reworded.map((r) => (
                <li key={`${r.oldHash}>${r.newHash}`}><del>{r.oldText}</del> → <ins>{r.newText}</ins></li>
              ))}
            </ul>
          ) : null}
          {added.texts.length > 0 ? (
            <ul class="sentences-added" aria-label="Added sentences">{added.texts.map((t, i) => <li key={i}><ins>{t}</ins></li>)}</ul>
          ) : null}
          {removed.texts.length > 0 ? (
            <ul class="sentences-removed" aria-label="Removed sentences">{removed.texts.map((t, i) => <li key={i}><del>{t}</del></li>)}</ul>
          ) : null}
        </details>
      ) : null}
    </section>
  );
}
