/**
 * Patterns of the advertiser-sharing rules (split out of advertiser-sharing.ts to keep it short).
 */
import { ADVERTISERS, MARKETING_PURPOSE, SHARE, THIRD_PARTY } from '../lexicon';

/**
 * Who may receive data for marketing: advertisers and marketers, or any third party, partner or
 * affiliate when the purpose is marketing.
 */
export const RECIPIENT = String.raw`(?:${ADVERTISERS}|${THIRD_PARTY}|subsidiar(?:y|ies)|corporate\s+(?:parents?|family)|(?:group|sister)\s+companies|companies\s+(?:that\s+are\s+)?(?:controlled\s+by|under\s+common\s+control)|business\s+partners?|carefully\s+selected\s+companies|affiliated\s+(?:companies|entities|businesses|brands|organi[sz]ations|partners|sites)|(?:other\s+)?(?:organi[sz]ations|companies|businesses|merchants|retailers|brands)\s+(?:whose|that\s+(?:offer|sell|market))|social\s+(?:media\s+)?(?:platforms?|networks?|companies|sites)|(?:advertising|ad|marketing)\s+platforms?|brands|(?:companies|businesses|organi[sz]ations|brands)\s+(?:that|who|which)\s+(?:\w+\s+){0,2}(?:market|advertise|promote)\s+(?:to\s+you|their|products))`;
/** Their own marketing, stated outright: needed when the recipient is any third party ("third parties may use it for their own marketing"). */
export const OWN_MARKETING = String.raw`(?:for\s+(?:their|its)\s+own\s+(?:\w+\s+){0,2}(?:marketing|advertising|promotional|commercial|business)|to\s+(?:market|promote|advertise)\s+(?:their|its)\s+(?:own\s+)?(?:products|services|offers)|to\s+(?:send|offer|show)\s+you\s+(?:\w+\s+){0,2}(?:offers|promotions|marketing|ads|advertisements|deals))`;
/** Sharing verbs, with the trading ones: renting a mailing list to marketers is sharing it for their marketing. */
export const HAND = String.raw`(?:${SHARE}|hand(?:s|ed|ing)?\s+over|rent(?:s|ed|ing)?|exchang(?:e|es|ed|ing)|trad(?:e|es|ed|ing)|leas(?:e|es|ed|ing)|sell|sells|sold|selling|upload(?:s|ed|ing)?)`;
/**
 * A sharing verb with its recipient close by; "provide you with", "provided by" are not sharing.
 * "data that you provide" is the user giving it to us. The gap does not cross a sentence or a semicolon.
 */
export const near = (verb: string, target: string, words = 15) =>
  new RegExp(
    String.raw`\b${verb}\b(?<!\b(?:you|users?)\s+(?:\w+\s+)?${verb})(?!\s+(?:you|users|by|that)\b)(?=(?:[^\w.;]+\w+){0,${words}}?[^\w.;]+${target}\b)`,
    'i',
  );
/**
 * `near` for promises: the gap does not cross "but" or "however" either, so in "we don't sell your data,
 * but we may share it with advertisers" the denial of selling does not reach the advertisers.
 */
export const nearInClause = (verb: string, target: string, words = 15) =>
  new RegExp(
    String.raw`\b${verb}\b(?<!\b(?:you|users?)\s+(?:\w+\s+)?${verb})(?!\s+(?:you|users|by|that)\b)(?=(?:[^\w.;]+(?!(?:but|however|although|whereas|while)\b)\w+){0,${words}}?[^\w.;]+${target}\b)`,
    'i',
  );
/** Statements of what a law (California's "Shine the Light") lets users ask for are not practices. */
export const LAW_TALK = /\b(?:the\s+law|california\s+law|civil\s+code|statute|shine\s+the\s+light|ccpa|cpra)\b[^.;]{0,20}\b(?:provides|requires|permits|allows|gives|entitles)\b|\b(?:request|ask\s+for|obtain)\s+(?:\w+\s+){0,6}(?:a\s+)?(?:list|notice|information)\s+(?:of|disclosing|regarding|about|on)\b|\b1798\.83\b/i;
/** Words for the data handed over, from "information" to the items policies list ("age, gender and ZIP code", "mailing list"). */
export const DATA_WORD = /\b(?:information|data|details|pii|profiles?|e-?mails?|identifiers?|it|them|location|names?|e-?mail\s+address(?:es)?|phone\s+numbers?|age|gender|zip|postcode|demographics?|browsing|purchase\s+history|interests|(?:mailing|customer|subscriber)\s+lists?|ids?|records?|accounts?\s+(?:data|information|details))\b/i;
/** The marketing purpose, including "so that they can offer you services that may be of interest to you". */
export const PURPOSE = new RegExp(
  String.raw`${MARKETING_PURPOSE}|\b(?:marketing|promotional|advertising)\b|\boffer\s+you\s+(?:\w+\s+){0,3}(?:products|services|offers|promotions)|\bcontact\s+you\s+(?:\w+\s+){0,2}(?:about|with|regarding|concerning)\s+(?:\w+\s+){0,3}(?:products|services|offers|promotions|deals)|\b(?:of\s+)?interest\s+to\s+you\b|\b(?:may|might|could|would|will)\s+(?:\w+\s+)?interest\s+you\b|\bpersonali[sz]ed\s+(?:ads|advertis)|\btargeted\s+(?:ads|advertis)|\binterest[- ]based\s+(?:ads|advertis)`,
  'i',
);
/** Aggregate or de-identified form: sharing only in it is a protection. */
export const AGG = String.raw`(?:aggregated?|anonymi[sz]ed|de-?identified)`;
/**
 * Only non-personal data named, and no personal data beside it: "we share non-personally identifiable
 * information with advertisers" is no sharing of personal data (nor, without "only", a promise).
 */
export const NON_PERSONAL_ONLY = /^(?![\s\S]*(?<!non-?)\bpersonal(?:ly\s+identifiable)?\s+(?:information|data)\s+(?:and|or|as\s+well))[\s\S]*?\bnon-?(?:personal(?:ly\s+identifiable)?|identif(?:ying|iable))\s+(?:information|data)\b/i;
/** An identifiable option or "any purpose" left open next to the aggregates: no clean protection. */
export const STILL_IDENTIFIABLE = /\binformation\s+as\s+well\s+as\s+aggregat|\baggregate\s+(?:your\s+)?personal|\bpersonal(?:ly\s+identifiable)?\s+(?:information|data)\s+(?:and|as\s+well\s+as)\s+(?:\w+\s+)?(?:non-?personal|aggregat|anonym|de-?ident)|\bor\s+(?:in\s+)?(?:a|an)?\s*(?:personally\s+)?identifi\w+\s+(?:manner|form|way)|\bfor\s+any\s+purpose|\bhashed\b|\bas\s+well\s+as\s+(?:personal|identif)/i;
/** Opt-in or prior consent as the only way the data reaches them. */
export const CONSENT_ONLY = /\b(?:(?:if|when|once|after)\s+you\s+(?:have\s+)?(?:give|gave|given|grant|granted|provide|provided)\s+(?:us\s+)?(?:your\s+)?(?:\w+\s+)?(?:consent|permission)|(?:ask|obtain|get|seek|request)\s+(?:for\s+)?your\s+(?:\w+\s+)?(?:consent|permission)\s+(?:before|prior\s+to)|only\s+(?:\w+\s+){0,4}(?:with|if|after|upon|once|when)\s+(?:you\s+)?(?:have\s+)?(?:your\s+)?(?:prior\s+|express\s+|explicit\s+|specific\s+|affirmative\s+)?(?:consent|permission|opt(?:ed)?[- ]?in|agree)|if\s+you\s+(?:have\s+)?(?:opted|opt|choose\s+to\s+opt|elect\s+to\s+opt)[- ]?in|with\s+(?:your|the\s+user's|their|users')\s+(?:prior\s+|express\s+|explicit\s+|specific\s+|affirmative\s+|direct\s+)?(?:opt[- ]in\s+)?(?:consent|permission)|unless\s+you\s+(?:have\s+)?(?:opted|opt)[- ]?in)\b/i;
/** "we are not required to disclose a list of..." is about a legal duty, not a sharing practice. */
export const NOT_REQUIRED = /\bnot\s+(?:\w+\s+)?(?:required|obliged|obligated)\s+to\b/i;
/** A heading-led sentence that only shares aggregates is a protection, read by `aggregate-only`. */
export const AGGREGATE_ONLY_HINT = /\bonly\s+(?:\w+\s+){0,3}(?:aggregated?|anonymi[sz]ed|de-?identified)\b/i;
/** "...except advertisers": an exception that lets advertisers in. */
export const EXCEPT_ADVERTISERS = new RegExp(String.raw`\b(?:except|other\s+than|but|apart\s+from|save)\s+(?:(?:with|to|for)\s+)?(?:\w+\s+){0,3}?${ADVERTISERS}\b`, 'i');
/** Cheap prefilters (the engine checks `also` before the trigger); each is implied by the trigger it guards. */
export const ADVERTISER_HINT = /advertis|marketer|marketing|sponsor|promotional|\bad\s|\bads?\b|broker/i;
/** Cheap prefilter for the rules that need an advertising purpose. */
export const ADS_HINT = /\bads\b|advert|marketing|promot|offer/i;
/** Sharing that stops only if the user opts out is no opt-in. */
export const OPT_OUT = /\b(?:unless\s+you\s+(?:\w+\s+){0,2}|(?:do|did)\s+not\s+|don't\s+)opt[- ]?out\b/i;
