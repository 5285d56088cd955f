import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';

const labels = (text: string, heading = '') =>
  classifySentence(text, heading)
    .map((f) => f.label)
    .filter((l) => l.startsWith('children:'))
    .sort();

describe('children', () => {
  it('reads minors joining without a guardian as a risk', () => {
    expect(labels('Anyone aged 13 to 17 can sign up without permission from a parent.')).toEqual(['children:risk']);
  });

  it('reads a missing age check as a risk', () => {
    expect(labels('We do not verify the age of people who register.')).toEqual(['children:risk']);
  });

  it('reads an age gate stated as a prohibition as a protection', () => {
    expect(labels('Nobody younger than 13 may create an account.')).toEqual(['children:protection']);
  });

  it('does not read an adult-only eligibility clause as either', () => {
    expect(labels('You must be at least 18 years old to place an order.')).toEqual([]);
  });

  it('reads a parental-consent gate as a protection, not a risk', () => {
    expect(labels('Children under 13 can join only with verified parental consent.')).toEqual(['children:protection']);
  });

  it('reads "not intended for them" under a children heading', () => {
    expect(labels('This app is not designed for them.', 'Users under 16')).toEqual(['children:protection']);
    expect(labels('This app is not designed for them.', 'Accessibility')).toEqual([]);
  });

  it('does not mistake a stated minimum age for consent-free sign-up', () => {
    expect(labels('The minimum age to register without parental consent is 16 in some countries.')).toEqual([]);
  });
});
