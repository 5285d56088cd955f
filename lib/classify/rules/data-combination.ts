import type { CategoryRules } from '../rule';

// Where outside data comes from.
const SOURCES = String.raw`(?:third[- ]part(?:y|ies)(?:\s+(?:sources?|services?|partners?|providers?))?|other\s+(?:sources?|companies|services|users|people|members|websites|platforms|products)|(?:public(?:ly)?|commercial(?:ly)?)\s+(?:available\s+)?(?:sources?|databases?|records|information)|(?:our\s+|business\s+|marketing\s+|advertising\s+|joint\s+marketing\s+)?partners|affiliates|(?:corporate\s+)?affiliates|advertisers|marketing\s+companies|(?:data|list|information)\s+(?:brokers?|providers?|suppliers?|aggregators?|vendors?)|credit\s+(?:bureaus?|reporting\s+agencies|reference\s+agencies|agencies)|fraud\s+prevention\s+agencies|consumer\s+reporting\s+agencies|social\s+(?:media|networks?)(?:\s+(?:sites?|platforms?|services?))?|(?:off-?line|offline)|vendors|resellers|service\s+providers|sources\s+other\s+than\s+you)`;
const DATA = String.raw`(?:information|data|details|profiles?|records|preferences|(?:mailing|marketing|customer|contact|email)\s+lists?|lists\s+(?:of|provided|supplied)|e-?mail\s+address(?:es)?)`;
// "combine information we collect from you with information we receive from third parties".
const COMBINE = /\b(?:combin(?:e|es|ed|ing)|merg(?:e|es|ed|ing)|link(?:s|ed|ing)?|match(?:es|ed|ing)?|connect(?:s|ed|ing)?|associat(?:e|es|ing)|associated(?!\s+(?:data|information|records|content|files|accounts?|personal)\b)|tie|ties|tied|tying|supplement(?:s|ed|ing)?|enrich(?:es|ed|ing)?|append(?:s|ed|ing)?|augment(?:s|ed|ing)?|cross-?referenc\w+|correlat\w+)\b/i;
const COMBINE_DATA = new RegExp(String.raw`${COMBINE.source}(?=[^.;]{0,160}\b(?:${DATA}|it|this|activit(?:y|ies)|usage|browsing|behaviou?r)\b)`, 'i');
// "We may obtain information about you from other sources".
const OBTAIN_FROM = new RegExp(
  String.raw`\b(?:obtain(?:s|ed)?|receiv(?:e|es|ed)|collect(?:s|ed)?|get|gets|acquir(?:e|es|ed)|gather(?:s|ed)?|purchas(?:e|es|ed)|buy|access)\b(?=[^.;]{0,100}?\b(?:from|through|via)\s+(?:\w+\s+){0,3}${SOURCES}\b)`,
  'i',
);
// "Third parties may also furnish us with additional information", "our partners share information with us".
const SOURCES_GIVE = new RegExp(
  String.raw`\b${SOURCES}\b(?:[^.;]{0,60}?)\b(?:provid(?:e|es)|furnish(?:es)?|shar(?:e|es)|giv(?:e|es)|send|sends|supply|supplies|disclos(?:e|es)|pass(?:es)?|transfer(?:s)?|make\s+available)\s+(?:us\s+(?:with\s+)?(?:\w+\s+){0,3}${DATA}|(?:\w+\s+){0,3}${DATA}\s+(?:\w+\s+){0,3}(?:with|to)\s+us)\b|\b${DATA}\s+(?:that\s+|which\s+)?${SOURCES}\s+(?:may\s+)?(?:provide|give|share|send|submit)`,
  'i',
);

/** `data-combination`: data about users obtained from other sources, or combined across sources into profiles. */
export const dataCombination: CategoryRules = {
  category: 'data-combination',
  cue: /combin|merg|link|match|connect|associat|\bti(?:e|ed|es)\b|supplement|enrich|append|augment|correlat|referenc|profile|obtain|receiv|collect|acquir|gather|purchas|\bbuy\b|\bget|provide us|furnish|with us|suppl(?:y|ies) us|send us|give us|credit report|cross-?device|across (?:devices|services|products)/i,
  rules: [
    {
      // "We may combine information we collect from you with information from third parties", "linked to your PII".
      id: 'combines',
      stance: 'risk',
      match: COMBINE_DATA,
      polarity: 'affirmed',
      also: [new RegExp(String.raw`\b(?:${SOURCES}|with\s+(?:\w+\s+){0,3}(?:information|data)\s+(?:we|that|which)|personally\s+identifiable|your\s+(?:account|profile)|other\s+information|information\s+we\s+(?:already\s+)?have|cookies|web\s+beacons|devices?|across|(?:on|off)-?line|databases?|(?:websites|sites|apps|products|services)\s+(?:and|or)\s+(?:\w+\s+)?(?:websites|apps|applications|products|services)|(?:different|multiple|various)\s+(?:sources|services|products|devices))\b`, 'i')],
      unless: [
        // Connecting to a network or matching a password is not building a profile.
        /\b(?:connect(?:ed|ing)?\s+to\s+(?:the\s+)?(?:internet|network|wi-?fi|our\s+servers?)|link(?:s|ed)?\s+to\s+(?:other\s+)?(?:websites?|sites|pages|third[- ]party\s+(?:websites?|sites))|in\s+connection\s+with|associated\s+with\s+(?:an?\s+)?(?:ip|account|the\s+(?:service|account)))\b/i,
        /\bhyperlinks?\b|\b(?:websites?|sites|pages)\s+linked\b/i,
        // "link" as a noun: "visit the link below", "a link to a website", "click on the following link".
        /\b(?:a|the|this|that|following|below|each|unsubscribe)\s+links?\b|\blinks?\s+(?:below|above|provided|at\s+the)|\bclick\w*\b|\b(?:that|which)\s+links?\s+to\b/i,
        /\b(?:persistent|session|login|authentication)\s+cookies?\b/i,
      ],
      confidence: 0.8,
    },
    {
      id: 'obtains-from-others',
      stance: 'risk',
      match: OBTAIN_FROM,
      polarity: 'affirmed',
      also: [new RegExp(String.raw`\b(?:${DATA}|about\s+you)\b`, 'i')],
      // Money received from partners is no data ("we receive compensation from partners when...").
      unless: [/\bfrom\s+(?:you|your\s+(?:device|browser|computer))\s+(?:directly|when)/i, /\bcookies?\s+from\s+(?:other|third)/i, /\b(?:compensation|payments?|money|fees?|commissions?|revenue|royalt\w+)\s+from\b/i],
      confidence: 0.8,
    },
    {
      id: 'others-give-us',
      stance: 'risk',
      match: SOURCES_GIVE,
      // Prefilter: either "...us" or "information <source> provide".
      also: [/\bus\b|\b(?:provide|give|share|send|submit)\b/i, /\b(?:provid|furnish|shar|giv|send|suppl|disclos|pass|transfer|available|submit)/i],
      polarity: 'affirmed',
      confidence: 0.8,
    },
    {
      // "We may store information collected through cookies to create a profile of our users", cross-device matching.
      id: 'builds-profiles',
      stance: 'risk',
      match: /\b(?:creat\w*|build\w*|develop\w*|compil\w*|updat\w*|maintain\w*)\s+(?:\w+\s+){0,3}(?:profiles?|audience\s+segments?|dossiers?)\b(?!\s+(?:page|settings|picture|photo))|\bcross[- ]device\s+(?:link\w*|match\w*|track\w*|recogni\w*)|\b(?:link|match|recogni[sz]e)\w*\s+(?:\w+\s+){0,3}(?:across|between)\s+(?:\w+\s+){0,2}devices\b/i,
      polarity: 'affirmed',
      unless: [/\byou\s+(?:can|may)\s+(?:\w+\s+){0,2}(?:create|build|update)/i, /\b(?:your|an?)\s+(?:account|user)\s+profile\s+(?:page|that\s+you)/i],
      // A profile from several sources or over time; "use it to build a profile of your interests" from one
      // data point (location, IP) is that data's own category.
      also: [/profile|segment|dossier|device/i, /\b(?:across|combin\w*|sources?|third[- ]part\w*|partners|affiliates|other\s+(?:websites|sites|apps|services|companies|information|data)|devices|segments?|dossiers?|brokers?|over\s+time|off-?line|cookies|web\s+beacons|browsing|activit(?:y|ies)|purchases?|collect\w*|audiences?)\b/i],
      confidence: 0.75,
    },
    {
      // "...and may obtain credit reports", "we verify your identity with credit bureaus".
      id: 'credit-reports',
      stance: 'risk',
      match: /\b(?:credit\s+(?:reports?|checks?|histor(?:y|ies)|scores?)|credit\s+(?:bureaus?|reporting\s+agenc\w+)|consumer\s+reports?|background\s+checks?)\b/i,
      polarity: 'affirmed',
      also: [/\b(?:obtain|request|run|perform|check|receive|get|use|order|verify|conduct)\w*\b/i],
      confidence: 0.75,
    },
  ],
  examples: [
    { text: 'We may combine information we collect from you with information we receive from third parties.', labels: ['data-combination:risk'] },
    { text: 'We may obtain information about you from other sources, such as data brokers and public databases.', labels: ['data-combination:risk'] },
    { text: 'Third parties may also furnish us with additional information about your preferences.', labels: ['data-combination:risk'] },
    { text: 'Information collected through cookies may be linked to your personally identifiable information.', labels: ['data-combination:risk'] },
    { text: 'We use this information to build profiles of our users across devices.', labels: ['data-combination:risk'] },
    { text: 'We may obtain credit reports for some business customers.', labels: ['data-combination:risk'] },
    { text: 'When you close your account, all associated data is erased within 30 days.', labels: [] },
    { text: 'We receive compensation from partners when you buy through our links.', labels: [] },
    { text: 'We may associate the information we receive from advertising partners with your account.', labels: ['data-combination:risk'] },
    { text: 'Public databases and data brokers supply us with demographic details, which we append to your profile.', labels: ['data-combination:risk'] },
    { text: 'We purchase marketing lists from list brokers to reach new customers.', labels: ['data-combination:risk'] },
    { text: 'We match your email address against lists provided by our partners.', labels: ['data-combination:risk'] },
    { text: 'Your approximate city, taken from your IP address, is used to build a profile of your interests.', labels: [] },
    { text: 'We build profiles of your interests from your browsing activity on partner sites.', labels: ['data-combination:risk'] },
    { text: 'We collect information about you from credit reference agencies.', labels: ['data-combination:risk'] },
    { text: 'We link your activity across our apps and websites to your account.', labels: ['data-combination:risk'] },
    { text: 'Third-party data providers supply us with additional demographic information.', labels: ['data-combination:risk'] },
    { text: 'We do not combine your data with data from other sources.', labels: [] },
    { text: 'Our site contains links to other websites that have their own privacy policies.', labels: [] },
    { text: 'You can update your profile at any time in your account settings.', labels: [] },
    { text: 'We collect information you provide when you create an account.', labels: [] },
  ],
};
