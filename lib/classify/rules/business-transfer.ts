import type { CategoryRules } from '../rule';

// Corporate events in which a company's assets (user databases included) change hands.
const DEAL = String.raw`(?:mergers?|merg(?:e|es|ed|ing) with|(?:all|substantially all|any portion|a portion|part)(?: of)? (?:our|its|the(?: company's)?) (?:business|assets|stock|equity)|(?:company|business) assets|(?:change|changes) (?:in|to) (?:our|the) (?:business|corporate) structure|amalgamat\w*|acqui(?:red|res?|sition|sitions|ring)|bankrupt\w*|insolven\w*|receivership|liquidation|dissolution|divestitures?|reorgani[sz]ations?|restructuring|consolidations?|change (?:of|in) (?:control|ownership)|transfer of (?:control|ownership)|business (?:transition|transfer)s?|corporate (?:transaction|change|event)s?|(?:sale|transfer|disposal|disposition) of (?:all|substantially|some|part|a portion|any portion|(?:our|the|its) (?:company|business|assets|stock|equity)|assets|(?:the )?business)|asset (?:sale|purchase)s?|(?:sell|buy) (?:or (?:buy|sell) )?(?:businesses|business|assets|some or all)|sell (?:our|the) (?:company|business)|(?:assets|business|company) (?:are|is) (?:sold|acquired|transferred)|is (?:to be )?(?:sold|acquired)|go(?:es)? out of business|going concern|successor (?:entit(?:y|ies)|company|organi[sz]ation|by merger)|(?:prospective|potential|actual) (?:purchaser|buyer|acquirer)s?|(?:purchaser|buyer|acquirer)s? of (?:\w+ ){0,3}(?:business|assets|company|stock|equity))`;

// Data changing hands as part of such a deal.
// Not "sale" or "acquired": those name the deal itself and would make this check vacuous.
const PASSES = /\b(?:transfer\w*|sold|receiv\w*|shar(?:e|ed|es|ing)|disclos\w*|assign\w*|pass(?:ed)? on|provided?|included|among the (?:\w+ )?assets|one of the (?:\w+ )?(?:business )?assets|part of (?:the|that|such|any) (?:\w+ )?(?:transaction|deal|assets)|bec(?:ome|omes) subject|(?:may|might|could|will) (?:\w+ )?(?:sell|be acquired)|sell (?:or \w+ )?(?:your |user |users' |customer |personal )?(?:data|information|pii))\b/i;
const DATA = /\b(?:information|data|pii|details|records?|databases?|(?:customer|user|subscriber|mailing) lists?|(?:user|customer|member) accounts?|email address(?:es)?|rights (?:and|or) obligations|these terms|this (?:agreement|policy))\b/i;

// The successor keeps this policy's promises, or the user is told and can choose.
const BOUND = /\b(?:bound by|(?:subject to|consistent with|in accordance with|abide by|honou?r|respect|uphold|continue to (?:be )?(?:treat|protect|handl)\w*)(?:\W+\w+){0,5}\W+(?:this|our|the) (?:privacy )?(?:policy|statement|notice|commitments?|promises?)|only in the manner set out in this|(?:agrees?|required|obligated) to (?:respect|protect|honou?r))\b/i;
const TOLD = /\b(?:(?:notify|inform|tell|contact) (?:you|users?|affected users?|our users)|notice to (?:you|users?)|(?:given|offered|provide[ds]?) (?:you |them |users? )?(?:with )?(?:a |the )?(?:choice|option|opportunity)|choice not to|your options|opt[- ]out)\b/i;

/** `business-transfer`: users' data passing to a buyer or successor in a merger, acquisition or bankruptcy. */
export const businessTransfer: CategoryRules = {
  category: 'business-transfer',
  cue: /\b(?:merg|amalgamat|acqui|bankrupt|insolven|receivership|liquidat|dissolution|divest|reorgani|restructur|consolidation|change (?:of|in|to) (?:control|ownership|our business|our corporate|the business)|transfer of (?:control|ownership)|business (?:transition|transfer)|corporate (?:transaction|change|event)|(?:sale|transfer|disposal|disposition) of|substantially all|portion of|part of (?:our|its|the) (?:business|assets)|assets|going concern|successor|purchaser|buyer|acquirer|out of business|business structure|in (?:such|these|any such) (?:a )?transactions?)/i,
  rules: [
    {
      id: 'transferred-in-deal',
      stance: 'risk',
      match: new RegExp(String.raw`\b${DEAL}\b`, 'i'),
      also: [PASSES, DATA],
      // Funds held in custody, or selling products to users, are not data passing in a deal.
      unless: [/\bfunds?\b(?:\W+\w+){0,8}\W+(?:not be lost|safe)/i],
      confidence: 0.8,
    },
    {
      id: 'among-transferred-assets',
      stance: 'risk',
      match: /\b(?:(?:transferred|business) assets|among the (?:\w+ )?assets|one of the (?:\w+ )?assets|part of (?:the|that|such|any such) (?:\w+ )?(?:transaction|deal|assets)|in (?:such|these|any such) (?:a )?(?:transactions?|events?|cases?))\b/i,
      also: [DATA],
      // "In such transactions, user data is among the transferred assets" follows a sentence naming the deal.
      topic: new RegExp(String.raw`\b${DEAL}`, 'i'),
      confidence: 0.75,
    },
    {
      id: 'successor-bound',
      stance: 'protection',
      match: BOUND,
      topic: new RegExp(String.raw`\b${DEAL}`, 'i'),
      also: [new RegExp(String.raw`\b${DEAL}|\b(?:such|that|this|the) (?:event|transaction|change|transition)\b`, 'i')],
      confidence: 0.75,
    },
    {
      id: 'told-with-choice',
      stance: 'protection',
      match: TOLD,
      polarity: 'affirmed',
      also: [new RegExp(String.raw`\b${DEAL}`, 'i'), /\b(?:information|data|pii)\b/i],
      // "without notifying you" is the opposite of a protection.
      unless: [/\bwithout (?:\w+ )?(?:notif|notice|consent|informing)/i],
      confidence: 0.7,
    },
  ],
  examples: [
    {
      text: 'If we are involved in a merger, acquisition or sale of all or a portion of our assets, your personal information may be transferred as part of that transaction.',
      labels: ['business-transfer:risk'],
    },
    {
      text: 'In the event of bankruptcy, customer databases could be sold to a buyer along with our other assets.',
      labels: ['business-transfer:risk'],
    },
    {
      text: 'Should the company be acquired, user data will likely be one of the business assets transferred to the new owner.',
      labels: ['business-transfer:risk'],
    },
    {
      text: 'We do not sell your data unless this is required in the context of a merger or acquisition.',
      labels: ['business-transfer:risk'],
      not: [],
    },
    {
      text: 'If ownership of the service changes through a merger, the successor will be bound by this privacy policy.',
      labels: ['business-transfer:protection'],
      not: [],
    },
    {
      text: 'If we are acquired and your information would be used in a different way, we will notify you and give you a choice to opt out.',
      labels: ['business-transfer:protection'],
      not: [],
    },
    { text: 'We may share your information with affiliates for the purposes described in this policy.', labels: [] },
    { text: 'We sell gift cards and merchandise through our online store.', labels: [] },
    { text: 'Our company was acquired by a larger group in 2015 and is headquartered in Boston.', labels: [] },
  ],
};
