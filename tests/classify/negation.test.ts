import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';
import { compileCategory, isBareHeading, runRules } from '../../lib/classify/engine';
import { isNegated } from '../../lib/classify/negation';
import type { CategoryRules } from '../../lib/classify/rule';
import type { Label, Sentence } from '../../lib/types';

/** Negation of the first occurrence of `word` in `text`. */
function negated(text: string, word: string): boolean {
  const i = text.toLowerCase().indexOf(word.toLowerCase());
  if (i < 0) throw new Error(`"${word}" not in "${text}"`);
  return isNegated(text, i, word.length);
}

const labels = (text: string, heading = '', lead = ''): Label[] => classifySentence(text, heading, lead).map((f) => f.label);

describe('isNegated', () => {
  it('reads plain and contracted negators before the trigger', () => {
    expect(negated('We do not sell your data.', 'sell')).toBe(true);
    expect(negated("We don't sell your data.", 'sell')).toBe(true);
    expect(negated('Your data will never be sold.', 'sold')).toBe(true);
    expect(negated('We are unable to respond to these signals.', 'respond')).toBe(true);
    expect(negated('We may sell your data.', 'sell')).toBe(false);
  });

  it('reads a negated subject at the head of a long clause', () => {
    expect(negated('None of the software on our apps will ever access your location.', 'access')).toBe(true);
    expect(negated('Under no circumstances will the data we collect from you be sold.', 'sold')).toBe(true);
  });

  it('reads refusals and prohibitions as negators', () => {
    expect(negated('We refuse to sell your data to anyone.', 'sell')).toBe(true);
    expect(negated('Our partners are prohibited from selling the data we give them.', 'selling')).toBe(true);
    expect(negated('We may refuse to process your request, and we may sell your data.', 'sell')).toBe(false);
  });

  it('reads a gerund subject denied by its predicate', () => {
    expect(negated('Selling your data is not something we do.', 'Selling')).toBe(true);
    expect(negated('Renting customer lists is not part of our business model.', 'Renting')).toBe(true);
    // Only when the trigger opens the clause: here the denial is about something else.
    expect(negated('We sell your data, which is not something other apps do.', 'sell')).toBe(false);
    expect(negated('Sharing your data with partners is how we fund the service.', 'Sharing')).toBe(false);
    expect(negated('Google Analytics is not used on this site.', 'Google Analytics')).toBe(true);
    expect(negated('Third-party cookies are never set by our pages.', 'Third-party cookies')).toBe(true);
    expect(negated('Google Analytics is used on this site.', 'Google Analytics')).toBe(false);
  });

  it('stops at clause boundaries', () => {
    expect(negated('We do not rent your data, but we may sell it to partners.', 'sell')).toBe(false);
    expect(negated('We do not rent your data, and we may sell it to partners.', 'sell')).toBe(false);
    expect(negated('We will not rent your data, and we will never sell it.', 'sell')).toBe(true);
    expect(negated('We will never: sell your personal data or show you ads.', 'sell')).toBe(true);
    expect(negated('Nothing changes for you: we may sell your data.', 'sell')).toBe(false);
    expect(negated('We never share it except that we may disclose it to advertisers.', 'disclose')).toBe(false);
  });

  it('ignores phrases that only look negative', () => {
    expect(negated('We collect data including, but not limited to, your name, and share it.', 'share')).toBe(false);
    expect(negated('Whether or not you have an account, we collect your IP address.', 'collect')).toBe(false);
  });

  it('does not read the name of a Do Not Track signal as a negation', () => {
    expect(negated('Do Not Track signals are honored by our site.', 'honored')).toBe(false);
    expect(negated('Our site honors "do not track" requests.', 'honors')).toBe(false);
    // ...but plain prose "we do not track" still negates what follows it.
    expect(negated('We do not track or profile our users.', 'profile')).toBe(true);
  });

  it('does not read the CCPA "Do Not Sell My Personal Information" link as a promise', () => {
    expect(negated('Click the Do Not Sell My Personal Information link to opt out.', 'sell')).toBe(false);
  });
});

describe('stance from negations, exceptions and conditionals', () => {
  it('data-sale: negation, exception, consent condition, opt-out', () => {
    expect(labels('Except as described below, we do not sell or rent your personal data.')).toContain('data-sale:protection');
    expect(labels('We will not sell your data without your consent.')).toContain('data-sale:protection');
    expect(labels('We may sell your personal information unless you opt out.')).toContain('data-sale:risk');
    expect(labels('We do not now, nor will we in the future, rent or lease our customer lists.')).toContain('data-sale:protection');
    expect(labels('If our company is acquired, customer data may be sold with our assets.')).not.toContain('data-sale:risk');
  });

  it('advertiser-sharing: opt-in turns the sharing into a protection, an exception for advertisers into a risk', () => {
    expect(labels('We share your email with our sponsors only if you opt in.')).toEqual(expect.arrayContaining(['advertiser-sharing:protection']));
    expect(labels('We share your email with our sponsors only if you opt in.')).not.toContain('advertiser-sharing:risk');
    expect(labels('We do not share your personal information with third parties, except advertisers.')).toContain('advertiser-sharing:risk');
    expect(labels('We do not share your personal information with third parties, except advertisers.')).not.toContain('advertiser-sharing:protection');
    expect(labels('We may share it with marketing partners unless you opt out.')).toContain('advertiser-sharing:risk');
    expect(labels('We may disclose aggregated statistics to advertisers, which do not identify you.')).toContain('advertiser-sharing:protection');
  });

  it('advertiser-sharing: context from the paragraph lead', () => {
    const s = 'We may disclose to these entities any information that could be used to identify you personally.';
    expect(labels(s, '', 'Advertisers: we work with advertisers who fund the service.')).toContain('advertiser-sharing:risk');
    expect(labels(s, 'Legal requests', 'Law enforcement: we answer valid subpoenas.')).not.toContain('advertiser-sharing:risk');
  });

  it('do-not-track: every common way of not honouring the signal', () => {
    for (const s of [
      'We do not respond to Do Not Track signals.',
      'Because there is no industry standard for DNT, our site does not respond to it.',
      'We currently do not honor browser DNT.',
      'Our systems do not recognize browser "do-not-track" requests.',
      'Not all of our websites currently respond to browser do not track signals.',
    ]) expect(labels(s), s).toContain('do-not-track:risk');
    expect(labels('We do not currently respond to those signals.', 'Do Not Track')).toContain('do-not-track:risk');
    expect(labels('We honor Do Not Track and Global Privacy Control signals.')).toEqual(expect.arrayContaining(['do-not-track:protection']));
    expect(labels('We honor Do Not Track and Global Privacy Control signals.')).not.toContain('do-not-track:risk');
    expect(labels('Although we honor your privacy preferences, we are unable to respond to Do Not Track signals.')).not.toContain('do-not-track:protection');
  });

  it('contacts-access: address book, referrals, and the promise not to', () => {
    expect(labels('We may access your address book to suggest people you know.')).toContain('contacts-access:risk');
    expect(labels('To invite a friend, we ask for your friend\'s name and email address.')).toContain('contacts-access:risk');
    expect(labels('We do not access your contacts.')).toEqual(['contacts-access:protection']);
    expect(labels('Please contact us with any questions.')).toEqual([]);
  });

  it('tracking: third parties are needed for a risk; a denial is a protection', () => {
    expect(labels('Our advertising partners use cookies to show you interest-based ads on other sites.')).toContain('tracking:risk');
    expect(labels('We use cookies to remember your language.')).not.toContain('tracking:risk');
    expect(labels('We do not use third-party trackers or advertising cookies.')).toContain('tracking:protection');
    expect(labels('We do not use third-party trackers or advertising cookies.')).not.toContain('tracking:risk');
  });

  it('location: collection vs. the user switching it off', () => {
    expect(labels('We may collect your precise location from GPS signals.')).toContain('location:risk');
    expect(labels('You can turn off access to your location at any time.')).not.toContain('location:risk');
    expect(labels('We do not collect or share location data.')).toContain('location:protection');
  });
});

describe('engine features', () => {
  const toy: CategoryRules = {
    category: 'data-sale',
    cue: /sell|share/i,
    rules: [
      { id: 'sells', stance: 'risk', match: /\bsell\b/i, polarity: 'affirmed' },
      { id: 'only-if', stance: 'protection', match: /\bonly\s+if\s+you\s+agree\b/i, suppress: ['risk'], confidence: 0.5 },
      { id: 'context', stance: 'risk', match: /\bthem\b/i, topic: /brokers/i, topicIn: ['heading', 'lead'] },
    ],
    examples: [],
  };
  const compiled = [compileCategory(toy)];
  const run = (text: string, heading = '', lead = ''): Label[] => {
    const s: Sentence = { text, start: 0, end: text.length, block: 0, heading, lead };
    return runRules(compiled, [s]).map((f) => f.label);
  };

  it('a suppressing rule cancels the other stance even with a lower confidence', () => {
    expect(run('We sell it.')).toEqual(['data-sale:risk']);
    expect(run('We sell it only if you agree.')).toEqual(['data-sale:protection']);
  });

  it('a context-only rule runs when the cue misses the sentence, and only in that context', () => {
    expect(run('We give them your details.', 'Data brokers')).toEqual(['data-sale:risk']);
    expect(run('We give them your details.', 'Support')).toEqual([]);
    // topicIn leaves out the sentence: the word in the sentence itself does not count.
    expect(run('We give them to brokers.')).toEqual([]);
  });

  it('skips lines that only name a section', () => {
    expect(isBareHeading('Interest-Based Advertising')).toBe(true);
    expect(isBareHeading('We Do Not Sell Your Data')).toBe(false);
    expect(isBareHeading('No tracking.')).toBe(false);
    expect(isBareHeading('Third Party Advertisers and Third Party Websites')).toBe(true);
    expect(isBareHeading('Information We Obtain From Other Sources')).toBe(true);
    expect(isBareHeading('We Do Not Sell Your Personal Information')).toBe(false);
    expect(isBareHeading('our partners and advertisers share information with us')).toBe(false);
    expect(labels('Third-Party Advertising Cookies')).toEqual([]);
  });
});
