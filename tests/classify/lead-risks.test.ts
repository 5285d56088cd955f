import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';
import type { Label } from '../../lib/types';

// The four lead risks in the many ways policies phrase them (own phrasings, not eval sentences),
// and look-alikes that must not raise them.
const labels = (text: string, heading = '', lead = ''): Label[] => classifySentence(text, heading, lead).map((f) => f.label);

function expectAll(label: Label, sentences: string[]): void {
  for (const s of sentences) expect(labels(s), s).toContain(label);
}
function expectNone(label: Label, sentences: string[]): void {
  for (const s of sentences) expect(labels(s), s).not.toContain(label);
}

describe('data-sale:risk', () => {
  it('finds sales, rentals, trades and sales under another name', () => {
    expectAll('data-sale:risk', [
      'We may sell or rent your personal data to partners.',
      'Your information may be sold to third parties.',
      'In the past 12 months we have sold the following categories of personal information: identifiers.',
      'We may exchange your personal information with other companies.',
      'We may provide your contact details to partners in exchange for payment.',
      'We may sell your personal information unless you opt out.',
    ]);
  });
  it('does not read business sales, marketplaces, laws, rights or the CCPA link as a sale', () => {
    expectNone('data-sale:risk', [
      'If we are acquired, customer data may be among the transferred assets.',
      'When you sell items on the marketplace, we collect your shipping address.',
      '"Sale" means selling or otherwise making personal information available for valuable consideration.',
      'Nevada law requires operators to let consumers opt out of the sale of certain information.',
      'You have the right to opt out of the sale of your personal information.',
      'You can submit a request through our "Do Not Sell My Personal Information" page.',
    ]);
  });
  it('reads rights to stop a sale as no promise either', () => {
    expectNone('data-sale:protection', ['You have the right to direct us not to sell your personal information.']);
  });
});

describe('advertiser-sharing:risk', () => {
  it('finds sharing with advertisers, marketers, sponsors and affiliates for marketing', () => {
    expectAll('advertiser-sharing:risk', [
      'We may share your information with advertisers, marketing partners and sponsors for their own marketing purposes.',
      'We may share your personal information with our affiliates so they can offer you products that may be of interest to you.',
      'Our sponsors may receive your name and email address when you enter a contest.',
      'Information may be disclosed to our marketing partners.',
      'We may provide your information to our partners who may contact you about their products.',
    ]);
    expect(labels('We may disclose to these entities any information that could identify you.', 'Advertisers')).toContain('advertiser-sharing:risk');
  });
  it('does not flag processors, opt-in sharing, aggregates or legal notices', () => {
    expectNone('advertiser-sharing:risk', [
      'We share your data with service providers who send our newsletters on our behalf.',
      'We will share your email address with our sponsors only if you opt in.',
      'We share only aggregated statistics with advertisers, which do not identify you.',
      'California law permits residents to request a list of third parties to whom we disclosed personal information for their direct marketing purposes.',
    ]);
  });
});

describe('do-not-track', () => {
  it('finds every refusal to honour the signal', () => {
    expectAll('do-not-track:risk', [
      "We don't currently process or comply with any web browser's \"do not track\" signal.",
      'Our Services do not support Do Not Track requests at this time.',
      'DNT signals are not currently recognized by our site.',
      'We treat browsers that send DNT signals the same as all other browsers.',
      'Like most websites, we do not alter our practices when we receive a Do Not Track signal.',
    ]);
  });
  it('reads honouring, and not hypotheticals or legal duties, as a protection', () => {
    expectAll('do-not-track:protection', [
      'When we detect a Global Privacy Control signal, we treat it as a request to opt out.',
      'Our systems recognize "do not track" signals from your browser.',
    ]);
    expectNone('do-not-track:protection', [
      'If a website that responds to a DNT signal receives one, the browser can block it.',
      'California law requires operators to disclose how they respond to "do not track" signals.',
      'To learn whether the third-party services we use honor Do Not Track requests, read their policies.',
    ]);
  });
});

describe('contacts-access:risk', () => {
  it('finds contact lists and data about non-users', () => {
    expectAll('contacts-access:risk', [
      'If you choose to find friends, we will access the contacts on your device.',
      'You may choose to share your contacts with us to connect with friends.',
      'We may collect information about your contacts, such as names and phone numbers.',
      'When you invite someone to join, we collect their email address.',
      'We may use the information you provide about others to send them an invitation.',
    ]);
  });
  it('does not flag "contact us" or sharing with contacts', () => {
    expectNone('contacts-access:risk', ['You can share content with your contacts.', 'Contact us at privacy@example.com.', 'When you receive a message from one of your contacts, we notify you.']);
  });
});

describe('lead risks in phrasings beyond the obvious (round 2)', () => {
  it('data-sale:risk: a named company as subject, mixed de-identified and personal data, fees', () => {
    expectAll('data-sale:risk', [
      'Example Inc. reserves the right to lease subscriber lists to other merchants.',
      'The operator may sell both aggregated and personal data to research firms.',
      'We may license your usage data to other companies for a fee.',
    ]);
    expectNone('data-sale:risk', [
      'If the app is ever sold to another developer, the user database goes with it.',
      'Data brokers sell consumer profiles to anyone who pays.',
      'We sell anonymized, aggregated statistics to researchers.',
    ]);
  });
  it('data-sale:protection: refusals, gerund subjects, colon lists and heading-only denials', () => {
    expectAll('data-sale:protection', ['We refuse to sell your data to anyone.', 'Renting out customer data is not something we do.', 'We will never: sell your data or give it to brokers.']);
    expect(labels('We never do that.', 'Do we sell your personal data?')).toContain('data-sale:protection');
    expect(labels('We never do that.', 'How we protect your password')).not.toContain('data-sale:protection');
  });
  it('advertiser-sharing:risk: affiliates, list rentals, custom audiences, demographic lists', () => {
    expectAll('advertiser-sharing:risk', [
      'We share customer records with affiliated companies so they can promote their products to you.',
      'We may rent our mailing list to organisations whose offers we think might interest you.',
      'Hashed email addresses may be uploaded to social media platforms to show you our ads there.',
      'Sponsors may receive your age, gender and postcode together with your username.',
      'Other companies may use the details we give them for their own marketing purposes.',
    ]);
  });
  it('advertiser-sharing: subject negations are protections', () => {
    expectAll('advertiser-sharing:protection', ['Advertisers never receive your name or email address.', 'Your data is never handed over to marketers.']);
    expectNone('advertiser-sharing:risk', ['Advertisers never receive your name or email address.']);
  });
  it('do-not-track:risk: no effect, regardless, whether or not', () => {
    expectAll('do-not-track:risk', [
      'Enabling Do Not Track in your browser has no effect on the data we collect.',
      'The Global Privacy Control signal does not change how our partners collect information.',
      'Partners may collect data about you across sites even if your browser sends a "Do Not Track" header.',
      'We collect usage data whether or not your browser sends a DNT signal.',
    ]);
  });
  it('contacts-access: referral addresses are a risk; on-device matching is a protection', () => {
    expectAll('contacts-access:risk', [
      'To refer colleagues you may give us the email addresses of co-workers, which we keep to send reminders.',
      'We use the phone numbers you enter on the invite screen to text your friends.',
    ]);
    expectAll('contacts-access:protection', ['Contact matching runs on your device and no contact data is ever uploaded.', 'Your address book never leaves your phone.']);
    expectNone('contacts-access:risk', ['Your address book never leaves your phone.']);
  });
});
