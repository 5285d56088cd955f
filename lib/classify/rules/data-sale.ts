import type { CategoryRules } from '../rule';

// Verbs of selling personal data (taxonomy: "sells, rents, leases or trades").
const SELL = String.raw`(?:sell|sells|selling|sold|sale\s+of|rent|rents|renting|rented|lease|leases|leasing|leased|trade|trades|trading|traded|barter|monetiz\w*)`;
const DATA = /\b(?:personal|information|data|details|pii|profile|email address(?:es)?|contacts?|cpni|records?)\b/i;

/** `data-sale`: selling, renting or trading users' personal data. */
export const dataSale: CategoryRules = {
  category: 'data-sale',
  cue: /\b(?:sell|sold|sale|rent|leas|trad|barter|monetiz)/i,
  rules: [
    {
      id: 'sells-negated',
      stance: 'protection',
      match: new RegExp(String.raw`\b${SELL}\b`, 'i'),
      polarity: 'negated',
      also: [DATA],
      // A business-transfer clause ("sold as part of a merger") is not about selling data.
      unless: [/\b(?:merger|acquisition|bankruptcy|reorgani[sz]ation|sale of (?:all|substantially|a portion|our|the company|assets))\b/i],
      confidence: 0.85,
    },
    {
      id: 'sells',
      stance: 'risk',
      match: new RegExp(String.raw`\b${SELL}\b`, 'i'),
      polarity: 'affirmed',
      also: [DATA, /\b(?:we|us|our|company)\b/i],
      unless: [
        /\b(?:merger|acquisition|bankruptcy|reorgani[sz]ation|dissolution|sale of (?:all|substantially|a portion|our|the company|assets|business))\b/i,
        // Products or tickets sold to the user are not data sales.
        /\b(?:products?|goods|tickets?|merchandise|items?)\s+(?:we\s+)?(?:sell|sold)\b/i,
        /\bsale\s+(?:of|or)\s+(?:goods|products|services)\b/i,
      ],
      confidence: 0.75,
    },
  ],
  examples: [
    { text: 'We do not sell your personal information.', labels: ['data-sale:protection'] },
    { text: 'Except as described below, we do not sell or rent your personal data to third parties.', labels: ['data-sale:protection'] },
    { text: 'We will not sell your data without your consent.', labels: ['data-sale:protection'] },
    { text: 'Your personal information will never be sold or rented to anyone.', labels: ['data-sale:protection'] },
    { text: 'We may sell or rent your data to partners.', labels: ['data-sale:risk'] },
    { text: 'We reserve the right to trade customer email addresses with other companies.', labels: ['data-sale:risk'] },
    { text: 'If we are involved in a merger, your information may be sold as part of the assets.', labels: [] },
    { text: 'We sell products through our online store.', labels: [] },
    { text: 'We collect your name and email address when you register.', labels: [] },
  ],
};
