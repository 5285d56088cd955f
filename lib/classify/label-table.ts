import type { Action, Condition, DataType, Purpose, Recipient } from '../lexicon';
import type { Actor, ReadPractice } from '../practice/types';
import type { Label, Stance } from '../types';

/**
 * One row of the table from practices to labels: a practice that meets every field of the row
 * gets the row's label. Rows of one label are alternatives; a field left out asks nothing.
 */
export interface LabelRow {
  id: string;
  label: Label;
  /** The row in words. */
  says: string;
  actions: readonly Action[];
  negated: boolean;
  /** The practice names at least one of these data types (`any` = some data, of any type). */
  data?: readonly DataType[] | 'any';
  recipients?: ReadonlyArray<Recipient | 'we'>;
  sources?: readonly Recipient[];
  actors?: readonly Actor[];
  purposes?: readonly Purpose[];
  /** None of these purposes is named. */
  notPurposes?: readonly Purpose[];
  /** At least one of these conditions holds. */
  conditions?: readonly Condition[];
  /** None of these conditions holds. */
  without?: readonly Condition[];
  /** The action's finer sense (`receive`: handed to the actor). */
  sense?: string;
  /** How the action was read (a verb, a passive, a noun ...). */
  via?: ReadonlyArray<ReadPractice['via']>;
  /** How firmly it is stated. */
  modalities?: ReadonlyArray<ReadPractice['modality']>;
  /** The practice names every one of these data types. */
  allData?: readonly DataType[];
  /** The practice's data are only of these types (or none). */
  onlyData?: readonly DataType[];
  /** The data is named by a reference ("the information"), so it is data the actor was given. */
  dataIsReference?: true;
  /** Not this sense. */
  notSense?: string;
  /** The data is named as personal ("personal information"). */
  personal?: true;
  /** The sentence is short enough to state one thing. */
  brief?: true;
  /** The practice names no recipient. */
  noRecipient?: true;
  /** The sentence makes no exception after the action ("except as described below"). */
  unexcepted?: true;
  /** Stances of the row's own category it cancels on the same sentence ("only if you opt in" wins over "we share"). */
  suppress?: readonly Stance[];
  confidence?: number;
}

const ANY_ACTION: Action[] = ['collect', 'share', 'sell', 'combine', 'retain', 'track', 'use'];
const HOLDS: Action[] = ['collect', 'use', 'retain', 'combine', 'share', 'sell', 'track'];
const SENDS: Action[] = ['share', 'sell'];
const MARKETERS: Recipient[] = ['advertisers'];
// Recipients that are advertisers in substance when the purpose is marketing (taxonomy: "partners (affiliates included)").
const MAY_MARKET: Recipient[] = ['affiliates', 'partners', 'third-parties', 'social-networks', 'analytics'];
const SENSITIVE: DataType[] = ['financial', 'health', 'biometric', 'government-id', 'special-category'];
const OUTSIDE_SOURCES: Recipient[] = ['third-parties', 'partners', 'affiliates', 'data-brokers', 'social-networks', 'advertisers', 'analytics'];
const NOT_PERSONAL: Condition[] = ['aggregated'];
// Marketing in general, and advertising chosen from the user's behaviour.
const MARKETING: Purpose[] = ['advertising', 'targeting'];

/** The table. Lead risks first, then the other data flows, in taxonomy order. */
export const LABEL_TABLE: readonly LabelRow[] = [
  { id: 'paid-for-data', label: 'data-sale:risk', says: 'gives data for money or other value', actions: ['share'], negated: false, purposes: ['payment'], actors: ['we'] },
  { id: 'paid-for-access', label: 'data-sale:risk', says: 'lets others access data for money', actions: ['collect'], negated: false, purposes: ['payment'], data: 'any' },
  { id: 'trades-data', label: 'data-sale:risk', says: 'trades data with other companies', actions: ['sell'], sense: 'exchange', negated: false, data: 'any', recipients: ['third-parties', 'partners', 'advertisers', 'data-brokers'], without: NOT_PERSONAL, notPurposes: ['merger', 'security'] },
  { id: 'sells-data', label: 'data-sale:risk', says: 'sells, rents or trades data', actions: ['sell'], notSense: 'exchange', negated: false, data: 'any', actors: ['we', 'affiliates'], without: NOT_PERSONAL, notPurposes: ['merger', 'security'] },
  { id: 'does-not-sell', label: 'data-sale:protection', says: 'states it does not sell data', actions: ['sell'], negated: true, data: 'any', actors: ['we', 'affiliates'], suppress: ['risk'] },
  { id: 'does-not-sell-to', label: 'data-sale:protection', says: 'states it does not sell data to others', actions: ['sell'], negated: true, recipients: ['third-parties', 'advertisers', 'data-brokers', 'partners'], actors: ['we', 'affiliates'], suppress: ['risk'] },
  { id: 'shares-with-nobody', label: 'data-sale:protection', says: 'states it does not share personal data with third parties', actions: ['share'], negated: true, recipients: ['third-parties'], onlyData: ['personal-info'], actors: ['we'], via: ['verb'], notPurposes: ['advertising'], without: ['aggregated', 'no-consent', 'consent'], unexcepted: true },
  { id: 'shares-no-personal-data', label: 'data-sale:protection', says: 'states in a sentence of its own that it does not share personal data', actions: ['share'], negated: true, personal: true, brief: true, noRecipient: true, actors: ['we'], via: ['verb'], unexcepted: true },

  { id: 'shares-with-advertisers', label: 'advertiser-sharing:risk', says: 'shares data with advertisers', actions: SENDS, negated: false, recipients: MARKETERS, data: 'any', without: ['aggregated', 'consent'] },
  { id: 'lets-advertisers-contact', label: 'advertiser-sharing:risk', says: 'lets advertisers contact the user', actions: ['share'], sense: 'contact', negated: false, recipients: MARKETERS },
  { id: 'lets-partners-market', label: 'advertiser-sharing:risk', says: 'lets partners contact the user with their offers', actions: ['share'], sense: 'contact', negated: false, recipients: MAY_MARKET, purposes: MARKETING },
  { id: 'shown-in-ads', label: 'advertiser-sharing:risk', says: "shows the user's details to others in ads or sponsored content", actions: ['share'], negated: false, data: 'any', recipients: ['public'], purposes: MARKETING },
  { id: 'sold-for-advertising', label: 'advertiser-sharing:risk', says: 'sells data for advertising', actions: ['sell'], negated: false, data: 'any', purposes: MARKETING, without: ['aggregated', 'consent'] },
  { id: 'shares-for-marketing', label: 'advertiser-sharing:risk', says: 'shares data with partners or affiliates for marketing', actions: SENDS, negated: false, recipients: MAY_MARKET, purposes: MARKETING, without: ['aggregated', 'consent'] },
  { id: 'discloses-for-advertising', label: 'advertiser-sharing:risk', says: 'discloses personal data for advertising without naming to whom', actions: SENDS, negated: false, personal: true, noRecipient: true, via: ['verb', 'passive'], purposes: MARKETING, without: ['aggregated', 'consent'] },
  { id: 'advertisers-receive', label: 'advertiser-sharing:risk', says: 'advertisers receive or obtain data about the user', actions: ['collect'], sense: 'receive', negated: false, actors: MARKETERS, data: 'any', without: ['aggregated', 'consent'] },
  { id: 'partners-use-for-marketing', label: 'advertiser-sharing:risk', says: "partners or affiliates use the user's data for marketing", actions: ['use'], negated: false, actors: MAY_MARKET, data: 'any', purposes: MARKETING, without: ['aggregated', 'consent'] },
  { id: 'advertisers-receive-aggregates', label: 'advertiser-sharing:protection', says: 'advertisers receive only aggregated data', actions: ['collect'], sense: 'receive', negated: false, actors: MARKETERS, conditions: ['aggregated'], suppress: ['risk'] },
  { id: 'advertisers-market-with-data', label: 'advertiser-sharing:risk', says: "advertisers use the user's data for their marketing", actions: ['use'], negated: false, actors: MARKETERS, data: 'any', purposes: ['advertising'], without: ['aggregated', 'consent'] },
  { id: 'advertisers-use-data', label: 'advertiser-sharing:risk', says: 'advertisers use the data they were given', actions: ['use'], negated: false, actors: MARKETERS, dataIsReference: true, without: ['aggregated', 'consent'] },
  { id: 'partners-receive-for-marketing', label: 'advertiser-sharing:risk', says: 'partners or affiliates get data and market to the user', actions: ['collect'], sense: 'receive', negated: false, actors: MAY_MARKET, purposes: MARKETING, without: ['aggregated', 'consent'] },
  { id: 'partners-reach-out', label: 'advertiser-sharing:risk', says: 'partners or affiliates contact the user about their offers', actions: ['collect'], sense: 'reach', negated: false, actors: [...MARKETERS, ...MAY_MARKET], purposes: MARKETING, without: ['consent'] },
  { id: 'advertisers-get-nothing', label: 'advertiser-sharing:protection', says: 'states advertisers do not receive personal data', actions: ['collect'], sense: 'receive', negated: true, actors: MARKETERS, suppress: ['risk'] },
  { id: 'advertisers-get-aggregates', label: 'advertiser-sharing:protection', says: 'gives advertisers only aggregated or de-identified data', actions: SENDS, negated: false, recipients: MARKETERS, conditions: ['aggregated'], suppress: ['risk'] },
  { id: 'aggregates-for-marketing', label: 'advertiser-sharing:protection', says: 'shares only aggregated data for marketing', actions: SENDS, negated: false, recipients: MAY_MARKET, purposes: MARKETING, conditions: ['aggregated'], suppress: ['risk'] },
  { id: 'advertisers-with-consent', label: 'advertiser-sharing:protection', says: 'shares with advertisers only with opt-in consent', actions: SENDS, negated: false, recipients: MARKETERS, conditions: ['consent'], suppress: ['risk'] },
  { id: 'marketing-with-consent', label: 'advertiser-sharing:protection', says: "shares with partners for their marketing only with opt-in consent", actions: SENDS, negated: false, recipients: MAY_MARKET, purposes: MARKETING, conditions: ['consent'], suppress: ['risk'] },
  { id: 'not-without-opt-in', label: 'advertiser-sharing:protection', says: 'does not share with advertisers unless the user opts in', actions: SENDS, negated: true, recipients: MARKETERS, conditions: ['consent', 'no-consent'], suppress: ['risk'] },
  { id: 'no-advertiser-sharing', label: 'advertiser-sharing:protection', says: 'states it does not share data with advertisers', actions: SENDS, negated: true, recipients: MARKETERS, unexcepted: true, suppress: ['risk'] },
  { id: 'only-aggregates-to-others', label: 'advertiser-sharing:protection', says: 'shares no personal data with third parties, only aggregates', actions: SENDS, negated: true, recipients: MAY_MARKET, conditions: ['aggregated'], suppress: ['risk'] },
  { id: 'no-sharing-for-marketing', label: 'advertiser-sharing:protection', says: 'states it does not share data for others\' marketing', actions: SENDS, negated: true, purposes: MARKETING, suppress: ['risk'] },

  { id: 'reads-contacts', label: 'contacts-access:risk', says: "collects, uses or keeps the contact list or others' details", actions: HOLDS, negated: false, data: ['contacts'], without: ['on-device'] },
  { id: 'invitees-details', label: 'contacts-access:risk', says: 'collects or keeps details given to invite or refer other people', actions: ['collect', 'retain', 'use'], negated: false, data: ['personal-info'], purposes: ['invitation'] },
  { id: 'no-contacts', label: 'contacts-access:protection', says: 'states it does not access the contact list', actions: HOLDS, negated: true, data: ['contacts'], suppress: ['risk'] },
  { id: 'contacts-on-device', label: 'contacts-access:protection', says: 'the contact list stays on the device', actions: HOLDS, negated: false, data: ['contacts'], conditions: ['on-device'], suppress: ['risk'] },

  { id: 'location-used', label: 'location:risk', says: 'collects, uses or shares location', actions: HOLDS, negated: false, data: ['location'], without: ['on-device'] },
  { id: 'location-on-device', label: 'location:protection', says: 'location stays on the device', actions: HOLDS, negated: false, data: ['location'], conditions: ['on-device'], suppress: ['risk'] },
  { id: 'no-location', label: 'location:protection', says: 'states it does not collect or share location', actions: HOLDS, negated: true, data: ['location'], suppress: ['risk'] },

  { id: 'combines-sources', label: 'data-combination:risk', says: 'combines data with data from other sources', actions: ['combine'], negated: false, data: 'any', sources: OUTSIDE_SOURCES },
  { id: 'links-activity-to-identity', label: 'data-combination:risk', says: 'links tracked activity to the identity of the user', actions: ['combine'], negated: false, allData: ['activity', 'personal-info'] },
  { id: 'data-from-others', label: 'data-combination:risk', says: 'obtains data about users from other sources', actions: ['collect'], negated: false, data: 'any', sources: OUTSIDE_SOURCES },
  { id: 'uses-data-from-others', label: 'data-combination:risk', says: 'uses data it got from other sources', actions: ['use'], negated: false, data: 'any', sources: OUTSIDE_SOURCES },
  { id: 'builds-profiles', label: 'data-combination:risk', says: 'builds profiles from data of other sources', actions: ['combine'], sense: 'profile', negated: false, sources: OUTSIDE_SOURCES },
  { id: 'profiles-from-tracking', label: 'data-combination:risk', says: 'builds profiles from tracked activity', actions: ['combine'], sense: 'profile', negated: false, data: ['activity'] },
  { id: 'joins-across-contexts', label: 'data-combination:risk', says: 'joins activity across devices, apps or sites', actions: ['combine', 'use', 'collect', 'track'], negated: false, purposes: ['cross-context'] },

  { id: 'sensitive-collected', label: 'sensitive-data:risk', says: 'collects financial, health, biometric, government-id or special-category data', actions: HOLDS, negated: false, data: SENSITIVE },

  { id: 'opt-in-required', label: 'choice:protection', says: 'the practice needs the user\'s prior consent', actions: ANY_ACTION, negated: false, conditions: ['consent'], without: ['implied-consent', 'no-consent'] },
  { id: 'not-without-consent', label: 'choice:protection', says: 'the practice is denied without the user\'s consent (a sale denied so is a data-sale promise)', actions: ['collect', 'share', 'combine', 'retain', 'track', 'use'], negated: true, conditions: ['no-consent', 'consent'], without: ['implied-consent'] },
  { id: 'unless-you-object', label: 'choice:protection', says: 'the user can refuse the practice', actions: ANY_ACTION, negated: false, conditions: ['opt-out'], without: ['implied-consent'] },

  { id: 'reads-communications', label: 'communications-access:risk', says: 'accesses or keeps the content or records of communications', actions: ['collect', 'use', 'retain', 'track'], negated: false, data: ['communications'], actors: ['we', 'service-providers', 'affiliates', 'partners', 'third-parties'], without: ['encrypted'] },
  { id: 'end-to-end-encrypted', label: 'communications-access:protection', says: 'communications are end-to-end encrypted', actions: ANY_ACTION, negated: false, data: ['communications'], conditions: ['encrypted'], suppress: ['risk'] },
  { id: 'encrypted-unread', label: 'communications-access:protection', says: 'end-to-end encrypted communications are not read', actions: ANY_ACTION, negated: true, conditions: ['encrypted'], suppress: ['risk'] },
  { id: 'no-communications', label: 'communications-access:protection', says: 'states communications are not read or kept', actions: ['collect', 'use', 'retain', 'track'], negated: true, data: ['communications'], suppress: ['risk'] },

];

/** True when `p` meets every field of `row`. */
export function rowMatches(row: LabelRow, p: ReadPractice): boolean {
  if (p.negated !== row.negated || !row.actions.includes(p.action)) return false;
  // What users do with their own data is no practice of the service, unless the data reaches it.
  if (p.actor === 'user' && p.recipient !== 'we') return false;
  // The user declining to hand data over ("you may decline to share your location") is no promise of the service.
  if (p.actor === 'user' && p.negated) return false;
  if (row.data === 'any' ? p.data.length === 0 : row.data && !row.data.some((d) => p.data.includes(d))) return false;
  if (row.recipients && !(p.recipient && row.recipients.includes(p.recipient))) return false;
  if (row.noRecipient && p.recipient) return false;
  if (row.onlyData && p.data.some((d) => !row.onlyData?.includes(d))) return false;
  if (row.allData && !row.allData.every((d) => p.data.includes(d))) return false;
  if (row.via && !row.via.includes(p.via)) return false;
  if (row.modalities && !row.modalities.includes(p.modality)) return false;
  if (row.dataIsReference && !p.dataIsReference) return false;
  if (row.sense && p.sense !== row.sense) return false;
  if (row.notSense && p.sense === row.notSense) return false;
  if (row.personal && !p.personal) return false;
  if (row.brief && !p.brief) return false;
  if (row.unexcepted && p.excepted) return false;
  if (row.sources && !(p.source && row.sources.includes(p.source))) return false;
  if (row.actors && !row.actors.includes(p.actor)) return false;
  if (row.purposes && !row.purposes.some((x) => p.purposes.includes(x))) return false;
  if (row.notPurposes && row.notPurposes.some((x) => p.purposes.includes(x))) return false;
  if (row.conditions && !row.conditions.some((c) => p.conditions.includes(c))) return false;
  if (row.without && row.without.some((c) => p.conditions.includes(c))) return false;
  return true;
}
