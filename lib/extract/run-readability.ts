import { Readability } from '@mozilla/readability';

/** What `runReadability` keeps of Readability's result. */
export interface ReadableArticle {
  title: string;
  lang: string;
  /** Readability's cleaned article element (not serialised: the block walker reads it directly). */
  content: Element | null;
  /** Length of the article's text content. */
  length: number;
}

/**
 * Runs Readability's `parse()` on `doc` and returns the article element itself instead of its
 * HTML (Readability's `serializer` option), which saves a serialise-and-reparse round trip.
 * Readability mutates `doc`: in the browser, pass a clone of the live document.
 * Returns null when Readability finds no article or throws on hostile markup.
 * @param doc the document to parse (mutated)
 */
export function runReadability(doc: Document): ReadableArticle | null {
  try {
    const article = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
    if (!article) return null;
    return {
      title: article.title ?? '',
      lang: article.lang ?? '',
      content: article.content ?? null,
      length: article.length ?? 0,
    };
  } catch {
    // Readability assumes a well-formed DOM; a failure here must not lose the page: the caller falls back.
    return null;
  }
}
