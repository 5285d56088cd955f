import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';
import type { Label } from '../../lib/types';

const labels = (text: string, heading = '', lead = ''): Label[] => classifySentence(text, heading, lead).map((f) => f.label);

describe('location', () => {
  it('reads a negated passive as a protection, not a risk', () => {
    for (const s of ['Location data is never shared with third parties.', 'Your GPS coordinates are not stored on our servers.']) {
      expect(labels(s), s).toContain('location:protection');
      expect(labels(s), s).not.toContain('location:risk');
    }
    expect(labels('Trip coordinates are collected for every ride you take.')).toContain('location:risk');
  });
  it('reads "where you are" and places you visit as location', () => {
    expect(labels('At no time does the app record where you are.')).toContain('location:protection');
    expect(labels('We use it to build a list of the places you visit.', 'Location information')).toContain('location:risk');
  });
  it('keeps location processed on the device a protection', () => {
    expect(labels('Your precise location never leaves your phone.')).toContain('location:protection');
  });
  it('reads a heading about the user, not about servers or offices, as location context', () => {
    expect(labels('We keep it in Frankfurt.', 'Location of our data centres')).not.toContain('location:risk');
    expect(labels('We may share it with delivery partners.', 'Your location')).toContain('location:risk');
  });
});

describe('communications-access', () => {
  it('reads a negated passive about calls and messages as a protection', () => {
    const found = labels('Video calls are peer-to-peer and are never routed through or stored on our servers.');
    expect(found).toContain('communications-access:protection');
    expect(found).not.toContain('communications-access:risk');
  });
  it('does not read a breach disclaimer or support tickets as communications access', () => {
    expect(labels('We are not responsible for unauthorized access to your data resulting from hacking.')).not.toContain('communications-access:protection');
    expect(labels('Messages you send to our support team are kept in our helpdesk system.')).not.toContain('communications-access:risk');
  });
});
