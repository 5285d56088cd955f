import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';

const labels = (text: string) =>
  classifySentence(text)
    .map((f) => f.label)
    .filter((l) => l.startsWith('choice:'))
    .sort();

describe('choice', () => {
  it('keeps an opt-out offer a protection even after "if you do not wish"', () => {
    expect(labels('If you do not wish to receive these messages, you may opt out at any time.')).toEqual(['choice:protection']);
  });

  it('reads "cannot opt out" as a risk, not a protection', () => {
    expect(labels('Members cannot opt out of account notices.')).toEqual(['choice:risk']);
    expect(labels('Opting out of analytics is not possible in the mobile app.')).toEqual(['choice:risk']);
  });

  it('reads consent implied by use as a risk', () => {
    expect(labels('By accessing the website you agree to our processing of your data.')).toEqual(['choice:risk']);
  });

  it('leaves acceptance of a revised policy to policy-changes', () => {
    expect(labels('By using the site after we revise this policy, you accept the changes.')).toEqual([]);
  });

  it('distinguishes "will not share without your consent" from "may share without your consent"', () => {
    expect(labels('We will not pass your details to partners without your consent.')).toEqual(['choice:protection']);
    expect(labels('We may pass your details to partners without your consent.')).toEqual([]);
  });

  it('does not count a warning about disabled cookies as a choice offered', () => {
    expect(labels('Disabling cookies may prevent you from logging in.')).toEqual([]);
  });

  it('reads withdrawing consent as a protection', () => {
    expect(labels('You are free to revoke your consent whenever you wish.')).toEqual(['choice:protection']);
  });

  it('reads default-on use the user can refuse as a protection', () => {
    expect(labels('We may share your profile with partners unless you object.')).toEqual(['choice:protection']);
  });

  it('reads marketing made a condition of the service as a risk', () => {
    expect(labels('Receiving promotional emails is a condition of using the free plan.')).toEqual(['choice:risk']);
  });

  it('reads mere access as consent as a risk', () => {
    expect(labels('Accessing the website constitutes your consent to our processing of your data.')).toEqual(['choice:risk']);
  });

  it('does not read a cosmetic setting as a choice about data', () => {
    expect(labels('You can switch to dark mode in the settings menu.')).toEqual([]);
  });
});
