import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';

const labels = (text: string, heading = '', lead = '') =>
  classifySentence(text, heading, lead)
    .map((f) => f.label)
    .filter((l) => l.startsWith('business-transfer:'))
    .sort();

describe('business-transfer', () => {
  it('reads a successor held to the policy as a protection only', () => {
    expect(labels('Whoever buys our business will have to keep the promises made in this privacy policy.')).toEqual([
      'business-transfer:protection',
    ]);
  });

  it('lets a conditional transfer count as the protection, not the risk', () => {
    expect(
      labels('In an acquisition we may transfer your records, provided that the buyer agrees to honour this notice.'),
    ).toEqual(['business-transfer:protection']);
  });

  it('keeps the risk when a separate statement says the data may be sold', () => {
    expect(
      labels('If we merge with another company, your data may be sold as part of the deal. We will notify you by email.'),
    ).toEqual(['business-transfer:protection', 'business-transfer:risk']);
  });

  it('reads a deal named only in the heading', () => {
    expect(labels('Customer accounts may be handed over to the other company.', 'Sale or merger of the company')).toEqual([
      'business-transfer:risk',
    ]);
    expect(labels('Customer accounts may be handed over to the other company.')).toEqual([]);
  });

  it('does not read a notice nobody is obliged to give as a protection', () => {
    expect(labels('In a merger we are not required to notify you before your data is transferred.')).toEqual([
      'business-transfer:risk',
    ]);
  });

  it('does not take a transfer of information abroad for a sale of the business', () => {
    expect(labels('You consent to the transfer of all such information to other countries.')).toEqual([]);
  });
});
