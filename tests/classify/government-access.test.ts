import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';

const labels = (text: string, heading = '', lead = '') =>
  classifySentence(text, heading, lead)
    .map((f) => f.label)
    .filter((l) => l.startsWith('government-access:'));

describe('government-access', () => {
  it('treats disclosure on the service\'s own judgement as a risk', () => {
    expect(labels('We may release account details when we believe in good faith that doing so protects our property.')).toEqual([
      'government-access:risk',
    ]);
  });

  it('does not treat answering a subpoena alone as discretionary', () => {
    expect(labels('We may disclose personal information to courts in response to civil subpoenas.')).toEqual([]);
  });

  it('finds the legal request for a notice promise in the paragraph lead', () => {
    const lead = 'We may be required to respond to subpoenas or court orders.';
    expect(labels('In those cases, we will notify you unless we are prohibited from doing so.', '', lead)).toEqual([
      'government-access:protection',
    ]);
    expect(labels('In those cases, we will notify you unless we are prohibited from doing so.')).toEqual([]);
  });

  it('does not read a notice about a merger as a promise about government requests', () => {
    expect(
      labels('If we are acquired, we will notify you of any change in control of your data.', 'Legal requests'),
    ).toEqual([]);
  });

  it('reads "will not produce ... until" with a subpoena as a protection', () => {
    expect(labels('We will not produce subscriber records until ten days after a subpoena is served.')).toEqual([
      'government-access:protection',
    ]);
  });

  it('reads disclosure limited to legal compulsion as a protection, not a risk', () => {
    expect(labels('We pass account data to the police only where we are legally obliged to.')).toEqual([
      'government-access:protection',
    ]);
  });

  it('keeps the risk when the limit also leaves room for the service\'s own judgement', () => {
    expect(
      labels('We share data with authorities only when legally required or when we believe it protects our property.'),
    ).toEqual(['government-access:risk']);
  });

  it('reads a refusal without a warrant as a protection', () => {
    expect(labels('Nothing you store is handed to officials without a search warrant.')).toEqual([
      'government-access:protection',
    ]);
  });

  it('reads "only when legally required" under a law-enforcement heading', () => {
    expect(labels('Only when the law compels us to.', 'Requests from law enforcement')).toEqual([
      'government-access:protection',
    ]);
    expect(labels('Only when the law compels us to.', 'Cookies')).toEqual([]);
  });
});
