import type { Finding } from '../lib/types';
import { FindingItem } from './FindingItem';

/** Props of FindingSection. */
export interface FindingSectionProps {
  heading: string;
  /** Visual tone of the section. */
  tone: 'lead' | 'risk' | 'protection';
  findings: Finding[];
  onShow: (finding: Finding) => void;
  /** "show in page" results keyed by `findingKey`. */
  shown: ReadonlyMap<string, boolean>;
  /** Expanded at first (long lists start collapsed; the lead risks never do). */
  open: boolean;
}

/** Stable key of a finding within one analysis. */
export function findingKey(f: Finding): string {
  return `${f.label}@${f.start}`;
}

/** A titled, collapsible list of findings (native details/summary: keyboard-ready); nothing when empty. */
export function FindingSection({ heading, tone, findings, onShow, shown, open }: FindingSectionProps) {
  if (findings.length === 0) return null;
  const id = `section-${tone}`;
  return (
    <section class={`findings findings-${tone}`} aria-labelledby={id}>
      <details open={open}>
        <summary>
          <h2 id={id}>
            {heading} <span class="count">({findings.length})</span>
          </h2>
        </summary>
        <FindingList findings={findings} onShow={onShow} shown={shown} />
      </details>
    </section>
  );
}

/** Findings as a list, each with its sentence and "Show in page". */
export function FindingList({ findings, onShow, shown }: Pick<FindingSectionProps, 'findings' | 'onShow' | 'shown'>) {
  return (
    <ul>
      {findings.map((f) => (
        <FindingItem key={findingKey(f)} finding={f} onShow={onShow} shown={shown.get(findingKey(f)) ?? null} />
      ))}
    </ul>
  );
}
