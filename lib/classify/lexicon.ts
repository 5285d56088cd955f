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

/** Verbs that hand data to someone else (not selling: see data-sale). */
export const SHARE = String.raw`(?:share[sd]?|sharing|disclos(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|transfer(?:s|red|ring)?|giv(?:e|es|en|ing)|pass(?:es|ed|ing)?(?: on| along)?|releas(?:e|es|ed|ing)|furnish(?:es|ed|ing)?|supply|supplie[sd]|make\s+(?:\w+\s+)?available|made\s+available|distribut(?:e|es|ed|ing)|send|sends|sent|offer(?:s|ed)?\s+(?:\w+\s+)?to|allow\s+\w+\s+(?:to\s+)?access)`;

/**
 * Recipients whose business is marketing: advertisers, marketers, sponsors, ad networks and
 * marketing or promotional partners (taxonomy: advertiser-sharing).
 */
export const ADVERTISERS = String.raw`(?:advertis(?:ers?|ing\s+(?:and\s+\w+\s+)?(?:partners?|networks?|companies|providers?|vendors?|agencies|service\s+providers?))|marketers|marketing\s+(?:partners?|companies|agencies|firms|providers?|services?\s+providers?)|sponsors?|co-?sponsors?|promotional\s+partners?|ad(?:vertising)?\s+(?:networks?|partners?|vendors?|companies|tech(?:nology)?\s+(?:partners?|companies|providers?))|(?:data\s+)?brokers?|list\s+brokers?)`;

/** A marketing or promotional purpose ("for their own marketing purposes", "to send you offers"). */
export const MARKETING_PURPOSE = String.raw`(?:(?:marketing|advertising|promotional|promotion|commercial)\s+(?:purposes?|uses?|messages?|communications?|materials?|offers?|campaigns?)|(?:their|its)\s+own\s+(?:direct\s+)?(?:marketing|advertising|promotional|business)|direct\s+marketing|(?:market|advertise|promote)\s+(?:their|its|to\s+you)|(?:special\s+)?offers?\s+(?:to\s+you|from|of)|(?:send|offer|show|serve|present|deliver)\s+(?:you\s+)?(?:with\s+)?(?:\w+\s+){0,2}(?:ads|advertisements|advertising|offers|promotions|marketing))`;
