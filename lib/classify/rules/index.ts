import type { CategoryRules } from '../rule';
import { dataSale } from './data-sale';
import { advertiserSharing } from './advertiser-sharing';
import { tracking } from './tracking';
import { doNotTrack } from './do-not-track';
import { contactsAccess } from './contacts-access';
import { location } from './location';
import { dataCombination } from './data-combination';
import { sensitiveData } from './sensitive-data';
import { communicationsAccess } from './communications-access';
import { businessTransfer } from './business-transfer';
import { governmentAccess } from './government-access';
import { internationalTransfer } from './international-transfer';
import { retention } from './retention';
import { security } from './security';
import { userRights } from './user-rights';
import { choice } from './choice';
import { policyChanges } from './policy-changes';
import { children } from './children';

/** Every category's rules, in taxonomy order. A meta-test checks every taxonomy category is here. */
export const ALL_CATEGORY_RULES: CategoryRules[] = [
  dataSale,
  advertiserSharing,
  tracking,
  doNotTrack,
  contactsAccess,
  location,
  dataCombination,
  sensitiveData,
  communicationsAccess,
  businessTransfer,
  governmentAccess,
  internationalTransfer,
  retention,
  security,
  userRights,
  choice,
  policyChanges,
  children,
];
