import type { Finding } from '../lib/types';
import { labelTitle } from '../lib/labels';
import { SentenceQuote } from './SentenceQuote';

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
      <SentenceQuote text={finding.text} onShow={() => onShow(finding)} shown={shown} />
    </li>
  );
}
