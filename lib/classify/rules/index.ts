import type { CategoryRules } from '../rule';
import { tracking } from './tracking';
import { doNotTrack } from './do-not-track';
import { businessTransfer } from './business-transfer';
import { governmentAccess } from './government-access';
import { internationalTransfer } from './international-transfer';
import { retention } from './retention';
import { security } from './security';
import { userRights } from './user-rights';
import { choice } from './choice';
import { policyChanges } from './policy-changes';
import { children } from './children';

/**
 * The dedicated rules of the categories that are not data flows (and of the legal-context flows:
 * business transfers, government access, transfers abroad), in taxonomy order. The data-flow
 * categories are decided by the label table (`../label-table.ts`); a meta-test checks that every
 * taxonomy category is decided by exactly one of the two.
 */
export const ALL_CATEGORY_RULES: CategoryRules[] = [
  tracking,
  doNotTrack,
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
