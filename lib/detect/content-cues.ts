/**
 * Content cues of the bounded text sample: what a privacy policy talks about (collecting, using,
 * sharing personal information, cookies, rights, retention, contacting about privacy) against what
 * terms of service talk about (agreeing, licences, liability, governing law, termination), what a
 * cookie policy says of itself, and the marks of a news or blog article (bylines, reading time).
 */

/** A named cue: `label` goes into the human-readable reasons. */
interface Cue {
  label: string;
  re: RegExp;
}

const POLICY_CUES: readonly Cue[] = [
  { label: 'personal information', re: /\bpersonal(?:ly identifiable)? (?:information|data)\b|\bpersonally identif/ },
  { label: 'what is collected', re: /\b(?:we|may) (?:automatically )?collect\b|\b(?:information|data) (?:that )?we (?:collect|receive|obtain)\b|\bcollect(?:s|ed|ion of)? (?:your|personal|certain|information)\b/ },
  { label: 'how it is used or shared', re: /\b(?:(?:use|share|disclose|sell)s?|process(?:es)?) (?:your|such|this|the|personal|certain) (?:personal )?(?:information|data)\b|\bhow we (?:use|share|disclose|process)\b/ },
  { label: 'third parties', re: /\b(?:third[- ]part(?:y|ies)|service providers)\b/ },
  { label: 'cookies and tracking', re: /\b(?:cookies?|web beacons?|pixel tags?)\b|\btracking technolog/ },
  { label: 'choices and opt-out', re: /\bopt[- ]?(?:out|in)\b|\bunsubscrib|\byour (?:privacy )?choices\b/ },
  { label: 'user rights', re: /\byour (?:privacy )?rights\b|\bright to (?:access|delete|erasure|rectif|correct|object|request|know|opt|data portability|restrict)|\baccess,? (?:correct|update|delete)\b/ },
  { label: 'retention', re: /\bretain(?:s|ed)?\b|\bretention\b|\bstore (?:your|personal)\b/ },
  { label: 'data-protection law', re: /\b(?:gdpr|ccpa|cpra|coppa|data controller|general data protection regulation|california consumer privacy act|data protection (?:officer|authority|laws?)|privacy shield)\b/ },
  { label: 'children', re: /\bchildren(?:'s)?\b.{0,40}\b(?:under|privacy|age)\b|\bunder (?:the age of )?1[3-8]\b/ },
  { label: 'data kinds', re: /\b(?:ip address(?:es)?|device (?:identifiers?|information)|browser type|location (?:data|information)|email address)\b/ },
  { label: 'security safeguards', re: /\bsecurity (?:measures|safeguards|practices)\b|\bprotect (?:your|the) (?:personal )?(?:information|data|privacy)\b/ },
];

const TERMS_CUES: readonly Cue[] = [
  { label: 'agreement to terms', re: /\byou (?:hereby )?agree\b|\bagree to (?:be bound|these|the terms|this agreement)\b|\bacceptance of (?:the |these )?terms\b/ },
  { label: 'governing law', re: /\b(?:governing law|governed by (?:the )?laws?|exclusive jurisdiction)\b/ },
  { label: 'arbitration', re: /\b(?:arbitration|class action)\b/ },
  { label: 'liability', re: /\blimitation of liability\b|\b(?:not|in no event) (?:be )?liable\b|\bdisclaimer of warrant/ },
  { label: 'indemnity', re: /\bindemnif/ },
  { label: 'licence', re: /\bgrants? (?:you|us) an?\b.{0,60}\blicen[cs]e\b|\blicen[cs]e (?:agreement|to use)\b|\bsublicens/ },
  { label: 'termination', re: /\bterminat(?:e|ion) (?:your|this|these|the)\b|\bsuspend or terminate\b/ },
  { label: 'self-reference as terms', re: /\b(?:these|this) (?:terms|agreement|conditions|eula)\b/ },
  { label: 'warranties', re: /\b(?:warrant(?:y|ies)|as is)\b/ },
  { label: 'conduct rules', re: /\byou (?:may|must|shall|will) not\b|\bprohibited (?:content|conduct|uses?)\b/ },
];

/** The page calls itself a privacy policy: policies do, articles and terms hardly ever. */
const POLICY_SELF =
  /\b(?:this|the present|this online|this website|this global) (?:privacy(?: and cookies?)?|data protection|data privacy|personal (?:data|information)(?: protection)?) (?:policy|notice|statement|charter|declaration)\b|\bthis (?:privacy )?policy (?:describes|explains|applies|sets out|covers)\b/;

/** First-person statements of data practice: a policy says what *we* do with *your* data. */
const FIRST_PERSON =
  /\bwe (?:may |might |will |can |also |only |do not |don't |never |automatically |generally )?(collect|use|share|disclose|process|store|retain|sell|receive|obtain)\b/g;

/** The page calls itself a cookie policy. */
const COOKIE_SELF = /\bthis cookies? (?:policy|notice|statement|declaration)\b|\bwhat (?:are|is a) cookies?\b/;

/** Marks of a dated, authored article (case-sensitive byline, reading time, comments). */
const ARTICLE_CUES: readonly RegExp[] = [
  /\b[Bb]y [A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z]+\b(?! (?:Inc|LLC|Ltd|Corp|Limited))/,
  /\b\d+ min(?:ute)?s? read\b|\bcomments?\b \(?\d+\)?|\bshare (?:this|on) (?:article|story|facebook|twitter)\b|\bleave a (?:comment|reply)\b/i,
  /\b(?:posted|published|written) (?:on|by|in)\b|\b\d+ (?:hours?|days?|minutes?) ago\b/i,
];

/** Content findings of the sample. */
export interface ContentCues {
  policy: string[];
  terms: string[];
  policySelf: boolean;
  /** Distinct verbs of first-person data practice ("we collect", "we share"). */
  practices: string[];
  cookieSelf: boolean;
  article: number;
}

/** Runs every cue once over the sample (a few KB, so this is cheap). */
export function readContent(sample: string): ContentCues {
  const lower = sample.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return {
    policy: POLICY_CUES.filter((c) => c.re.test(lower)).map((c) => c.label),
    terms: TERMS_CUES.filter((c) => c.re.test(lower)).map((c) => c.label),
    policySelf: POLICY_SELF.test(lower),
    practices: [...new Set([...lower.matchAll(FIRST_PERSON)].map((m) => m[1] ?? ''))],
    cookieSelf: COOKIE_SELF.test(lower),
    article: ARTICLE_CUES.filter((re) => re.test(sample)).length,
  };
}
