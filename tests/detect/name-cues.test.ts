import { describe, expect, it } from 'vitest';
import { classifyLabel, titleSegments } from '../../lib/detect';
import { readContent } from '../../lib/detect/content-cues';

describe('classifyLabel', () => {
  const cases: [string, string][] = [
    ['Privacy Policy', 'policy'],
    ['Northwind Inc. Online Privacy Statement', 'policy'],
    ['Global Data Protection Policy', 'policy'],
    ['Privacy and Cookies Policy', 'policy'],
    ['Customer Privacy Notice', 'policy'],
    ['Datenschutzerklärung', 'policy'],
    ['Data Policy', 'policy'],
    ['Privacy', 'privacy'],
    ['Your privacy', 'privacy'],
    ['Changes to this Privacy Policy', 'mention'],
    ['Why the new privacy policy is a problem', 'mention'],
    ['Northwind respects your privacy and builds phones that last', 'mention'],
    ['Your Privacy Choices', 'hub'],
    ['Privacy Center', 'hub'],
    ['Privacy & Terms', 'hub'],
    ['Terms & Privacy', 'hub'],
    ['Do Not Sell My Personal Information', 'hub'],
    ['Cookie Policy', 'cookie'],
    ['Cookie settings', 'cookie'],
    ['Terms of Service', 'terms'],
    ['Terms and Conditions of Sale', 'terms'],
    ['Data Processing Agreement', 'terms'],
    ['Acme Controller-Controller Data Protection Terms', 'terms'],
    ['Acceptable Use Policy', 'legal'],
    ['Community Guidelines', 'legal'],
    ['Free Privacy Policy Generator', 'mention'],
    ['Privacy Policy Template for Small Businesses', 'mention'],
    ['Oak Dining Table, 6 Seats', 'none'],
    ['', 'none'],
  ];
  for (const [label, kind] of cases) {
    it(`"${label}" -> ${kind}`, () => expect(classifyLabel(label)).toBe(kind));
  }
});

describe('titleSegments', () => {
  it('splits at the usual separators but not inside words', () => {
    expect(titleSegments('Privacy Policy – Legal | Northwind-Traders')).toEqual(['privacy policy', 'legal', 'northwind-traders']);
    expect(titleSegments('Privacy Policy: last updated 2024')).toEqual(['privacy policy', 'last updated 2024']);
  });
});

describe('readContent', () => {
  it('tells a policy that names itself from text that names another policy', () => {
    expect(readContent('This Privacy Policy describes how we collect personal information.').policySelf).toBe(true);
    expect(readContent('Please also read our Privacy Policy, which is part of these terms.').policySelf).toBe(false);
  });
  it('counts terms cues', () => {
    const c = readContent('By using the service you agree to these Terms. Any dispute is settled by arbitration.');
    expect(c.terms).toEqual(expect.arrayContaining(['agreement to terms', 'arbitration', 'self-reference as terms']));
    expect(c.policySelf).toBe(false);
  });
  it('sees a cookie policy describing itself', () => {
    expect(readContent('This Cookie Policy explains what cookies are.').cookieSelf).toBe(true);
  });
});
