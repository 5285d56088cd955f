import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';

const labels = (text: string, heading = '', lead = '') =>
  classifySentence(text, heading, lead)
    .map((f) => f.label)
    .filter((l) => l.startsWith('policy-changes:'));

describe('policy-changes', () => {
  it('reads the notice promise in context of the paragraph lead', () => {
    const text = 'If we do so, we will send an email to all registered users.';
    expect(labels(text, 'Privacy Policy', 'We may update this Privacy Policy from time to time.')).toContain(
      'policy-changes:protection',
    );
    // Without the lead the same sentence is not about the policy changing.
    expect(labels(text)).toEqual([]);
  });

  it('takes the notice promise from a "changes" heading', () => {
    expect(labels('We will e-mail you before anything takes effect.', 'Changes to this policy')).toContain(
      'policy-changes:protection',
    );
  });

  it('does not treat a marketing e-mail with product updates as notice of changes', () => {
    expect(labels('We might send you newsletters with product updates and tips.', 'Changes to this policy')).toEqual([]);
  });

  it('separates "without prior notice" (risk) from "with prior notice" (protection)', () => {
    expect(labels('We may modify these terms at any time without prior notice.')).toEqual(['policy-changes:risk']);
    expect(labels('We will give you prior notice by email of any material change to these terms.')).toEqual([
      'policy-changes:protection',
    ]);
  });

  it('flags continued use as acceptance only when the policy changes', () => {
    expect(labels('Continued use of the app after the terms are revised means you accept the new terms.')).toContain(
      'policy-changes:risk',
    );
    expect(labels('Your continued use of the app is appreciated.')).toEqual([]);
  });

  it('flags changes the user is only told about by re-reading the page', () => {
    expect(labels('We may update this policy from time to time.')).toEqual(['policy-changes:risk']);
    expect(labels('Any changes to this policy will be posted on this page.')).toEqual(['policy-changes:risk']);
    // Posting plus a direct e-mail is the protection, not the risk.
    expect(labels('Changes to this policy will be posted on this page and e-mailed to registered users.')).toEqual([
      'policy-changes:protection',
    ]);
  });

  it('does not flag a date stamp or an unrelated update', () => {
    expect(labels('This policy was last updated on 1 May 2020 and is effective immediately.')).toEqual([]);
    expect(labels('We post product updates on our blog.')).toEqual([]);
  });

  it('reads notice before a change takes effect, whatever comes between', () => {
    expect(labels('Before any update that limits your rights comes into effect, we will alert you in the app.')).toEqual([
      'policy-changes:protection',
    ]);
  });

  it('reads a promise about materially different uses as a change notice', () => {
    expect(
      labels('If we plan to use your data in a way that is materially different from this notice, we will email you first.'),
    ).toEqual(['policy-changes:protection']);
  });

  it('reads "takes effect when posted" under a changes heading', () => {
    expect(labels('It takes effect as soon as it is posted.', 'Changes to this policy')).toEqual(['policy-changes:risk']);
  });

  it('does not read an order-status email as a change notice', () => {
    expect(labels('We will notify you by email of any changes to your delivery date.')).toEqual([]);
  });
});
