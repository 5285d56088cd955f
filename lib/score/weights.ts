import type { Category } from '../types';

/**
 * Points a category's risk takes off the score (before the user's weight). The taxonomy's lead
 * risks weigh most; risks that expose what users say, who they are or where they are come next.
 */
export const RISK_POINTS: Record<Category, number> = {
  'data-sale': 16,
  'advertiser-sharing': 14,
  'do-not-track': 10,
  'contacts-access': 12,
  tracking: 7,
  location: 7,
  'sensitive-data': 5,
  'communications-access': 7,
  'data-combination': 6,
  'government-access': 6,
  'business-transfer': 4,
  'international-transfer': 4,
  retention: 5,
  security: 5,
  'user-rights': 6,
  choice: 5,
  'policy-changes': 5,
  children: 8,
};

/** Points a category's protection adds (before the user's weight). */
export const PROTECTION_POINTS: Record<Category, number> = {
  'data-sale': 6,
  'advertiser-sharing': 5,
  'do-not-track': 5,
  'contacts-access': 4,
  tracking: 5,
  location: 3,
  'sensitive-data': 0,
  'communications-access': 4,
  'data-combination': 0,
  'government-access': 3,
  'business-transfer': 2,
  'international-transfer': 2,
  retention: 3,
  security: 3,
  'user-rights': 4,
  choice: 3,
  'policy-changes': 3,
  children: 2,
};

/** Where every score starts: a policy with no risks and no protections is a "B". */
export const BASE_SCORE = 75;

/** A policy with any lead risk is graded C at best. */
export const LEAD_RISK_CAP = 69;

/** Below this much extracted text, or this few findings, there is not enough information. */
export const MIN_TEXT_LENGTH = 400;
export const MIN_FINDINGS = 2;

/** Lower bounds of the grades, best first. */
export const GRADE_FLOORS = [
  ['A', 85],
  ['B', 70],
  ['C', 55],
  ['D', 40],
  ['E', 0],
] as const;
