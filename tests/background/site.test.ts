import { describe, expect, it } from 'vitest';
import { pageKey, siteOf } from '../../lib/site';

describe('siteOf', () => {
  it('returns the registrable domain', () => {
    expect(siteOf('https://www.example.com/privacy')).toBe('example.com');
    expect(siteOf('https://a.b.shop.example.co.uk/x')).toBe('example.co.uk');
    expect(siteOf('https://news.bbc.co.uk/')).toBe('bbc.co.uk');
    expect(siteOf('https://user.github.io/repo')).toBe('user.github.io');
    expect(siteOf('http://example.com.au/')).toBe('example.com.au');
    expect(siteOf('https://example.io/')).toBe('example.io');
    expect(siteOf('https://EXAMPLE.com./')).toBe('example.com');
  });

  it('keeps IP addresses and single-label hosts whole', () => {
    expect(siteOf('http://127.0.0.1:8080/p')).toBe('127.0.0.1');
    expect(siteOf('http://[::1]:3000/')).toBe('[::1]');
    expect(siteOf('http://localhost/')).toBe('localhost');
  });

  it('has no site for other schemes or garbage', () => {
    expect(siteOf('chrome://settings')).toBe('');
    expect(siteOf('file:///tmp/x.html')).toBe('');
    expect(siteOf('not a url')).toBe('');
  });
});

describe('pageKey', () => {
  it('drops the fragment only', () => {
    expect(pageKey('https://a.com/p?x=1#s')).toBe('https://a.com/p?x=1');
    expect(pageKey('https://a.com/p')).toBe('https://a.com/p');
  });
});
