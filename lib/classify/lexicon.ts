/**
 * Vocabulary shared by several categories' rules, as regex source strings. Additive only:
 * changing a term changes every category that uses it.
 */

/** Someone other than the service and its processors. */
export const THIRD_PARTY = String.raw`(?:third[- ]part(?:y|ies)|partners?|affiliates?|other (?:companies|businesses|organi[sz]ations|entities)|unaffiliated|outside (?:parties|companies)|anyone(?: else)?|others)`;

/** Words that mean "data about the user". */
export const PERSONAL_DATA = String.raw`(?:personal(?:ly identifiable)? (?:information|data|details)|personal info|pii|information|data|details|email address(?:es)?|contact (?:information|details))`;

/** The service speaking of itself. */
export const WE = String.raw`(?:we|us|our|the company|the service)`;
