import { ADVERTISERS, MARKETING_PURPOSE, SHARE } from '../lexicon';
import type { CategoryRules } from '../rule';
import { ADVERTISER_SHARING_EXAMPLES } from './advertiser-sharing-examples';
import {
  ADS_HINT,
  ADVERTISER_HINT,
  AGG,
  AGGREGATE_ONLY_HINT,
  CONSENT_ONLY,
  DATA_WORD,
  EXCEPT_ADVERTISERS,
  HAND,
  LAW_TALK,
  NON_PERSONAL_ONLY,
  NOT_REQUIRED,
  OPT_OUT,
  OWN_MARKETING,
  PURPOSE,
  RECIPIENT,
  STILL_IDENTIFIABLE,
  near,
  nearInClause,
} from './advertiser-sharing-patterns';

/** `advertiser-sharing`: disclosing personal data to advertisers, marketers or partners for their marketing. */
export const advertiserSharing: CategoryRules = {
  category: 'advertiser-sharing',
  cue: /advertis|market|sponsor|promot|\bads?\b|adverts?\b|offers?\b|of interest|interest you|whose|social|platform|their (?:own )?(?:\w+ )?(?:products|services|offers|promotions|deals)|broker|identify you|affiliat|partner|aggregat|anonymi|de-?identif|non-?personal|non-?identif|third|these entities/i,
  rules: [
    {
      // "We may share your information with advertisers", "disclose ... to advertisers and other third parties".
      id: 'shares-with-advertisers',
      stance: 'risk',
      match: near(HAND, ADVERTISERS),
      polarity: 'affirmed',
      also: [ADVERTISER_HINT, DATA_WORD],
      unless: [LAW_TALK, NON_PERSONAL_ONLY, /\b(?:advertisers?|partners?|they)\s+(?:\w+\s+){0,3}(?:share|provide|give|send)\s+(?:\w+\s+){0,4}(?:with|to)\s+us\b/i],
      confidence: 0.85,
    },
    {
      // "We may share your personal information with our affiliates for promotional and marketing purposes."
      id: 'shares-for-marketing',
      stance: 'risk',
      match: near(HAND, RECIPIENT),
      polarity: 'affirmed',
      also: [PURPOSE, DATA_WORD],
      unless: [
        LAW_TALK,
        NON_PERSONAL_ONLY,
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
      // "Third parties may use your personal information for their own marketing purposes."
      id: 'recipients-use-for-own-marketing',
      stance: 'risk',
      match: new RegExp(String.raw`\b${RECIPIENT}\s+(?:[\w-]+\s+){0,4}?(?:may|will|can|could|might)\s+(?:also\s+)?(?:use|process|receive|obtain)\s+(?:[\w-]+\s+){0,3}(?:information|data|details|e-?mail\s+address(?:es)?|contact\s+(?:details|information)|it|them)\b(?=[^.;]{0,60}?${OWN_MARKETING})`, 'i'),
      polarity: 'affirmed',
      also: [/\bmarket|promot|advertis|offers|deals/i],
      unless: [LAW_TALK],
      confidence: 0.75,
    },
    {
      // "Our sister companies may email you about their products": they could only do so with our data.
      id: 'recipients-contact-you',
      stance: 'risk',
      match: new RegExp(String.raw`\b${RECIPIENT}\s+(?:[\w-]+\s+){0,3}?(?:may|will|can|could|might)\s+(?:also\s+)?(?:contact|e-?mail|call|phone|text|send\s+you|reach\s+out\s+to)\s+(?:you\s+)?(?:\w+\s+){0,4}?(?:about|with|regarding|concerning)\s+(?:\w+\s+){0,2}(?:their|its)\s+(?:own\s+)?(?:\w+\s+)?(?:products|services|offers|promotions|deals)`, 'i'),
      polarity: 'affirmed',
      unless: [LAW_TALK, CONSENT_ONLY],
      confidence: 0.75,
    },
    {
      // "Our sponsors may receive your name and email address": advertisers themselves need no stated purpose.
      id: 'advertisers-get-data',
      stance: 'risk',
      match: new RegExp(String.raw`\b${ADVERTISERS}\s+(?:\w+\s+){0,3}?(?:may\s+|will\s+|can\s+|also\s+)*(?:receive|obtain|get|access|have\s+access\s+to|be\s+given|be\s+provided\s+(?:with\s+)?)\s+(?:[\w-]+,?\s+){0,3}(?:your\s+)?(?:personal\s+)?(?:information|data|details|profile|pii|names?|e-?mail(?:\s+address(?:es)?)?|contact\s+(?:information|details)|age|gender|zip|postcode|user\s*names?|location|phone\s+numbers?|demographics?|purchase\s+history|(?:device|advertising)\s+ids?|identifiers?)\b`, 'i'),
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
      match: new RegExp(String.raw`\b${ADVERTISERS}\s+(?:\w+\s+){0,3}?(?:(?:do|does|will|shall|can|may)\s*(?:not|n't|never)|never|cannot|won't)\s+(?:\w+\s+)?(?:receive|obtain|get|access|have\s+access\s+to|see|learn|know)\s+(?:[\w-]+,?\s+){0,4}(?:personal|personally|information|data|pii|details|names?|e-?mail|identity|who\s+you\s+are|contact)`, 'i'),
      also: [ADVERTISER_HINT],
      suppress: ['risk'],
      confidence: 0.8,
    },
    {
      // "We may let our advertisers send you marketing information directly", "present offers on behalf of advertisers".
      id: 'advertisers-contact-you',
      stance: 'risk',
      match: new RegExp(String.raw`\b(?:let|allow|permit|enable)s?\s+(?:[\w-]+\s+){0,2}${ADVERTISERS}\s+(?:\w+\s+){0,2}(?:to\s+)?(?:send|contact|e-?mail|market\s+to|call|reach)\s+you|\bon\s+behalf\s+of\s+(?:\w+\s+){0,3}(?:${ADVERTISERS}|partners)\b|\b(?:enable|allow|permit|let|help)s?\s+(?:us\s+and\s+)?(?:our\s+)?${ADVERTISERS}\s+(?:to\s+)?(?:provide|show|serve|deliver|target|personali[sz]e)\s+(?:you\s+)?(?:[\w-]+\s+){0,2}(?:ads|adverts?|advertis\w*)\b(?=[^.;]{0,60}\b(?:relevant|interests?|tailored|personali[sz]ed|targeted))`, 'i'),
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
      match: nearInClause(HAND, ADVERTISERS),
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
      match: nearInClause(HAND, RECIPIENT),
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
        String.raw`\b(?:${SHARE}|shared|disclosed|provided|given)\b(?:[^\w.;]+\w+){0,20}?[^\w.;]+${AGG}|\bonly\s+(?:\w+\s+){0,3}non-?(?:personal(?:ly\s+identifiable)?|identif(?:ying|iable))\s+(?:information|data)\b|${AGG}(?:[^\w.;]+\w+){0,12}?[^\w.;]+(?:${SHARE}|shared|disclosed|provided|given)\b|\b${ADVERTISERS}\s+(?:\w+\s+){0,3}?(?:only\s+)?(?:receive|get|see|access)\s+(?:\w+\s+){0,2}?(?:only\s+)?${AGG}`,
        'i',
      ),
      also: [/aggregat|anonymi|de-?identif|\bonly\b[^.;]{0,30}non-?(?:personal|identif)/i, new RegExp(String.raw`${RECIPIENT}|\bonly\b`, 'i')],
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
  examples: ADVERTISER_SHARING_EXAMPLES,
};
