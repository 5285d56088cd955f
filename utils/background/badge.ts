/**
 * The toolbar badge. On a policy page it shows the grade letter in the grade's colour; on other
 * pages of a site whose policy is known, the same letter in a dimmed colour with a tooltip naming
 * that policy and its date; nothing elsewhere. (Why the grade and not a count: README material.)
 * A policy that changed for the worse since the user last saw it gets a "!" after its letter
 * ("D!"): the letter stays readable, the mark does not rely on colour.
 */
import type { PolicyDiff } from '../../lib/changes';
import type { SiteMemory } from '../../lib/messages';
import { labelName } from '../../lib/labels';
import type { Grade, Label } from '../../lib/types';

/** What the badge should show for one tab. */
export type BadgeInput =
  | { kind: 'none' }
  | { kind: 'analysing' }
  /** A policy the engine cannot read (another language): no letter, the reason in the tooltip. */
  | { kind: 'unread'; reason: string }
  | { kind: 'policy'; grade: Grade; leadRisks: number; title: string; change?: PolicyDiff | null; /** The distinct lead-risk labels, named in the tooltip. */ leadLabels?: readonly Label[] }
  | { kind: 'site'; memory: SiteMemory };

/** A concrete badge. */
export interface BadgeSpec {
  text: string;
  /** Background colour, `#rrggbb`. */
  color: string;
  textColor: string;
  title: string;
}

/** Grade colours: green to red, grey for "not enough information"; white text on each. */
export const GRADE_COLORS: Record<Grade, string> = {
  A: '#1a7f37', B: '#4c7a12', C: '#9a6700', D: '#bc4c00', E: '#cf222e', '?': '#57606a',
};

/** Dimmed grade colours for remembered sites: same hue, mixed towards light grey. */
export function dimmed(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number): number => Math.round(c * 0.45 + 0xc8 * 0.55);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

const NAME = 'PolicyLens';

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function risksText(n: number): string {
  return n === 0 ? 'no lead risks found' : `${n} lead risk${n === 1 ? '' : 's'} (selling/sharing data, Do Not Track, contacts)`;
}

/** Computes the badge for `input`. */
export function badgeFor(input: BadgeInput): BadgeSpec {
  switch (input.kind) {
    case 'none':
      return { text: '', color: GRADE_COLORS['?'], textColor: '#ffffff', title: NAME };
    case 'analysing':
      return { text: '…', color: GRADE_COLORS['?'], textColor: '#ffffff', title: `${NAME}: analysing this privacy policy` };
    case 'unread':
      return { text: '', color: GRADE_COLORS['?'], textColor: '#ffffff', title: `${NAME}: ${input.reason}` };
    case 'policy': {
      const c = input.change;
      const changed = c ? `. Changed since ${day(c.since)}${c.worsened ? ', for the worse' : ''}: ${c.headline}` : '';
      return {
        text: c?.worsened ? `${input.grade}!` : input.grade,
        color: GRADE_COLORS[input.grade],
        textColor: '#ffffff',
        title: `${NAME}: grade ${input.grade} for "${input.title}", ${input.leadLabels?.length ? `this policy ${input.leadLabels.map(labelName).join(', ')}` : risksText(input.leadRisks)}${changed}`,
      };
    }
    case 'site': {
      const m = input.memory;
      const date = day(m.analysedAt);
      return {
        text: m.grade,
        color: dimmed(GRADE_COLORS[m.grade]),
        textColor: '#1f2328',
        title: `${NAME}: this site's privacy policy "${m.title}" (analysed ${date}) has grade ${m.grade}, ${risksText(m.leadRisks)}`,
      };
    }
  }
}
