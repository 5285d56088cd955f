import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';
import { shortDenial } from '../../lib/classify/rules/context-denial';
import type { Label } from '../../lib/types';

const labels = (text: string, heading = '', lead = ''): Label[] => classifySentence(text, heading, lead).map((f) => f.label);

describe('shortDenial', () => {
  const re = shortDenial('sell|rent', 'sold|rented');
  it('matches short pronoun, none/nothing and bare answers', () => {
    for (const s of ["We don't do it.", 'We never sell it.', 'None is ever sold.', 'Nothing gets rented.', 'It is never sold.', 'No.', "We don't."]) {
      expect(re.test(s), s).toBe(true);
    }
  });
  it('does not match affirmations or long sentences that merely start like a denial', () => {
    for (const s of [
      'We do it.',
      'We sell it to partners.',
      'We do not sell it, but we share your email address, your name, your phone number and your purchase history with our many partners.',
    ]) {
      expect(re.test(s), s).toBe(false);
    }
  });
});

describe('denials whose subject is only in the heading', () => {
  it('data-sale: under a selling heading or lead', () => {
    expect(labels("We don't do that.", 'Selling your information')).toContain('data-sale:protection');
    expect(labels('No.', '', 'Do we rent or sell your data?')).toContain('data-sale:protection');
    expect(labels("We don't do that.", 'Sale or merger of the business')).not.toContain('data-sale:protection');
    expect(labels("We don't do that.", 'Cookies')).not.toContain('data-sale:protection');
  });
  it('location: under a location heading', () => {
    expect(labels('None is collected by our app.', 'Location data')).toContain('location:protection');
    expect(labels('We may also derive it from your IP address.', 'Your location')).toContain('location:risk');
    expect(labels('We do not share it with anyone.', 'Your location')).not.toContain('location:risk');
  });
});
