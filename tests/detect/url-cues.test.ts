import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../lib/detect/url-cues';

describe('classifyUrl', () => {
  const cases: [string, string][] = [
    ['https://northwind.example/privacy-policy', 'policy'],
    ['https://northwind.example/en-us/legal/privacy-notice.html', 'policy'],
    ['https://northwind.example/northwind-privacy-statement/', 'policy'],
    ['https://www.northwind.example/datenschutzerklaerung', 'policy'],
    ['https://northwind.example/privacy', 'privacy'],
    ['https://northwind.example/privacy/en/', 'privacy'],
    ['https://northwind.example/your-privacy-choices', 'hub'],
    ['https://northwind.example/privacy-center', 'hub'],
    ['https://northwind.example/terms-of-service', 'terms'],
    ['https://northwind.example/legal/tos', 'terms'],
    ['https://northwind.example/cookie-policy', 'cookie'],
    ['https://news.example/tech/2024/03/northwind-privacy-policy-change', 'article'],
    ['https://news.example/blog/why-privacy-policies-are-long', 'article'],
    ['https://news.example/tech/northwind-changes-privacy-policy-again', 'none'],
    ['https://shop.example/p/oak-table?ref=privacy', 'none'],
    ['file:///home/me/Downloads/page-012.html', 'none'],
    ['https://www.search.example/search?q=privacy+policy', 'search'],
    ['', 'none'],
    ['%E0%A4%A', 'none'],
  ];
  for (const [url, kind] of cases) {
    it(`${url || "''"} -> ${kind}`, () => expect(classifyUrl(url)).toBe(kind));
  }
});
