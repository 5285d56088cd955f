import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';

const labels = (text: string, heading = '') =>
  classifySentence(text, heading)
    .map((f) => f.label)
    .filter((l) => l.startsWith('retention:'))
    .sort();

describe('retention', () => {
  it('reads a stated deletion period as a protection', () => {
    expect(labels('Support tickets are erased within six months of closure.')).toEqual(['retention:protection']);
  });

  it('reads data outliving account deletion as a risk', () => {
    expect(labels('We may still retain some of your information even after you close your account.')).toEqual(['retention:risk']);
  });

  it('does not flag a complete deletion on account closure', () => {
    expect(labels('When your account is closed, your profile is immediately deleted.')).toEqual([]);
  });

  it('does not mistake "permanently deleted" for keeping data forever', () => {
    expect(labels('Removed photos are permanently deleted.')).not.toContain('retention:risk');
  });

  it('reads retention at the service\'s discretion as a risk', () => {
    expect(labels('We keep uploaded files for as long as we see fit.')).toEqual(['retention:risk']);
  });

  it('reads a refusal to delete as a risk', () => {
    expect(labels('Old invoices are never deleted from our archive.')).toEqual(['retention:risk']);
  });

  it('reads content outliving the account as a risk', () => {
    expect(labels('Reviews you wrote stay public after your account is closed.')).toEqual(['retention:risk']);
  });

  it('reads "no longer than needed" under a retention heading', () => {
    expect(labels('No longer than the purpose requires.', 'How long we keep data')).toEqual(['retention:protection']);
  });

  it('does not read a response deadline as a retention period', () => {
    expect(labels('We will reply to your request within 30 days and keep you informed.')).toEqual([]);
  });
});
