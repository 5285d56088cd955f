/**
 * Version of the analysis engine. Bump it whenever detection, extraction, segmentation,
 * rules or scoring change what an analysis says: cache keys carry it, so a better engine
 * never serves verdicts computed by an older one.
 */
export const ENGINE_VERSION = '0.2.1';
