import type { Finding, Practice, Sentence } from '../types';
import { compileCategory, isBareHeading, runRules } from './engine';
import { practiceFindings } from './practice-findings';
import { ALL_CATEGORY_RULES } from './rules';

const COMPILED = ALL_CATEGORY_RULES.map(compileCategory);

/** Findings and practices of a list of sentences. */
export interface Classification {
  findings: Finding[];
  practices: Practice[];
}

/**
 * Labels sentences with the categories and stances of the taxonomy: data flows through the
 * practice layer and its label table, the other categories through their dedicated rules. Every
 * finding names what produced it (`Finding.rule`, and `Finding.practice` for a table row).
 */
export function classifyAll(sentences: Sentence[]): Classification {
  const table = practiceFindings(sentences, isBareHeading);
  // A label found by a rule and by the table on one sentence is one finding (the rule's, named first).
  const seen = new Set<string>();
  const findings = [...runRules(COMPILED, sentences), ...table.findings]
    .filter((f) => {
      const key = `${f.start}:${f.label}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
  return { findings, practices: table.practices };
}

/** The findings of `classifyAll`. */
export function classify(sentences: Sentence[]): Finding[] {
  return classifyAll(sentences).findings;
}

/** Classifies one standalone sentence (tests, examples, the CLI's --explain). */
export function classifySentence(text: string, heading = '', lead = ''): Finding[] {
  return classify([{ text, start: 0, end: text.length, block: 0, heading, lead, ...(lead ? { listItem: true } : {}) }]);
}
