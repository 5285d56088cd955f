// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://shop.example/p/1" }
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchSameOrigin } from '../../utils/content/fetch-same-origin';

afterEach(() => { vi.unstubAllGlobals(); });

function stubFetch(body: string, init: { status?: number; type?: string; url?: string } = {}) {
  const fetchMock = vi.fn(async (url: string) => {
    const r = new Response(body, { status: init.status ?? 200, headers: { 'content-type': init.type ?? 'text/html; charset=utf-8' } });
    Object.defineProperty(r, 'url', { value: init.url ?? url });
    return r;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('content script: same-origin fetch of the site policy (Chrome build)', () => {
  it('asks the browser for a same-origin request and passes status, type, final URL and text back', async () => {
    const fetchMock = stubFetch('<h1>Privacy Policy</h1>', { url: 'https://shop.example/legal/privacy' });
    const page = await fetchSameOrigin({ url: 'https://shop.example/privacy', maxChars: 1000 });
    // mode 'same-origin' makes the browser refuse other origins (and redirects to them) before any request.
    expect(fetchMock).toHaveBeenCalledWith('https://shop.example/privacy', { mode: 'same-origin' });
    expect(page).toEqual({ url: 'https://shop.example/legal/privacy', status: 200, type: 'text/html; charset=utf-8', html: '<h1>Privacy Policy</h1>', truncated: false });
  });

  it('cuts a huge answer at maxChars and says so; reports an error status for the background to refuse', async () => {
    stubFetch('x'.repeat(50));
    expect(await fetchSameOrigin({ url: 'https://shop.example/privacy', maxChars: 20 })).toMatchObject({ html: 'x'.repeat(20), truncated: true });
    stubFetch('gone', { status: 404 });
    expect((await fetchSameOrigin({ url: 'https://shop.example/privacy', maxChars: 20 })).status).toBe(404);
  });
});
