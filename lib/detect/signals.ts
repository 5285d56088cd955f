/** The cheap signals the detector reads; collected without walking the whole DOM. */
export interface PageSignals {
  url: string;
  title: string;
  /** Text of the first few h1/h2 headings, in document order. */
  headings: string[];
  /** href of <link rel="canonical">, if any. */
  canonical: string;
  /**
   * A bounded sample of the page's visible text (at most `DETECT_LIMITS.sampleChars`).
   * Empty when URL, title and headings carry no cue at all (the early exit).
   */
  sample: string;
  /** Tag name of each entry of `headings` ('h1' or 'h2'); absent means "unknown, treat as h2". */
  headingTags?: string[];
  /** `<meta property="og:type">` content, lower-cased ('article' on many news/blog pages). */
  ogType?: string;
  /** True when the text sample was taken (a cue was found before it). */
  sampled?: boolean;
  /** DOM nodes visited in total: the cost of `collectSignals`, for benchmarks and tests. */
  visited?: number;
}

/**
 * Hard bounds of `collectSignals`. Whatever the page's size, it visits at most
 * `headChildren + headingNodesCued + maxHeadings * headingTextNodes + landmarkNodes + sampleNodes` nodes and reads at most `sampleChars` characters
 * of body text.
 */
export const DETECT_LIMITS = {
  /** Children of <head> inspected for <title>, canonical link and og:type. */
  headChildren: 300,
  /** Elements of <body> visited (pruned walk) while looking for h1/h2 and for <main>/<article>. */
  headingNodes: 300,
  /** The same when URL or title already carry a privacy cue (the page is likely worth it). */
  headingNodesCued: 1500,
  /** Elements visited after the first h1 (for a policy name in an h2 under a logo h1). */
  afterH1Nodes: 40,
  /** Elements visited while looking for <main>/<article> (only on pages that get sampled). */
  landmarkNodes: 1500,
  /** Headings kept. */
  maxHeadings: 8,
  /** Characters kept of one heading or of the title. */
  headingChars: 200,
  /** Nodes visited inside one heading. */
  headingTextNodes: 50,
  /** Nodes visited while sampling text. */
  sampleNodes: 2500,
  /** Characters of text kept in the sample. */
  sampleChars: 4000,
} as const;
