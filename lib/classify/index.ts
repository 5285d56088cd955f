import type { Finding, Sentence } from '../types';

/** Labels sentences with taxonomy categories (TODO). */
export function classify(sentences: Sentence[]): Finding[] {
  void sentences;
  return [];
}
