import { ADVERTISERS, MARKETING_PURPOSE, SHARE, THIRD_PARTY } from '../lexicon';
import type { CategoryRules } from '../rule';

// Who may receive data for marketing: advertisers and marketers, or any third party, partner or
// affiliate when the purpose is marketing.
const RECIPIENT = String.raw`(?:${ADVERTISERS}|${THIRD_PARTY}|subsidiar(?:y|ies)|corporate\s+(?:parents?|family)|(?:group|sister)\s+companies|companies\s+(?:that\s+are\s+)?(?:controlled\s+by|under\s+common\s+control)|business\s+partners?|carefully\s+selected\s+companies)`;
// A sharing verb with its recipient close by; "provide you with", "provided by" are not sharing.
// "data that you provide" is the user giving it to us. The gap does not cross a sentence or a semicolon.
const near = (verb: string, target: string, words = 15) =>
  new RegExp(
    String.raw`\b${verb}\b(?<!\b(?:you|users?)\s+(?:\w+\s+)?${verb})(?!\s+(?:you|users|by|that)\b)(?=(?:[^\w.;]+\w+){0,${words}}?[^\w.;]+${target}\b)`,
    'i',
  );
// Statements of what a law (California's "Shine the Light") lets users ask for are not practices.
const LAW_TALK = /\b(?:the\s+law|california\s+law|civil\s+code|statute|shine\s+the\s+light|ccpa|cpra)\b[^.;]{0,20}\b(?:provides|requires|permits|allows|gives|entitles)\b|\b(?:request|ask\s+for|obtain)\s+(?:\w+\s+){0,6}(?:a\s+)?(?:list|notice|information)\s+(?:of|disclosing|regarding|about|on)\b|\b1798\.83\b/i;
const DATA_WORD = /\b(?:information|data|details|pii|profiles?|e-?mails?|identifiers?|it|them)\b/i;
// The marketing purpose, including "so that they can offer you services that may be of interest to you".
const PURPOSE = new RegExp(
  String.raw`${MARKETING_PURPOSE}|\b(?:marketing|promotional|advertising)\b|\boffer\s+you\s+(?:\w+\s+){0,3}(?:products|services|offers|promotions)|\bcontact\s+you\s+(?:\w+\s+){0,2}(?:about|with|regarding|concerning)\s+(?:\w+\s+){0,3}(?:products|services|offers|promotions|deals)|\b(?:of\s+)?interest\s+to\s+you\b|\bpersonali[sz]ed\s+(?:ads|advertis)|\btargeted\s+(?:ads|advertis)|\binterest[- ]based\s+(?:ads|advertis)`,
  'i',
);
// Sharing only in aggregate or de-identified form (a protection), unless an identifiable option or "any purpose" stays open.
const AGG = String.raw`(?:aggregated?|anonymi[sz]ed|de-?identified)`;
const STILL_IDENTIFIABLE = /\binformation\s+as\s+well\s+as\s+aggregat|\baggregate\s+(?:your\s+)?personal|\bpersonal(?:ly\s+identifiable)?\s+(?:information|data)\s+(?:and|as\s+well\s+as)\s+(?:\w+\s+)?(?:non-?personal|aggregat|anonym|de-?ident)|\bor\s+(?:in\s+)?(?:a|an)?\s*(?:personally\s+)?identifi\w+\s+(?:manner|form|way)|\bfor\s+any\s+purpose|\bhashed\b|\bas\s+well\s+as\s+(?:personal|identif)/i;
// Opt-in or prior consent as the only way the data reaches them.
const CONSENT_ONLY = /\b(?:only\s+(?:\w+\s+){0,4}(?:with|if|after|upon|once|when)\s+(?:you\s+)?(?:have\s+)?(?:your\s+)?(?:prior\s+|express\s+|explicit\s+|specific\s+|affirmative\s+)?(?:consent|permission|opt(?:ed)?[- ]?in|agree)|if\s+you\s+(?:have\s+)?(?:opted|opt|choose\s+to\s+opt|elect\s+to\s+opt)[- ]?in|with\s+(?:your|the\s+user's|their|users')\s+(?:prior\s+|express\s+|explicit\s+|specific\s+|affirmative\s+|direct\s+)?(?:opt[- ]in\s+)?(?:consent|permission)|unless\s+you\s+(?:have\s+)?(?:opted|opt)[- ]?in)\b/i;
// "we are not required to disclose a list of..." is about a legal duty, not a sharing practice.
const NOT_REQUIRED = /\bnot\s+(?:\w+\s+)?(?:required|obliged|obligated)\s+to\b/i;
// A heading-led sentence that only shares aggregates is a protection, read by `aggregate-only`.
const AGGREGATE_ONLY_HINT = /\bonly\s+(?:\w+\s+){0,3}(?:aggregated?|anonymi[sz]ed|de-?identified)\b/i;
// "...except advertisers": an exception that lets advertisers in.
const EXCEPT_ADVERTISERS = new RegExp(String.raw`\b(?:except|other\s+than|but|apart\s+from|save)\s+(?:(?:with|to|for)\s+)?(?:\w+\s+){0,3}?${ADVERTISERS}\b`, 'i');
// Cheap prefilters (the engine checks `also` before the trigger); each is implied by the trigger it guards.
const ADVERTISER_HINT = /advertis|marketer|marketing|sponsor|promotional|\bad\s|\bads?\b|broker/i;
const ADS_HINT = /\bads\b|advert|marketing|promot|offer/i;
const OPT_OUT = /\b(?:unless\s+you\s+(?:\w+\s+){0,2}|(?:do|did)\s+not\s+|don't\s+)opt[- ]?out\b/i;

/** `advertiser-sharing`: disclosing personal data to advertisers, marketers or partners for their marketing. */
export const advertiserSharing: CategoryRules = {
  category: 'advertiser-sharing',
  cue: /advertis|marketer|marketing|sponsor|promot|\bads?\b|adverts?\b|offers?\b|of interest|broker|identify you|affiliate|partner|aggregat|anonymi|de-?identif|third|these entities/i,
  rules: [
    {
      // "We may share your information with advertisers", "disclose ... to advertisers and other third parties".
      id: 'shares-with-advertisers',
      stance: 'risk',
      match: near(SHARE, ADVERTISERS),
      polarity: 'affirmed',
      also: [ADVERTISER_HINT, DATA_WORD],
      unless: [LAW_TALK, /\b(?:advertisers?|partners?|they)\s+(?:\w+\s+){0,3}(?:share|provide|give|send)\s+(?:\w+\s+){0,4}(?:with|to)\s+us\b/i],
      confidence: 0.85,
    },
    {
      // "We may share your personal information with our affiliates for promotional and marketing purposes."
      id: 'shares-for-marketing',
      stance: 'risk',
      match: near(SHARE, RECIPIENT),
      polarity: 'affirmed',
      also: [PURPOSE, /\b(?:information|data|details|pii|profile|e-?mail|it|them)\b/i],
      unless: [
        LAW_TALK,
        // Processors doing our own marketing are not sharing for the recipient's marketing.
        /\b(?:service\s+providers?|vendors|processors|contractors|agents)\b[^.;]{0,80}\bon\s+our\s+behalf\b(?![\s\S]*\b(?:their|its)\s+own\b)/i,
        /\bto\s+(?:help\s+us\s+)?(?:market|advertise|promote)\s+our\s+own\b/i,
      ],
      confidence: 0.8,
    },
    {
      // "...to third-party advertising partners so that they can deliver ads they believe are relevant to you".
      id: 'to-advertisers-for-ads',
      stance: 'risk',
      match: new RegExp(String.raw`\bto\s+(?:[\w-]+\s+){0,2}${ADVERTISERS}\b(?=[^.;]{0,100}\b(?:so\s+that|in\s+order|to\s+(?:deliver|show|serve|send|market|provide\s+(?:you\s+)?(?:with\s+)?(?:\w+\s+)?(?:ads|advertis|offers))|for\s+(?:their|marketing|advertising|promotional)))`, 'i'),
      unless: [LAW_TALK],
      confidence: 0.75,
    },
    {
      // "Advertisers may receive your information", "advertising partners use your data to show you ads".
      id: 'advertisers-receive',
      stance: 'risk',
      match: new RegExp(String.raw`\b(?:${ADVERTISERS}|partners)\s+(?:\w+\s+){0,5}?(?:may\s+|will\s+|can\s+)?(?:receive|obtain|get|access|have\s+access\s+to|use)\s+(?:\w+\s+){0,2}(?:your\s+)?(?:personal\s+)?(?:information|data|details|profile|pii)\b(?=[^.;]{0,80}\b(?:ads|advertis|offers?|marketing|promot))`, 'i'),
      polarity: 'affirmed',
      unless: [LAW_TALK],
      also: [ADS_HINT],
      confidence: 0.75,
    },
    {
      // "Our sponsors may receive your name and email address": advertisers themselves need no stated purpose.
      id: 'advertisers-get-data',
      stance: 'risk',
      match: new RegExp(String.raw`\b${ADVERTISERS}\s+(?:\w+\s+){0,3}?(?:may\s+|will\s+|can\s+|also\s+)*(?:receive|obtain|get|access|have\s+access\s+to|be\s+given|be\s+provided\s+(?:with\s+)?)\s+(?:\w+\s+){0,3}(?:your\s+)?(?:personal\s+)?(?:information|data|details|profile|pii|names?|e-?mail(?:\s+address(?:es)?)?|contact\s+(?:information|details))\b`, 'i'),
      polarity: 'affirmed',
      unless: [LAW_TALK],
      also: [ADVERTISER_HINT],
      confidence: 0.75,
    },
    {
      // "We work with marketing companies, to whom we may give your email address."
      id: 'advertisers-to-whom',
      stance: 'risk',
      match: new RegExp(String.raw`\b${ADVERTISERS}\b[^.;]{0,30}?\b(?:to\s+)?(?:whom|which)\s+we\s+(?:\w+\s+){0,2}${SHARE}\b`, 'i'),
      also: [ADVERTISER_HINT],
      unless: [LAW_TALK],
      confidence: 0.75,
    },
    {
      // "Our advertisers do not receive any personal information."
      id: 'advertisers-get-nothing',
      stance: 'protection',
      match: new RegExp(String.raw`\b${ADVERTISERS}\s+(?:\w+\s+){0,3}?(?:do|does|will|shall|can|may)\s*(?:not|n't|never)\s+(?:\w+\s+)?(?:receive|obtain|get|access|have\s+access\s+to|see)\s+(?:\w+\s+){0,3}(?:personal|personally|information|data|pii|details)`, 'i'),
      also: [ADVERTISER_HINT],
      suppress: ['risk'],
      confidence: 0.8,
    },
    {
      // "We may let our advertisers send you marketing information directly", "present offers on behalf of advertisers".
      id: 'advertisers-contact-you',
      stance: 'risk',
      match: new RegExp(String.raw`\b(?:let|allow|permit|enable)s?\s+(?:\w+\s+){0,2}${ADVERTISERS}\s+(?:\w+\s+){0,2}(?:to\s+)?(?:send|contact|e-?mail|market\s+to|call|reach)\s+you|\bon\s+behalf\s+of\s+(?:\w+\s+){0,3}(?:${ADVERTISERS}|partners)\b|\b(?:enable|allow|permit|let|help)s?\s+(?:us\s+and\s+)?(?:our\s+)?${ADVERTISERS}\s+(?:to\s+)?(?:provide|show|serve|deliver|target|personali[sz]e)\s+(?:you\s+)?(?:[\w-]+\s+){0,2}(?:ads|adverts?|advertis\w*)\b(?=[^.;]{0,60}\b(?:relevant|interests?|tailored|personali[sz]ed|targeted))`, 'i'),
      polarity: 'affirmed',
      also: [/\b(?:offers?|marketing|promot\w*|advertis\w*|information|e-?mails?|messages?)\b/i],
      unless: [LAW_TALK],
      confidence: 0.8,
    },
    {
      // "In these situations we may disclose to these entities any information that could identify you" (about advertisers).
      id: 'identifiable-to-them',
      stance: 'risk',
      match: new RegExp(String.raw`\b${SHARE}\b(?=(?:\W+\w+){0,12}?\W+(?:these|such|those)\s+(?:entities|parties|companies|third\s+parties|partners|advertisers|organi[sz]ations))|\b${SHARE}\s+(?:to\s+)?(?:them|these\s+entities)\b`, 'i'),
      polarity: 'affirmed',
      also: [/\b(?:these|such|those|them)\b/i, /\b(?:identify\s+you|personally\s+identif\w+|any\s+(?:personal\s+)?information|personal\s+(?:information|data)|your\s+(?:information|data|details))\b/i],
      topic: new RegExp(String.raw`${ADVERTISERS}|\badvertis|\bmarketing\b`, 'i'),
      topicIn: ['heading', 'lead'],
      unless: [LAW_TALK],
      confidence: 0.75,
    },
    {
      // Under an "Advertisers" heading or lead: "We may share information about how you use the Services."
      id: 'shares-under-advertisers',
      stance: 'risk',
      match: new RegExp(String.raw`\b${SHARE}\b(?!\s+(?:you|users|by|that)\b)`, 'i'),
      polarity: 'affirmed',
      also: [DATA_WORD],
      topic: new RegExp(String.raw`^[^.:]{0,60}\b${ADVERTISERS}[^.:]{0,60}(?::|$)`, 'i'),
      unless: [LAW_TALK, AGGREGATE_ONLY_HINT, /\b(?:with|to)\s+us\b/i],
      confidence: 0.7,
    },
    {
      // "We may also share this information with third parties for this purpose" under a targeting or advertising heading.
      id: 'shares-for-context-purpose',
      stance: 'risk',
      match: near(SHARE, RECIPIENT),
      polarity: 'affirmed',
      also: [/\bfor\s+(?:this|these|the\s+same|such|similar)\s+purposes?\b/i],
      topic: /\badvertis|\btargeting\b|\bmarketing\b/i,
      topicIn: ['heading', 'lead'],
      unless: [LAW_TALK],
      confidence: 0.7,
    },
    {
      // "We allow approved partners to collect data from your browser for advertising purposes."
      id: 'partners-collect-for-ads',
      stance: 'risk',
      match: new RegExp(String.raw`\b(?:${ADVERTISERS}|partners?|third[- ]part(?:y|ies))\s+(?:[\w-]+\s+){0,8}?(?:collect|receive|gather|obtain|access|learn\s+about|track|record)\s+(?:\w+\s+){0,3}(?:data|information|details|usage|activit\w*|visits?|browsing)\b(?=[^.;]{0,120}\b(?:for\s+(?:\w+\s+){0,2}(?:advertising|marketing)|(?:show|serve|deliver|personali[sz]e|provide|target|tailor)\s+(?:you\s+)?(?:[\w-]+\s+){0,2}(?:ads|adverts?|advertis\w*))\b)`, 'i'),
      polarity: 'affirmed',
      unless: [LAW_TALK],
      also: [ADS_HINT],
      confidence: 0.7,
    },
    {
      // "Your name and profile photo may appear in ads shown to other users."
      id: 'identity-in-ads',
      stance: 'risk',
      match: /\b(?:your\s+)?(?:name|profile\s+(?:photo|picture)|likeness|image|username)\b[^.;]{0,60}\b(?:appear|shown|displayed|used|featured)\b[^.;]{0,40}\b(?:ads|advertisements|sponsored\s+(?:content|stories|posts)|commercial\s+content)\b/i,
      polarity: 'affirmed',
      unless: [LAW_TALK],
      confidence: 0.7,
    },
    {
      // "We do not share personal information with advertisers", "not with third parties for their marketing purposes".
      id: 'no-advertiser-sharing',
      stance: 'protection',
      match: near(SHARE, ADVERTISERS),
      polarity: 'negated',
      // "...to marketers that are not affiliated with us" carves the affiliated ones out: no clean promise.
      unless: [NOT_REQUIRED, EXCEPT_ADVERTISERS, /\b(?:that|who|which)\s+are\s+not\s+(?:associated|affiliated|related)\b/i],
      suppress: ['risk'],
      also: [ADVERTISER_HINT],
      confidence: 0.85,
    },
    {
      id: 'no-marketing-sharing',
      stance: 'protection',
      match: near(String.raw`(?:${SHARE}|sell|rent)`, RECIPIENT),
      polarity: 'negated',
      // "...to marketers that are not affiliated with us" carves the affiliated ones out: no clean promise.
      unless: [NOT_REQUIRED, EXCEPT_ADVERTISERS, /\b(?:that|who|which)\s+are\s+not\s+(?:associated|affiliated|related)\b/i],
      also: [new RegExp(String.raw`\bfor\s+(?:\w+\s+){0,3}(?:marketing|advertising|promotional)\b|${MARKETING_PURPOSE}`, 'i')],
      suppress: ['risk'],
      confidence: 0.8,
    },
    {
      // "We do not share your information with third parties, except advertisers": the exception is the risk.
      id: 'except-advertisers',
      stance: 'risk',
      match: EXCEPT_ADVERTISERS,
      also: [new RegExp(String.raw`\b(?:not|never|no)\b[^.;]{0,60}\b${SHARE}\b`, 'i')],
      unless: [LAW_TALK, /\b(?:aggregated?|anonymi[sz]ed|de-?identified)\b/i],
      suppress: ['protection'],
      confidence: 0.85,
    },
    {
      // "We share it with advertisers only in aggregate form that does not identify you."
      id: 'aggregate-only',
      stance: 'protection',
      match: new RegExp(
        String.raw`\b(?:${SHARE}|shared|disclosed|provided|given)\b(?:[^\w.;]+\w+){0,20}?[^\w.;]+${AGG}|${AGG}(?:[^\w.;]+\w+){0,12}?[^\w.;]+(?:${SHARE}|shared|disclosed|provided|given)\b`,
        'i',
      ),
      also: [/aggregat|anonymi|de-?identif/i, new RegExp(String.raw`${RECIPIENT}|\bonly\b`, 'i')],
      unless: [STILL_IDENTIFIABLE, /\b(?:we|you)\s+(?:\w+\s+){0,2}(?:collect|combine|receive)\s+(?:\w+\s+){0,3}(?:aggregated?|anonymi[sz]ed)/i],
      suppress: ['risk'],
      confidence: 0.75,
    },
    {
      // "We share your data with marketing partners only if you opt in."
      id: 'consent-only',
      stance: 'protection',
      match: near(SHARE, RECIPIENT),
      also: [CONSENT_ONLY, new RegExp(String.raw`${PURPOSE.source}|${ADVERTISERS}`, 'i')],
      unless: [OPT_OUT],
      suppress: ['risk'],
      confidence: 0.8,
    },
  ],
  examples: [
    { text: 'We may share your information with advertisers and marketing partners.', labels: ['advertiser-sharing:risk'] },
    { text: 'We may share your personal data with our affiliates and sponsors for their own marketing purposes.', labels: ['advertiser-sharing:risk'] },
    { text: 'We may disclose your contact details to carefully selected companies so they can send you special offers.', labels: ['advertiser-sharing:risk'] },
    { text: 'We may disclose to these entities any information that could be used to identify you personally.', heading: 'Advertisers', labels: ['advertiser-sharing:risk'] },
    { text: 'From time to time we may let our sponsors contact you directly with promotions.', labels: ['advertiser-sharing:risk'] },
    { text: 'Your profile and device identifiers are provided to advertising networks so that they can show you relevant ads.', labels: ['advertiser-sharing:risk'] },
    { text: 'Your name and profile photo may appear in sponsored content shown to your friends.', labels: ['advertiser-sharing:risk'] },
    { text: 'We do not share personal information with advertisers.', labels: ['advertiser-sharing:protection'] },
    { text: 'Our advertisers do not receive any personal information.', labels: ['advertiser-sharing:protection'] },
    { text: 'We work with marketing companies, to whom we may give your email address.', labels: ['advertiser-sharing:risk'] },
    { text: 'We will never share your data with third parties for their marketing purposes.', labels: ['advertiser-sharing:protection'] },
    { text: 'We share information with advertisers only in aggregate form, which does not identify you.', labels: ['advertiser-sharing:protection'] },
    { text: 'We will share your email address with our marketing partners only if you opt in.', labels: ['advertiser-sharing:protection'] },
    { text: 'We may disclose information in a non-personal manner, or in a personally identifiable manner, to advertisers.', labels: ['advertiser-sharing:risk'] },
    { text: 'We share your information with advertisers only if you opt in.', labels: ['advertiser-sharing:protection'] },
    { text: 'We do not share your personal information with third parties, except advertisers.', labels: ['advertiser-sharing:risk'] },
    { text: 'We share your data with service providers who send our newsletters on our behalf.', labels: [] },
    { text: 'Advertisers are companies that pay to show ads on our site.', labels: [] },
    { text: 'We use your information to provide and improve the service.', labels: [] },
  ],
};
