import type { Lexicon, LexiconEntry } from './types';

/** Who receives data, or who obtains it from the user. */
export type Recipient =
  | 'advertisers'
  | 'data-brokers'
  | 'affiliates'
  | 'partners'
  | 'service-providers'
  | 'analytics'
  | 'social-networks'
  | 'government'
  | 'acquirer'
  | 'public'
  | 'abroad'
  | 'third-parties';

// Words that make a noun a business whose trade is marketing.
const AD = '(advertising|ad|ads|marketing|promotional|co marketing|joint marketing|adtech|ad tech)';
const BUSINESS = '(partner|partners|network|networks|company|companies|provider|providers|vendor|vendors|agency|agencies|platform|platforms|firm|firms|service providers|technology partners|technology companies|technology providers|tech partners|tech companies|servers|serving companies|exchanges|intermediaries|businesses|organizations|organisations|entities)';

const advertisers: LexiconEntry<Recipient> = {
  id: 'advertisers',
  gloss: 'advertisers, ad networks, marketers, sponsors and advertising or marketing partners',
  terms: [
    '[third party|third parties|other|our] (advertiser|advertisers|marketers|sponsors|co sponsors|cosponsors|sponsor)',
    `[third party|other|our|trusted|selected] ${AD} ${BUSINESS}`,
    `${AD} and (analytics|measurement|marketing|advertising|media|social media|other) ${BUSINESS}`,
    `[our|third party] ${AD} (network|networks|tech|technology|serving) (vendors|vendor|providers|provider|partners|companies|company)`,
    '(rewards|offer|offers|lead generation|promotions|loyalty programme|loyalty program|affiliate marketing|retargeting|remarketing) (partners|providers|companies)',
    '(demand|supply) side platforms',
    '(doubleclick|criteo|taboola|outbrain|appnexus|the trade desk|mopub|admob|applovin|unity ads|google ads|adsense|google adsense|google ad manager)',
    '(companies|businesses|firms|organizations) (that|who|which) (offer|provide|sell) (marketing|advertising) [services|products]',
    '(companies|businesses|firms|organizations|brands|partners) (that|who|which) (run|offer|operate|host|sponsor) [*] (promotions|sweepstakes|contests|campaigns|promotional offers)',
    '(companies|businesses|third parties|organizations|partners) (that|who|which) (want|wish|would like|may want) to (market|advertise|promote|offer|sell)',
    'media (agencies|buyers)',
    '(companies|businesses|organizations|organisations|brands|third parties|partners) whose ** (may|might|could|would) (interest|be of interest to|appeal to) you',
  ],
  examples: {
    yes: ['advertisers', 'advertising partners', 'ad networks', 'marketing companies', 'our sponsors', 'rewards providers', 'third-party advertising companies'],
    no: ['service providers', 'our affiliates'],
  },
};

const dataBrokers: LexiconEntry<Recipient> = {
  id: 'data-brokers',
  gloss: 'data brokers and other companies that trade in data about people',
  terms: [
    '(data|list|information) (brokers|broker|resellers|aggregators|suppliers|vendors|compilers)',
    '(consumer|credit) (reporting|reference) agencies',
    'credit (bureaus|bureau|agencies)',
    'credit (reports|report|checks|check|history|scores|score)',
    '(third party|commercial|public|publicly available|other|external|outside) (sources|databases|records|data sources)',
    'publicly available (information|data)',
    'data (providers|companies|partners)',
    '(background check|background screening|identity verification|consumer reporting|people search) (providers|provider|companies|company|services|vendors|agencies)',
    'data (enrichment|append|appending) (vendors|providers|services|companies|partners)',
    '(marketing|mailing) list (providers|compilers|brokers|vendors)',
    '(device graph|identity resolution) (providers|partners|vendors|companies)',
  ],
  examples: { yes: ['data brokers', 'credit bureaus', 'publicly available sources', 'third-party sources', 'background check providers', 'data enrichment vendors'], no: ['brokers of real estate'] },
};

const affiliates: LexiconEntry<Recipient> = {
  id: 'affiliates',
  gloss: "the company's corporate family: affiliates, subsidiaries, parent and sister companies",
  terms: [
    '[our|corporate] (affiliate|affiliates|subsidiaries|subsidiary)',
    '(affiliated|related|sister|group|parent|associated) (companies|company|entities|entity|businesses|brands|organizations)',
    '(family|group) of * (companies|brands|businesses|apps|services|products)',
    'corporate (family|group|affiliates)',
    '(companies|entities|members|businesses|brands) (in|within|of) (our|the) [same] (group|corporate group|corporate family|family of companies|family)',
    '(companies|entities|brands) (we own|under common ownership|under common control|that we own or control|that are (controlled|owned) by us|(controlled|owned) by us)',
    '(under|in) common (control|ownership)',
  ],
  not: ['affiliate (links|programs|programmes|program|marketing)'],
  examples: { yes: ['our affiliates', 'subsidiaries', 'related companies', 'our family of companies'], no: ['affiliate links'] },
};

const partners: LexiconEntry<Recipient> = {
  id: 'partners',
  gloss: 'business partners of unstated kind',
  terms: [
    '[our|business|trusted|selected|carefully selected|select|strategic|third party|commercial|co branded|joint venture|integration|content|channel|reseller|retail|brand|industry|research|travel|data|media|program|programme|platform|technology|distribution] (partner|partners)',
    '(partner|selected|carefully selected|carefully chosen|chosen|reputable|trusted) (companies|businesses|organisations|organizations|third parties|brands)',
    // Businesses whose trade is selling goods to the user: partners in substance when the purpose is marketing.
    '[other|third party|participating|partner] (manufacturers|brands|merchants|retailers)',
  ],
  examples: { yes: ['our partners', 'trusted partners', 'carefully selected companies', 'from our retail partners'], no: ['our affiliates'] },
};

const serviceProviders: LexiconEntry<Recipient> = {
  id: 'service-providers',
  gloss: 'processors acting for the service: vendors, contractors, hosting, payment and support providers',
  terms: [
    '[third party|trusted|our] (service|services) (provider|providers|companies)',
    '[third party|our] (vendor|vendors|supplier|suppliers|contractor|contractors|processor|processors|subprocessors|sub processors|agents|consultants)',
    '(data|payment|hosting|cloud|email|customer support|customer service|technology|it|infrastructure|delivery|shipping|fulfilment|fulfillment) (processors|providers|vendors|services providers|service providers)',
    '(companies|businesses|third parties|organizations|entities) (that|who|which) (help|assist|work with|work for|provide services|perform services|act on behalf|process data on behalf|support) [us]',
  ],
  examples: { yes: ['service providers', 'vendors', 'payment processors', 'companies that help us'], no: ['advertising partners'] },
};

const analytics: LexiconEntry<Recipient> = {
  id: 'analytics',
  gloss: 'analytics and measurement companies',
  terms: [
    '[third party|web] (analytics|analytical|measurement|audience measurement) (providers|provider|partners|companies|company|services|service|vendors|tools|platforms)',
    '(google analytics|firebase analytics|adobe analytics|mixpanel|amplitude|hotjar|comscore|nielsen|quantcast|appsflyer|kochava|adjust|branch|flurry|crashlytics|segment|new relic|fullstory)',
  ],
  examples: { yes: ['analytics providers', 'Google Analytics', 'measurement partners'], no: ['analysis'] },
};

const socialNetworks: LexiconEntry<Recipient> = {
  id: 'social-networks',
  gloss: 'social networks and platforms the user connects to the service',
  terms: [
    'social (media|network|networking) [platforms|platform|sites|site|services|service|networks|companies|providers|accounts|account]',
    '(facebook|instagram|twitter|linkedin|snapchat|tiktok|pinterest|youtube|google|apple|microsoft|amazon|meta)',
  ],
  examples: { yes: ['social media platforms', 'Facebook', 'social networks'], no: ['our network'] },
};

const government: LexiconEntry<Recipient> = {
  id: 'government',
  gloss: 'public authorities: law enforcement, courts, regulators, government agencies',
  terms: [
    'law enforcement [agencies|agency|authorities|officials|bodies]',
    '[public|government|governmental|regulatory|tax|judicial|supervisory|competent|other] (authorities|authority|agencies|agency|officials|bodies|entities|regulators)',
    '(police|courts|court|regulators|tribunals|intelligence agencies|security services)',
    '(government|governments)',
  ],
  examples: { yes: ['law enforcement', 'government agencies', 'public authorities', 'courts'], no: ['our partners'] },
};

const acquirer: LexiconEntry<Recipient> = {
  id: 'acquirer',
  gloss: 'who takes over the business: buyer, acquirer, successor',
  terms: [
    '[prospective|potential|actual] (acquirer|acquirers|acquiror|purchaser|purchasers|buyer|buyers|successor|successors|investors|lenders)',
    '(acquiring|successor|surviving|new) (entity|entities|company|companies|owner|owners|business|organization)',
    'successor in interest',
  ],
  examples: { yes: ['the acquirer', 'a successor entity', 'prospective buyers'], no: ['advertisers'] },
};

const isPublic: LexiconEntry<Recipient> = {
  id: 'public',
  gloss: 'other users and the public',
  terms: [
    '(the public|publicly|general public|anyone|everyone|search engines)',
    'other (users|members|players|people|participants|customers)',
    '(your|their) (followers|matches|audience|friends)',
    '(people|users|members) (you|that you|who you) (interact|communicate|connect|chat|message|share) [with]',
  ],
  examples: { yes: ['other users', 'the public', 'your followers'], no: ['service providers'] },
};

const abroad: LexiconEntry<Recipient> = {
  id: 'abroad',
  gloss: "another country than the user's: where data is sent or stored abroad",
  terms: [
    '(other|foreign|third|different|multiple) (countries|country|jurisdictions)',
    '(another|a different|a third|any other) (country|jurisdiction)',
    '(countries|jurisdictions) (other than|outside) [of] [your|the|their]',
    'outside [of] [your|the] (country|countries|jurisdiction|european economic area|eea|european union|eu|united kingdom|uk|switzerland|region|country of residence|country where you live|state or province)',
    '(countries|jurisdictions) (where|in which) (we|our|they)',
    '(the united states|the us|the u s|united states of america)',
  ],
  examples: { yes: ['other countries', 'outside the European Economic Area', 'the United States', 'a different jurisdiction'], no: ['our partners'] },
};

const thirdParties: LexiconEntry<Recipient> = {
  id: 'third-parties',
  gloss: 'anyone outside the company, of unstated kind',
  terms: [
    '[any|other|certain|selected|unaffiliated|non affiliated|nonaffiliated|outside] (third party|third parties)',
    'third party (companies|organizations|organisations|businesses|entities|websites|sites|services|apps|applications|providers|vendors)',
    '(other|outside|unaffiliated|nonaffiliated|non affiliated|external|independent) * (companies|parties|entities|businesses|organizations|organisations|firms|publishers|brands|merchants|retailers|sellers|developers)',
    '(others|outsiders)',
    '(brands|companies|pages|creators|businesses) (you|that you) (follow|like|interact with|engage with)',
    '(merchants|retailers|publishers|developers|employer|employers|organizations|organisations)',
    '(another|the other) (service|app|application|platform|website|site|company|party)',
    '(companies|businesses|entities|organizations) [that] we do not (own|control)',
    '(these|such|those) (entities|companies|parties|organizations|organisations|businesses|providers|vendors|recipients)',
  ],
  examples: { yes: ['third parties', 'unaffiliated companies', 'other companies', 'outside parties'], no: ['our affiliates'] },
};

/** Recipients, most specific first. */
export const RECIPIENTS: Lexicon<Recipient> = {
  cls: 'recipient',
  entries: [advertisers, dataBrokers, analytics, affiliates, serviceProviders, socialNetworks, government, acquirer, abroad, partners, isPublic, thirdParties],
};
