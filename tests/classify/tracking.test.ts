import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';
import type { Label } from '../../lib/types';

const labels = (text: string, heading = '', lead = ''): Label[] => classifySentence(text, heading, lead).map((f) => f.label);

describe('tracking', () => {
  it('keeps a third-party tracking statement a risk when an opt-out pointer or refusal follows it', () => {
    expect(labels('Ad networks may set cookies to follow your browsing across sites; you can opt out at the industry opt-out page.')).toContain('tracking:risk');
    expect(labels('We use the following third-party analytics services, which set cookies; if you do not agree, refuse cookies in your browser.')).toContain('tracking:risk');
    expect(labels('If you disable cookies, some features of the site may not work.')).not.toContain('tracking:risk');
  });
  it('reads definitions, contextual ads and identifier sharing as no tracking', () => {
    expect(labels('Remarketing is a type of online advertising that targets people who visited a site before.')).not.toContain('tracking:risk');
    expect(labels('The ads you see are chosen based on the page you are reading, not on who you are.')).not.toContain('tracking:risk');
    expect(labels('We send your advertising ID and purchase history to ad networks.')).not.toContain('tracking:risk');
  });
  it('finds promises with SDKs, permissions, cookie-free analytics and "no analytics"', () => {
    for (const s of [
      'The app ships with no advertising SDKs.',
      'We do not allow advertisers to collect information about your activity on our site.',
      'We count visits with a self-hosted, cookie-free analytics tool.',
      'This site shows no ads and runs no analytics.',
    ]) {
      expect(labels(s), s).toContain('tracking:protection');
      expect(labels(s), s).not.toContain('tracking:risk');
    }
  });
  it('a conditional stop on a DNT signal is do-not-track, not a tracking promise', () => {
    const found = labels('When we receive this signal, we do not load any third-party tracking scripts.', 'Do Not Track');
    expect(found).toContain('do-not-track:protection');
    expect(found).not.toContain('tracking:protection');
  });
});
