import type { Finding, Sentence } from '../types';
import { compileCategory, runRules } from './engine';
import { ALL_CATEGORY_RULES } from './rules';

const COMPILED = ALL_CATEGORY_RULES.map(compileCategory);

/**
 * Labels sentences with the categories and stances of the taxonomy. Every finding names the
 * rule that produced it (`Finding.rule`).
 */
export function classify(sentences: Sentence[]): Finding[] {
  return runRules(COMPILED, sentences);
}

/** Classifies one standalone sentence (tests, examples, the CLI's --explain). */
export function classifySentence(text: string, heading = '', lead = ''): Finding[] {
  return classify([{ text, start: 0, end: text.length, block: 0, heading, lead }]);
}
