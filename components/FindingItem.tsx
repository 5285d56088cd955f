import type { Finding } from '../lib/types';
import { labelTitle } from '../lib/labels';

/** Props of FindingItem. */
export interface FindingItemProps {
  finding: Finding;
  onShow: (finding: Finding) => void;
  /** Result of the last "show in page" for this finding: null = not tried. */
  shown: boolean | null;
}

/** One finding: what it means, its sentence (as plain text) and a "show in page" button. */
export function FindingItem({ finding, onShow, shown }: FindingItemProps) {
  return (
    <li class={`finding finding-${finding.stance}`} data-label={finding.label}>
      <p class="finding-label">{labelTitle(finding.label)}</p>
      <blockquote class="finding-text">{finding.text}</blockquote>
      <button type="button" class="show-in-page" onClick={() => onShow(finding)}>
        Show in page
      </button>
      {shown === false ? <span class="not-found" role="status">Could not find this sentence in the page.</span> : null}
    </li>
  );
}
