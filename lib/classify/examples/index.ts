import type { Category } from '../../types';
import type { Example } from '../rule';
import { ADVERTISER_SHARING_EXAMPLES } from './advertiser-sharing';
import { COMMUNICATIONS_ACCESS_EXAMPLES } from './communications-access';
import { CONTACTS_ACCESS_EXAMPLES } from './contacts-access';
import { DATA_COMBINATION_EXAMPLES } from './data-combination';
import { DATA_SALE_EXAMPLES } from './data-sale';
import { LOCATION_EXAMPLES } from './location';
import { SENSITIVE_DATA_EXAMPLES } from './sensitive-data';

/**
 * Examples of the categories the label table decides (their rows are in `label-table.ts`); the
 * categories with dedicated rules keep their examples beside their rules. A meta-test runs them all.
 */
export const TABLE_EXAMPLES: ReadonlyArray<{ category: Category; examples: Example[] }> = [
  { category: 'data-sale', examples: DATA_SALE_EXAMPLES },
  { category: 'advertiser-sharing', examples: ADVERTISER_SHARING_EXAMPLES },
  { category: 'contacts-access', examples: CONTACTS_ACCESS_EXAMPLES },
  { category: 'location', examples: LOCATION_EXAMPLES },
  { category: 'data-combination', examples: DATA_COMBINATION_EXAMPLES },
  { category: 'sensitive-data', examples: SENSITIVE_DATA_EXAMPLES },
  { category: 'communications-access', examples: COMMUNICATIONS_ACCESS_EXAMPLES },
];
