import { useState } from 'preact/hooks';
import { CATEGORY_NAMES, labelTitle } from '../lib/labels';
import { CATEGORIES, type Category, type Finding } from '../lib/types';
import { FindingList } from './FindingSection';

/** What a policy says on one topic: a risk, a protection, both, or nothing. */
export type TopicStatus = 'risk' | 'protection' | 'both' | 'none';

/** The status of every taxonomy topic, from the findings. */
export function topicStatus(findings: readonly Finding[], category: Category): TopicStatus {
  const risk = findings.some((f) => f.category === category && f.stance === 'risk');
  const protection = findings.some((f) => f.category === category && f.stance === 'protection');
  return risk && protection ? 'both' : risk ? 'risk' : protection ? 'protection' : 'none';
}

// Each status in words and with a symbol, so colour is never the only sign.
const STATUS_TEXT: Record<TopicStatus, { icon: string; word: string }> = {
  risk: { icon: '\u26a0', word: 'Risk' },
  protection: { icon: '\u2713', word: 'Protection' },
  both: { icon: '\u25d0', word: 'Risk and protection' },
  none: { icon: '\u2014', word: 'Not mentioned' },
};

/** Props of PrivacyLabel. */
export interface PrivacyLabelProps {
  findings: readonly Finding[];
  onShow: (finding: Finding) => void;
  /** "show in page" results keyed by `findingKey`. */
  shown: ReadonlyMap<string, boolean>;
}

/** The distinct labels of a topic's findings, risks first, as plain-language titles. */
function titlesOf(list: readonly Finding[]): string {
  const labels = [...new Set([...list].sort((a, b) => (a.stance === b.stance ? 0 : a.stance === 'risk' ? -1 : 1)).map((f) => f.label))];
  return labels.map(labelTitle).join('; ');
}

/**
 * The privacy label: one row per taxonomy topic (18), saying in words and with a symbol whether the
 * policy has a risk, a protection, both, or says nothing, with what it does. A row with findings is a
 * button (Enter and Space open it) that shows its sentences with "Show in page".
 */
export function PrivacyLabel({ findings, onShow, shown }: PrivacyLabelProps) {
  const [open, setOpen] = useState<ReadonlySet<Category>>(new Set());
  const toggle = (c: Category) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(c)) next.delete(c);
      else next.add(c);
      return next;
    });
  return (
    <section class="privacy-label">
      <table>
        <caption>Privacy label</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">What the policy says</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((c) => {
            const list = findings.filter((f) => f.category === c);
            const status = topicStatus(findings, c);
            const { icon, word } = STATUS_TEXT[status];
            const id = `label-row-${c}`;
            const isOpen = open.has(c);
            return [
              <tr key={c} class={`label-row label-${status}`} data-category={c}>
                <th scope="row">{CATEGORY_NAMES[c]}</th>
                <td>
                  {list.length === 0 ? (
                    <span class="label-status">
                      <span aria-hidden="true">{icon}</span> {word}
                    </span>
                  ) : (
                    <button type="button" class="label-status" aria-expanded={isOpen} aria-controls={id} onClick={() => toggle(c)}>
                      <span aria-hidden="true">{icon}</span> {word}: {titlesOf(list)}
                    </button>
                  )}
                </td>
              </tr>,
              isOpen ? (
                <tr key={`${c}-findings`} id={id} class="label-findings">
                  <td colSpan={2}>
                    <FindingList findings={list} onShow={onShow} shown={shown} />
                  </td>
                </tr>
              ) : null,
            ];
          })}
        </tbody>
      </table>
    </section>
  );
}
