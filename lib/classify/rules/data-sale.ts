import { THIRD_PARTY } from '../lexicon';
import type { CategoryRules } from '../rule';
import { DENIAL_NEGATOR, shortDenial } from './context-denial';

// Verbs of selling personal data (taxonomy: "sells, rents, leases or trades").
const SELL = String.raw`(?:sell|sells|selling|sold|rent|rents|renting|rented|lease|leases|leasing|leased|trade|trades|trading|traded|barter|barters|bartered|swap|swaps|monetiz\w*|commerciali[sz]e)`;
// What is sold: the user's data, or a pronoun standing for it ("we never sell it").
const OBJ = String.raw`(?:personal|personally|information|info|data|details|pii|profiles?|e-?mail\s+address(?:es)?|customer\s+lists?|mailing\s+lists?|lists?|names?|(?:postal\s+|mailing\s+|home\s+)?address(?:es)?|phone\s+numbers?|e-?mails?|contacts?|cpni|records?|it|them|anything|any\s+of)`;
// Sell verb with its object close by: "sell or rent your personal data", "sell, trade, or otherwise transfer to outside parties your information".
const SELLS_DATA = new RegExp(String.raw`\b${SELL}\b(?=(?:\W+\w+){0,9}?\W+${OBJ}\b)`, 'i');
// Passive: "your data will never be sold", "none of your data gets sold".
// The trigger is the participle (the lookbehind after it finds the data; a leading lookbehind would run at every position), so "will never be sold" reads as negated.
const DATA_SOLD = new RegExp(
  String.raw`\b(?:sold|rented|leased|traded|bartered|monetized)\b(?<=\b(?:information|data|details|pii|profiles?|e-?mail\s+address(?:es)?|lists?)\b(?:\W+\w+){0,6}?\W+(?:be|been|is|are|was|were|get|gets|got)\s+(?:\w+\s+){0,3}\w+)`,
  'i',
);
// "the sale of personal information", "there will be no sale of data".
const SALE_OF_DATA = /\bsales?\s+(?:or\s+\w+\s+)?of\s+(?:\w+\s+){0,3}(?:personal|information|data|pii|profiles?|e-?mail)/i;
// Selling a business or its assets is business-transfer; goods and services sold to users are commerce.
const NOT_DATA_SALE = [
  /\b(?:merger|merge|acquisition|acquired|bankruptcy|insolvency|reorgani[sz]ation|dissolution|divestiture|change\s+(?:of|in)\s+(?:our\s+)?(?:business\s+structure|control|ownership)|transferred\s+(?:business\s+)?assets|among\s+the\s+(?:\w+\s+)?assets)\b|\b(?:app|application|site|website|service|platform|product|company|business|we|us)\s+(?:\w+\s+){0,2}(?:is|are|were|was|be|gets?)\s+(?:\w+\s+)?(?:sold|acquired|bought|taken\s+over)\b/i,
  /\b(?:sell|sale\s+of|sold|buy)\s+(?:or\s+(?:buy|sell|transfer)\s+)?(?:all|substantially|some|a\s+portion|part|any)?\s*(?:or\s+\w+\s+)?(?:of\s+)?(?:our|its|the|their)?\s*(?:business(?:es)?|assets|company|stock|shares|units?|divisions?)\b/i,
  /\b(?:federal\s+trade\s+commission|trade\s+(?:secrets?|names?|marks?|shows?|associations?|compliance|unions?)|exchange\s+(?:rates?|commission)|stock\s+exchange)\b/i,
  /\b(?:products?|goods|tickets?|merchandise|items?|services|guitars|things)\s+(?:that\s+)?(?:(?:we|you|they|it)\s+)?(?:sell|sold|rent|lease)\b/i,
  /\b(?:sites?|websites?|stores?|merchants?|retailers?|companies)\s+(?:that|which)\s+(?:sell|rent)\b/i,
  // Goods right after the verb: "we sell you a subscription", "we rent equipment to customers".
  /\b(?:sell|sells|selling|sold|rent|rents|renting|rented|lease|leases|leasing)\s+(?:you\s+|customers\s+|users\s+)?(?:(?:a|an|the|our|their|its|some)\s+)?(?:[\w-]+\s+)?(?:subscriptions?|gift\s+cards?|equipment|products?|goods|tickets?|merchandise|items?|services|software|licen[cs]es?|memberships?|plans?|devices?|hardware|books?|cars?|vehicles?|propert(?:y|ies)|(?:ad(?:vertising)?\s+)?space|apps?|courses?)\b/i,
  // Users trading goods on a marketplace: "when you buy, sell or swap items".
  /\b(?:buy|sell|swap|list|rent)\w*\s+(?:(?:or|and)\s+\w+\s+){0,2}(?:\w+\s+)?(?:items?|goods|products?|tickets?|merchandise|listings?)\b|\b(?:you|users|sellers|buyers)\s+(?:\w+\s+){0,2}(?:sell|buy)\b/i,
  // "exchanging information with other companies for fraud protection and credit risk reduction".
  /\bfraud\b|\bcredit\s+risk\b/i,
];
// A CCPA rights statement ("you have the right to opt out of the sale...") is not itself a sale.
const RIGHTS_ONLY = /^(?![\s\S]*\b(?:we|us)\s+(?:\w+\s+){0,3}["'\u201c]?(?:sell|sold|rent))[\s\S]*\b(?:right|request|ask\s+us)\s+to\s+(?:\w+\s+){0,3}opt[- ]out\s+of\s+(?:the\s+)?(?:\w+\s+)?sale/i;
// What a law says or defines, or a conditional list of rights ("if we sold your data, two lists..."), is no practice.
const LAW_OR_DEFINITION = /["'\u201d]\s*(?:or\s+["'\u201c]\w+["'\u201d]\s*)?means\b|\b(?:the\s+(?:word|term)|definition\s+of)\s+["'\u201c]?(?:sale|sell)|\b(?:law|laws|act|ccpa|cpra|statute|regulations?)\s+(?:\w+\s+){0,3}(?:requires?|defines?|gives?|provides?|permits?|allows?)\b|\bright\s+to\s+(?:\w+\s+){0,3}(?:disclosure|know|request)\b|\bif\s+we\s+(?:have\s+)?(?:sold|sell)\b/i;
// The CCPA link "Do Not Sell My Personal Information" next to "we do not sell": the link is no sale.
const LINK_AND_DENIAL = /\bdo\s+not\s+sell\s+my\b[\s\S]*\b(?:we|us)\s+(?:do\s+not|don't|never|will\s+not)\s+sell\b|\b(?:we|us)\s+(?:do\s+not|don't|never|will\s+not)\s+sell\b[\s\S]*\bdo\s+not\s+sell\s+my\b/i;
// Selling anonymous aggregates is not selling personal data.
// A sentence whose only "sell" is the name of the CCPA link ("visit our Do Not Sell My Info page").
const LINK_ONLY = /^(?=[\s\S]*\bdo\s+not\s+sell\b)(?:\bdo\s+not\s+sell\b|(?!\b(?:sell|sells|selling|sold|sales?)\b)[\s\S])*$/i;
// "de-identified and personal data" still sells personal data: only anonymous words may be joined.
const ANON = String.raw`(?:aggregated?|anonymous|anonymi[sz]ed|de-?identified|non-?personal(?:ly\s+identifiable)?)`;
const ANONYMOUS = new RegExp(String.raw`\b${ANON}(?:(?:\s*,\s*|\s+(?:and|or)\s+)${ANON})?\s+(?:(?!personal\b|personally\b)\w+\s+)?(?:data|information|statistics)\b(?![^.;]{0,40}\b(?:and|as\s+well\s+as|or)\s+(?:your\s+)?personal)`, 'i');
// Someone else selling, and the service not in the sentence: "data brokers sell consumer profiles".
const THEY_SELL = new RegExp(String.raw`^(?![\s\S]*\b(?:we|us|our)\b)[\s\S]*\b(?:third[- ]part(?:y|ies)|they|brokers?|advertisers|partners|users|you|sellers|merchants|vendors|others)\s+(?:\w+\s+){0,2}${SELL}\b`, 'i');
// Disclosure verbs for "we do not share your data with third parties" (no "provide": too often a
// consent condition about one data type, read by the choice category).
// Active forms only: "is not shared unless we give notice" is a conditional read by choice.
const GIVE = String.raw`(?:share|shares|sharing|disclose|discloses|transfer|transfers|give|gives|pass|passes|distribute|distributes|make\s+available|hand\s+over)`;

/** `data-sale`: selling, renting or trading users' personal data. */
export const dataSale: CategoryRules = {
  category: 'data-sale',
  cue: /\b(?:sell|sold|sale|rent|leas|trad|barter|swap|exchang|monetiz|commerciali|share|shar|disclos|transfer|give|given|pass|distribut|consideration|fee|payment|compensat|money|remunerat)/i,
  rules: [
    {
      id: 'sells-negated',
      stance: 'protection',
      match: SELLS_DATA,
      polarity: 'negated',
      // "You have the right to direct us not to sell" is a right, not a promise.
      unless: [...NOT_DATA_SALE.slice(2), /\bright\s+to\s+(?:\w+\s+){0,3}(?:request|direct|opt)|\brequest\s+that\s+(?:\w+\s+){0,6}not\s+sell|\bdirect\s+\w+\s+not\s+to\s+sell/i],
      confidence: 0.85,
    },
    {
      id: 'sold-negated',
      stance: 'protection',
      match: DATA_SOLD,
      polarity: 'negated',
      confidence: 0.85,
    },
    {
      // Under "Selling your data" or "Do we sell your information?": "We don't do it.", "None is ever sold.", "No."
      id: 'denial-under-sale-heading',
      stance: 'protection',
      match: shortDenial(String.raw`sell|rent|trade|lease|share|disclose`, String.raw`sold|rented|traded|leased|shared|disclosed`),
      also: [DENIAL_NEGATOR],
      topic: /\b(?:sell|sells|selling|sold|sale|rent|renting|trade|trading)\b(?![^.:?]{0,40}\b(?:business|company|assets|merger))/i,
      topicIn: ['heading', 'lead'],
      confidence: 0.75,
    },
    {
      id: 'no-sale',
      stance: 'protection',
      match: /\b(?:no|never\s+(?:any|a))\s+sale\s+of\b|\bnot\s+(?:in\s+the\s+business\s+of\s+)?selling\b|\b(?:is|are)\s+(?:not|never)\s+for\s+sale\b/i,
      confidence: 0.85,
    },
    {
      // "We do not share your information with third parties except as described in this policy."
      id: 'no-disclosure',
      stance: 'protection',
      // The recipient may be implicit: "we do not share information about you in any way other than as described here".
      match: new RegExp(String.raw`\b${GIVE}\b(?=(?:\W+\w+){0,10}?\W+(?:${THIRD_PARTY}|anyone|any\s+other\s+(?:organi[sz]ation|company|party)|outside\s+parties|outside\s+(?:of\s+)?(?:the\s+)?(?:company|us)|in\s+any\s+(?:way|manner|form)\s+(?:other\s+than|except)))`, 'i'),
      polarity: 'negated',
      also: [/\b(?:information|data|details|pii|anything|it|them)\b/i],
      unless: [
        // "except where we believe in good faith that..." is government access; aggregate-only is advertiser-sharing.
        /\b(?:good[- ]faith|law\s+enforcement|subpoena|court\s+order|legal\s+process|required\s+by\s+law|aggregate[d]?|anonymi[sz]ed|de-?identified)\b/i,
        /\bnot\s+(?:\w+\s+)?(?:required|obliged|obligated)\s+to\b/i,
        /\bfor\s+(?:their|its)\s+(?:own\s+)?(?:direct\s+)?(?:marketing|advertising|promotional)/i,
        // Advice to the user ("never share your password with anyone") is no promise of the service.
        /\b(?:passwords?|passcodes?|credentials|log-?in\s+(?:details|information)|pins?)\b|(?:^|[.;:]\s*)(?:please\s+)?(?:do\s+not|don't|never)\s+(?:share|disclose|give|pass)\b|\b(?:keep|keeping)\s+(?:\w+\s+){0,2}(?:confidential|secret|private)/i,
      ],
      confidence: 0.6,
    },
    {
      id: 'sells',
      stance: 'risk',
      match: SELLS_DATA,
      polarity: 'affirmed',
      // Any subject but the user or a third party selling its own goods ("Acme reserves the right to sell...").
      unless: [...NOT_DATA_SALE, RIGHTS_ONLY, LAW_OR_DEFINITION, LINK_AND_DENIAL, LINK_ONLY, ANONYMOUS, THEY_SELL],
      confidence: 0.75,
    },
    {
      id: 'data-sold',
      stance: 'risk',
      match: DATA_SOLD,
      polarity: 'affirmed',
      unless: NOT_DATA_SALE,
      confidence: 0.75,
    },
    {
      // "...California may treat this as a sale of personal information", "we have sold the following categories".
      id: 'sale-of-data',
      stance: 'risk',
      match: SALE_OF_DATA,
      polarity: 'affirmed',
      unless: [...NOT_DATA_SALE, RIGHTS_ONLY, LAW_OR_DEFINITION],
      confidence: 0.7,
    },
    {
      // "We may exchange your personal information with other companies" (trading data; not "exchange rates").
      id: 'exchanges-data',
      stance: 'risk',
      match: new RegExp(String.raw`\bexchang(?:e|es|ed|ing)\b(?=(?:\W+\w+){0,6}?\W+${OBJ}\b)(?=[^.;]{0,100}\bwith\s+(?:\w+\s+){0,2}(?:${THIRD_PARTY}|companies|businesses|organi[sz]ations)\b)`, 'i'),
      polarity: 'affirmed',
      unless: NOT_DATA_SALE,
      confidence: 0.7,
    },
    {
      // Sharing for money is selling, whatever the verb.
      id: 'for-consideration',
      stance: 'risk',
      match: /\b(?:who|that|which)\s+(?:\w+\s+)?pays?\s+us\b|\bin\s+return\s+for\s+(?:a\s+)?(?:payment|money|fee|compensation)\b|\bin\s+exchange\s+for\s+(?:\w+\s+){0,2}(?:money|payment|compensation|monetary|consideration|remuneration|a\s+fee)\b|\bfor\s+(?:monetary|valuable)\s+(?:or\s+other\s+valuable\s+)?consideration\b|\b(?:share|sharing|disclos\w*|provid\w*|transfer\w*|give|giving|licens\w*|mak\w+\s+(?:it\s+)?available)\s+(?:\w+\s+){0,8}for\s+(?:money|compensation|remuneration|a\s+fee|fees|payment|profit)\b|\b(?:payments?|money|compensation|fees?|remuneration)\b[^.;]{0,60}\bin\s+exchange\s+for\s+(?:\w+\s+){0,3}(?:data|information|details)\b|\b(?:receive|get|are\s+paid|earn)\s+(?:\w+\s+){0,2}(?:payment|compensation|money|remuneration|fees?|revenue|commissions?)\s+(?:from|for)\s+(?:\w+\s+){0,3}(?:shar|disclos|provid|data|information)/i,
      polarity: 'affirmed',
      also: [/exchange|consideration|money|compensation|remuneration|payment|paid|\bpays?\b|return|\bfees?\b|profit|revenue|commission/i, /\b(?:share|sharing|disclose|provide|transfer|give|information|data)\b/i],
      unless: [LAW_OR_DEFINITION, RIGHTS_ONLY],
      confidence: 0.7,
    },
  ],
  examples: [
    { text: 'We do not sell your personal information.', labels: ['data-sale:protection'] },
    { text: 'Except as described below, we do not sell or rent your personal data to third parties.', labels: ['data-sale:protection'] },
    { text: 'We will not sell your data without your consent.', labels: ['data-sale:protection'] },
    { text: 'Your personal information will never be sold or rented to anyone.', labels: ['data-sale:protection'] },
    { text: "We value your trust, so we don't sell it to anyone.", labels: ['data-sale:protection'] },
    { text: 'There is no sale of data.', labels: ['data-sale:protection'] },
    { text: 'We do not share information collected through the Service with third parties except as described in this policy.', labels: ['data-sale:protection'] },
    { text: 'We do not share information about you in any way other than as described in this notice.', labels: ['data-sale:protection'] },
    { text: 'We will never: sell your personal data or give it to data brokers.', labels: ['data-sale:protection'] },
    { text: "We don't do it.", heading: 'Selling your data', labels: ['data-sale:protection'] },
    { text: 'None is ever sold.', heading: 'Do we sell your personal information?', labels: ['data-sale:protection'] },
    { text: 'No.', lead: 'Do we sell or rent your information to anyone?', labels: ['data-sale:protection'] },
    { text: "We don't do it.", heading: 'Sale of the business', labels: [] },
    { text: 'Please keep your login details secret and never share them with anyone.', labels: [] },
    { text: 'We may sell or rent your data to partners.', labels: ['data-sale:risk'] },
    { text: 'The operator reserves the right to sell or lease subscriber names and addresses.', labels: ['data-sale:risk'] },
    { text: 'Example Corp may rent its mailing list to carefully chosen organizations.', labels: ['data-sale:risk'] },
    { text: 'We may sell pseudonymous and personal data to analytics firms.', labels: ['data-sale:risk'] },
    { text: 'Data brokers sell consumer profiles to anyone who pays.', labels: [] },
    { text: 'We sell anonymized, aggregated statistics to researchers.', labels: [] },
    { text: 'We reserve the right to trade customer email addresses with other companies.', labels: ['data-sale:risk'] },
    { text: 'We may provide your contact details to partners in exchange for payment.', labels: ['data-sale:risk'] },
    { text: 'We may share your information with data brokers who pay us for it.', labels: ['data-sale:risk'] },
    { text: 'We may license your usage data to other companies for a fee.', labels: ['data-sale:risk'] },
    { text: 'We earn commissions from partners when we share your details with them.', labels: ['data-sale:risk'] },
    { text: 'Your information is not for sale.', labels: ['data-sale:protection'] },
    { text: 'Your information is never bought or sold.', labels: ['data-sale:protection'] },
    { text: 'Partners pay us fees in exchange for access to your data.', labels: ['data-sale:risk'] },
    { text: 'We may rent your name and postal address to other organizations.', labels: ['data-sale:risk'] },
    { text: 'Some jurisdictions may treat this sharing as a sale of personal information under local law, and we do share it.', labels: ['data-sale:risk'] },
    { text: 'Your e-mail address may be rented to carefully selected companies.', labels: ['data-sale:risk'] },
    { text: 'If we are involved in a merger, your information may be sold as part of the assets.', labels: [] },
    { text: 'As our business grows we may sell or buy businesses, and customer data may be among the transferred assets.', labels: [] },
    { text: 'If the app is ever sold to another developer, the user database goes with it.', labels: [] },
    { text: 'We sell products through our online store.', labels: [] },
    { text: 'When we sell you a subscription, we email a receipt to your email address.', labels: [] },
    { text: 'We rent equipment to customers and need your address for delivery.', labels: [] },
    { text: 'If you visit websites that sell shoes, we may show you related content.', labels: [] },
    { text: 'We collect your name and email address when you register.', labels: [] },
    { text: 'You have the right to opt out of the sale of your personal information.', labels: [] },
    { text: '"Sale" means selling, renting or otherwise making available personal information for monetary or other valuable consideration.', labels: [] },
    { text: 'Nevada law requires operators to let consumers opt out of the sale of certain information.', labels: [] },
    { text: 'Do Not Sell My Personal Information We do not sell personal information.', labels: ['data-sale:protection'] },
    { text: 'We might also use your data for payment-related matters.', labels: [] },
    { text: 'You can submit a request by visiting our "Do Not Sell My Personal Information" page.', labels: [] },
    { text: 'When you sell items on the marketplace, we collect your shipping details.', labels: [] },
    { text: 'We do not collect data on racial origin, political opinions or trade union membership.', labels: [] },
    { text: 'We may disclose information to protect our trade secrets and comply with the Federal Trade Commission.', labels: [] },
  ],
};
