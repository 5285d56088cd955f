import type { Lexicon, LexiconEntry } from './types';

/** Why data is collected or shared. */
export type Purpose = 'advertising' | 'targeting' | 'payment' | 'cross-context' | 'invitation' | 'analytics' | 'legal' | 'merger' | 'service' | 'security';

const advertising: LexiconEntry<Purpose> = {
  id: 'advertising',
  gloss: 'advertising, marketing, offers and promotions',
  terms: [
    // "commercial purposes" is any business use, not marketing: only commercial messages or offers are.
    '(advertising|marketing|promotional|promotion|sales) (purposes|purpose|uses|use|messages|communications|materials|offers|campaigns|activities|efforts)',
    'commercial (messages|communications|offers|campaigns)',
    // "so they can offer you other insurance products", "contact you with offers related to your trip".
    '(offer|sell|pitch) you [*] (products|services|offers|deals|discounts|promotions|plans|policies)',
    '(contact|call|email|e mail|text|mail|approach) you (with|about) [*] (offers|promotions|deals|discounts|products|services|opportunities)',
    '(a|one time|direct|postal|promotional|joint) (mailing|mailings)',
    'joint marketing',
    '[their|its] own [direct] (marketing|advertising|promotional|business) [purposes|activities|uses]',
    '(their|its) own * (products|services|offers|promotions|deals|titles|campaigns)',
    '(about|regarding|with) (their|its) [own] * (products|services|offers|promotions|deals)',
    '(for|in) (their|its) [own] (marketing|advertising|promotional|promotion|promotions|campaigns)',
    'direct marketing',
    '(send|show|serve|deliver|present|offer|provide|display) you [with] [our|their|its|personalized|targeted|relevant|special|other] (ads|advertisements|advertising|offers|promotions|deals|marketing)',
    '(special|exclusive|promotional) (offers|deals|promotions|discounts|coupons)',
    '(offers|deals|promotions|discounts) (from|of) (them|their|our partners|partners|third parties|other companies|advertisers|sponsors)',
    '(products|services|offers|opportunities|content|deals) ** (may|might|could|would) (interest|be of interest to|appeal to) you',
    '(of interest|interesting|relevant) to you',
    '(market|advertise|promote) (to you|their|its|products|services)',
    '(for|in) (marketing|advertising|promotional|promotion|promotions|advertisements)',
    '(sponsored|promoted) (content|posts|stories|ads|listings|messages)',
    'in connection with * (advertising|advertisements|ads|marketing|promotions)',
    '(market|advertise|promote) * their (offerings|products|services)',
  ],
  examples: {
    yes: ['for marketing purposes', 'their own marketing', 'to show you ads', 'offers that may interest you', 'so they can offer you other insurance products', 'contact you with offers related to your trip', 'for a one-time mailing', 'for joint marketing'],
    no: ['to provide the service', 'interest-based advertising', 'for commercial purposes', 'to contact you about your order'],
  },
};

const targeting: LexiconEntry<Purpose> = {
  id: 'targeting',
  gloss: "advertising chosen from the user's behaviour: interest-based, personalised, retargeted",
  terms: [
    '(interest based|targeted|personalized|personalised|tailored|behavioral|behavioural|relevant|customized|customised|cross context behavioral|cross context behavioural|cookie based|interest and demographic based) (ads|advertising|advertisements|marketing|offers|messages|promotions|ad|ad campaigns)',
    '(retargeting|re targeting|remarketing|re marketing|targeted advertising|online behavioral advertising|online behavioural advertising)',
    '(ads|advertisements|advertising|offers) [that are|which are] (based on|tailored to|targeted to|relevant to) your (interests|activity|activities|browsing|preferences|visits|use)',
    '(target|tailor|personalize|personalise) (ads|advertisements|advertising|our ads|their ads) [to you]',
    '(target|measure and target) (their|its) (campaigns|ads|advertising|advertisements)',
    '(deliver|show|serve|display|provide) [you] (ads|advertisements|advertising) (based on|tailored to|relevant to|that match|that reflect) [*] (interests|activity|activities|browsing|preferences|visits|profile|behaviour|behavior)',
  ],
  examples: { yes: ['interest-based advertising', 'retargeting', 'ads based on your interests'], no: ['for marketing purposes'] },
};

const payment: LexiconEntry<Purpose> = {
  id: 'payment',
  gloss: 'money or other value given for the data: what makes a disclosure a sale',
  terms: [
    'for [monetary|valuable] [or other valuable] consideration',
    'in exchange for (money|payment|payments|compensation|consideration|value|revenue|a fee|fees|advertising revenue|analytics services|services)',
    'for (a fee|money|payment|compensation|a price|profit)',
    '(earn|earns|receive|receives|get|gets|make|makes) (commissions|a commission|fees|a fee|compensation|money|revenue|payment|payments)',
    '(pays|pay|paid) us',
    '(monetary|financial|valuable) (consideration|compensation|benefit)',
  ],
  examples: { yes: ['for monetary or other valuable consideration', 'in exchange for advertising revenue', 'a partner pays us'], no: ['for marketing'] },
};

const crossContext: LexiconEntry<Purpose> = {
  id: 'cross-context',
  gloss: "joining the user's activity across devices, apps or sites",
  terms: [
    'across (devices|your devices|apps|sites|websites|services|platforms|browsers|our apps and websites|our apps|our services|our sites)',
    'cross (device|context|site|platform|channel)',
  ],
  examples: { yes: ['across devices', 'cross-device'], no: ['on your device'] },
};

const invitation: LexiconEntry<Purpose> = {
  id: 'invitation',
  gloss: "inviting or referring other people: what makes collected details someone else's",
  terms: [
    'invite (someone|a friend|friends|colleagues|co workers|coworkers|people|others|contacts|your contacts|them|him or her)',
    '(send|sending|deliver) [them|him|her] (an|the|those|these|such|your) (invitation|invitations|invite|invites|referral|referrals)',
    '(text|email|e mail|message|invite) your (friends|contacts|colleagues)',
    'referral (program|programme|service|feature|scheme)',
    'refer (a friend|friends|someone|others|colleagues|people)',
    '(tell|email|e mail) a friend',
  ],
  examples: { yes: ['when you invite someone to join', 'to send the invitation', 'our referral program'], no: ['to send you invitations to our events'] },
};

const analyticsPurpose: LexiconEntry<Purpose> = {
  id: 'analytics',
  gloss: 'measurement, analytics and research',
  terms: [
    '(analytics|analytical|statistical|research|measurement) [purposes|purpose]',
    '(measure|analyze|analyse|understand) (how|the use|usage|traffic|the effectiveness|performance)',
    '(audience|ad) measurement',
  ],
  examples: { yes: ['for analytics purposes', 'to understand how users use the app'], no: ['for marketing purposes'] },
};

const legal: LexiconEntry<Purpose> = {
  id: 'legal',
  gloss: 'legal demands, enforcement and the protection of rights',
  terms: [
    'comply with [the|our|any|applicable|a|an] (law|laws|legal|regulations|regulatory|subpoena|subpoenas|court order|court orders|order|obligations|requests|process)',
    '(legal|judicial|governmental|government) (process|processes|proceedings|proceeding|obligations|obligation|requirements|requirement|requests|request|claims|claim|demands)',
    '(subpoena|subpoenas|warrant|warrants|court order|court orders|summons|search warrant)',
    '(protect|defend|enforce|establish|exercise) [our|the] (rights|property|safety|legal rights|terms|claims|interests)',
    '(law enforcement|national security|public safety) (purposes|requests|request|investigations)',
    '(investigate|prevent|detect) (illegal|unlawful|abuse|violations|wrongdoing)',
  ],
  examples: { yes: ['to comply with applicable law', 'in response to a subpoena', 'to enforce our terms'], no: ['for marketing'] },
};

const merger: LexiconEntry<Purpose> = {
  id: 'merger',
  gloss: 'a merger, acquisition, bankruptcy or sale of the business',
  terms: [
    '(merger|mergers|acquisition|acquisitions|reorganization|reorganisation|restructuring|bankruptcy|insolvency|receivership|divestiture|dissolution|liquidation|consolidation)',
    '(sale|sales|transfer|purchase) of ** (business|businesses|company|assets|stock|shares|units)',
    '(corporate|business) (transaction|transactions|restructuring|combination|deal)',
    'change (of|in) (control|ownership|corporate structure)',
    '(acquired|sold|bought|taken over) by',
    '(company|business|we|app|service|it|companies) (is|are|be|gets|get|were|was) [ever] (acquired|merged|sold|bought|taken over)',
    '(with|among|as part of|together with) (our|its|the) [business] assets',
    '(transferred|business|company) assets',
    '(sell|buy|acquire) [or (buy|sell|acquire)] (businesses|companies|business units)',
    '(joint venture|financing)',
  ],
  examples: { yes: ['in a merger', 'a sale of all or part of our business', 'in connection with a corporate transaction', 'if we are acquired by'], no: ['sale of your data'] },
};

const service: LexiconEntry<Purpose> = {
  id: 'service',
  gloss: 'providing the service the user asked for',
  terms: [
    '(provide|operate|maintain|deliver|improve|run|support) (the|our) (service|services|site|website|app|platform|products)',
    '(process|complete|fulfil|fulfill) (your|the) (order|orders|payment|payments|transaction|transactions|request|requests)',
    'on our behalf',
    '(customer support|customer service)',
  ],
  examples: { yes: ['to provide our services', 'on our behalf', 'to process your payment'], no: ['for advertising'] },
};

const security: LexiconEntry<Purpose> = {
  id: 'security',
  gloss: 'security, fraud prevention and safety',
  terms: ['(security|safety|fraud prevention|fraud protection|fraud detection|anti fraud|spam prevention) [purposes|reasons]', '(prevent|detect|protect against) (fraud|spam|abuse|security incidents)'],
  examples: { yes: ['for security purposes', 'to prevent fraud'], no: ['for advertising'] },
};

/** Purposes. */
export const PURPOSES: Lexicon<Purpose> = { cls: 'purpose', entries: [merger, targeting, payment, crossContext, invitation, legal, advertising, analyticsPurpose, security, service] };
