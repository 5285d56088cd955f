import type { CategoryRules } from '../rule';

// Corporate events in which a company's assets (user databases included) change hands.
const DEAL = String.raw`(?:mergers?|merg(?:e|es|ed|ing) with|(?:all|substantially all|any portion|a portion|part)(?: of)? (?:our|its|the(?: company's)?) (?:business|assets|stock|equity)|(?:company|business) assets|(?:change|changes) (?:in|to) (?:our|the) (?:business|corporate) structure|amalgamat\w*|acqui(?:red|res?|sition|sitions|ring)|bankrupt\w*|insolven\w*|receivership|liquidation|dissolution|divestitures?|reorgani[sz]ations?|restructuring|consolidations?|change (?:of|in) (?:control|ownership)|transfer of (?:control|ownership)|business (?:transition|transfer)s?|corporate (?:transaction|change|event)s?|(?:sale|transfer|disposal|disposition) of (?:all (?:or (?:substantially all|a portion|part|any part|some) )?(?:of )?(?:our|its|the|their) (?:\w+ )?(?:business|assets|stock|equity|shares|company|companies)|all or (?:substantially|part|a portion|some)|substantially|some|part|a portion|any portion|(?:our|the|its) (?:company|business|assets|stock|equity)|assets|(?:the )?business)|asset (?:sale|purchase)s?|(?:sell|buy) (?:or (?:buy|sell) )?(?:businesses|business|assets|some or all)|sell (?:our|the) (?:company|business)|(?:assets|business|company) (?:are|is) (?:sold|acquired|transferred)|is (?:to be )?acquired|(?:we are|(?:company|business|service|app|application|site|website|platform|organi[sz]ation|firm) (?:is|are)) (?:to be )?(?:sold|bought)|go(?:es)? out of business|going concern|successor (?:entit(?:y|ies)|company|organi[sz]ation|by merger)|(?:prospective|potential|actual) (?:purchaser|buyer|acquirer)s?|(?:purchaser|buyer|acquirer)s? of (?:\w+ ){0,3}(?:business|assets|company|stock|equity)|due diligence|(?:acquires?|buys|purchases|takes over) (?:us|our (?:company|business|service))|acquir(?:er|ers|ing (?:company|entity|party|business))|(?:to|by|with) (?:a|the|any|another|an|our) (?:new |future |potential |prospective )?(?:buyer|purchaser|acquirer|acquiring (?:company|entity|party)|owner)s?|new owners?(?:hip)?|takeovers?|taken over|ownership of (?:the|our|this) (?:company|business|service|app|site|website) (?:changes|is transferred)|successors? (?:to|of|in interest)|(?:app|application|service|site|website|platform|product|company|business) (?:is|are|was|were|gets?) (?:ever )?(?:sold|acquired|bought))`;

// Data changing hands as part of such a deal.
// Not "sale" or "acquired": those name the deal itself and would make this check vacuous.
const PASSES = /\b(?:transfer\w*|sold|receiv\w*|shar(?:e|ed|es|ing)|disclos\w*|assign\w*|pass(?:ed)? on|provided?|included|among the (?:\w+ )?assets|one of the (?:\w+ )?(?:business )?assets|part of (?:the|that|such|any) (?:\w+ )?(?:transaction|deal|assets)|bec(?:ome|omes) subject|(?:may|might|could|will) (?:\w+ )?(?:sell|be acquired)|sell (?:or \w+ )?(?:your |user |users' |customer |personal )?(?:data|information|pii)|sale of (?:\w+ ){0,2}(?:data|information|records|databases?|accounts|lists)|go(?:es)? (?:along )?with|come(?:s)? with|mov(?:e|es|ed) (?:over )?to|hand(?:ed)? over|(?:be|is|are) (?:among|part of))\b/i;
const DATA = /\b(?:information|data|pii|details|records?|databases?|(?:customer|user|subscriber|mailing) lists?|(?:user|customer|member) accounts?|email address(?:es)?|rights (?:and|or) obligations|these terms|this (?:agreement|policy)|accounts?|profiles?|user base|(?:your|user|users'|customer) content)\b/i;

// The successor keeps this policy's promises, or the user is told and can choose.
const BOUND = /\b(?:bound by|(?:subject to|consistent with|in accordance with|in line with|abide by|adhere to|comply with|honou?r|respect|uphold|follow|assume|keep|maintain|stand by|continue to (?:be )?(?:treat|protect|handl|process|us)\w*)(?:\W+\w+){0,5}\W+(?:this|our|the|these|its|such) (?:privacy )?(?:policy|statement|notice|commitments?|promises?)|only in the manner set out in this|(?:only )?as (?:described|set out|stated|outlined|provided) in (?:this|our|the) (?:privacy )?(?:policy|notice|statement)|(?:agrees?|required|obligated|obliged|committed|contractually bound) to (?:respect|protect|honou?r|safeguard|keep)|(?:this|our|the) (?:privacy )?(?:policy|notice|statement) (?:will|shall) (?:continue to )?(?:apply|govern|remain in (?:full )?(?:force|effect)))\b/i;
const TOLD = /\b(?:(?:you|users?|customers?|members?|account holders) (?:will|shall|would) (?:first )?(?:be )?(?:notified|informed|told|alerted|contacted|e-?mailed|given (?:notice|the (?:choice|option|opportunity|chance)))|(?:notify|inform|tell|contact|alert|warn|e-?mail) (?:you|users?|affected users?|our users|customers?|members?)|let (?:you|users?) know|notice to (?:you|users?)|(?:give|giving|send|sending|provide|providing) (?:you|users?|affected (?:users?|customers?|members?)|them|our (?:users|customers|members)) (?:[\w']+ ){0,2}(?:notice|notification|warning)|(?:prior|advance) notice|(?:given|offered|provide[ds]?|give|giving|offer) (?:you |them |users? |affected users? )?(?:with )?(?:a |the |an )?(?:choice|option|opportunity|chance)|choice not to|your options|opt[- ]out)\b/i;

// "without notifying you", "not required to notify": the opposite of a protection.
const NOT_TOLD = /\bwithout (?:\w+ ){0,2}(?:notif|notice|consent|informing)|\b(?:cannot|can't|can not|do not|don't|no) (?:promise|guarantee|ensure|assure|warrant)|\b(?:not|never) (?:be )?(?:required|obliged|obligated) to\b/i;

/** `business-transfer`: users' data passing to a buyer or successor in a merger, acquisition or bankruptcy. */
export const businessTransfer: CategoryRules = {
  category: 'business-transfer',
  cue: /\b(?:merg|amalgamat|acqui|bankrupt|insolven|receivership|liquidat|dissolution|divest|reorgani|restructur|consolidation|change (?:of|in|to) (?:control|ownership|our business|our corporate|the business)|transfer of (?:control|ownership)|business (?:transition|transfer)|corporate (?:transaction|change|event)|(?:sale|transfer|disposal|disposition) of|substantially all|portion of|part of (?:our|its|the) (?:business|assets)|assets|going concern|successor|purchaser|buyer|acquir(?:er|ing)|out of business|(?:is|are|was|were|gets?|ever) (?:sold|bought)|(?:acquires?|buys|purchases|takes over) (?:us|our)|new owner|ownership|due diligence|take ?over|taken over|business structure|in (?:such|these|any such) (?:a )?transactions?)/i,
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
      also: [new RegExp(String.raw`\b${DEAL}|\b(?:such|that|this|the) (?:event|transaction|change|transition)\b|\b(?:buyer|purchaser|acquir\w+|successor|new owner)s?\b`, 'i')],
      unless: [NOT_TOLD],
      confidence: 0.75,
    },
    {
      id: 'told-with-choice',
      stance: 'protection',
      match: TOLD,
      polarity: 'affirmed',
      also: [new RegExp(String.raw`\b${DEAL}`, 'i'), /\b(?:information|data|pii)\b/i],
      // "without notifying you" is the opposite of a protection.
      unless: [NOT_TOLD],
      confidence: 0.7,
    },
    {
      id: 'protected-transfer',
      stance: 'protection',
      // "We will transfer it, provided the buyer honours this policy" or "we will notify you before
      // it is transferred" is a protection only; a separate "your data may be sold. We will notify
      // you." still states the risk, so the suppression stops at a risk modal.
      match: new RegExp(`${BOUND.source}|${TOLD.source}`, 'i'),
      polarity: 'affirmed',
      also: [new RegExp(String.raw`\b${DEAL}`, 'i'), /\b(?:information|data|pii|records|accounts?|details)\b/i],
      unless: [NOT_TOLD, /\b(?:may|might|could|reserves? the right to)\b(?:\W+\w+){0,3}\W+(?:transfer|sell|sold|share|disclos|assign|be (?:transferred|sold|shared|disclosed|assigned|included|among))\w*/i],
      suppress: ['risk'],
      confidence: 0.7,
    },
    {
      id: 'transfer-on-condition',
      stance: 'protection',
      // "We may transfer it, provided the buyer agrees to honour this policy": the transfer is conditional on the protection.
      match: /\b(?:provided (?:that )?|on (?:the )?condition (?:that )?|only if |so long as |as long as )(?:\w+ ){0,4}(?:agrees?|is bound|will be bound|is required|are required|undertakes?|commits?|accepts?)\b/i,
      also: [new RegExp(String.raw`\b${DEAL}`, 'i'), BOUND],
      suppress: ['risk'],
      confidence: 0.75,
    },
    {
      id: 'deal-in-context',
      stance: 'risk',
      // Under a heading such as "Mergers and acquisitions" the sentence need not name the deal:
      // "Your information may be transferred to the new owner."
      match: /\b(?:may|might|could|can|will|would) (?:\w+ ){0,2}(?:be )?(?:transferred|sold|assigned|disclosed|passed on|handed over|included|shared|acquired)\b/i,
      polarity: 'affirmed',
      also: [DATA],
      topic: new RegExp(String.raw`\b${DEAL}`, 'i'),
      topicIn: ['heading', 'lead'],
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
    {
      text: 'During talks with a prospective purchaser, customer records may be shared as part of due diligence.',
      labels: ['business-transfer:risk'],
    },
    { text: 'If our app is bought by another developer, every user account moves over to the new owner.', labels: ['business-transfer:risk'] },
    { text: 'Your account details may be transferred to the new company.', heading: 'Change of ownership', labels: ['business-transfer:risk'] },
    {
      text: 'Any successor to our company must agree to honour the promises in this privacy notice.',
      labels: ['business-transfer:protection'],
    },
    {
      text: 'Should we be acquired, the acquiring company will continue to handle your data in accordance with this policy.',
      labels: ['business-transfer:protection'],
    },
    {
      text: 'Before your data passes to a buyer of our business, we will e-mail you and give you the chance to delete your account.',
      labels: ['business-transfer:protection'],
    },
    {
      text: 'In a merger we may transfer your data, provided the recipient agrees to protect it as this policy does.',
      labels: ['business-transfer:protection'],
    },
    { text: 'We are not required to notify you before we change our prices.', labels: [] },
    { text: 'You may contact the new owner of a listing directly.', labels: [] },
    { text: 'We may share your information with affiliates for the purposes described in this policy.', labels: [] },
    { text: 'We sell gift cards and merchandise through our online store.', labels: [] },
    { text: 'Our company was acquired by a larger group in 2015 and is headquartered in Boston.', labels: [] },
  ],
};
