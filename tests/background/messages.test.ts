import { describe, expect, it } from 'vitest';
import { dispatch, envelope, handles, isEnvelope, unwrap, type Handlers } from '../../lib/messages';

describe('message protocol', () => {
  it('recognises only its own envelopes', () => {
    expect(isEnvelope(envelope('cache:clear', {}))).toBe(true);
    expect(isEnvelope({ name: 'cache:clear', data: {} })).toBe(false);
    expect(isEnvelope('cache:clear')).toBe(false);
    expect(isEnvelope(null)).toBe(false);
  });

  it('dispatches to the typed handler and carries errors as data', async () => {
    const handlers: Handlers<string> = {
      'tab:show-in-page': ({ text }, ctx) => ({ found: text === ctx }),
      'cache:clear': () => { throw new Error('disk on fire'); },
    };
    expect(handles(handlers, envelope('tab:get', { tabId: 1 }))).toBe(false);
    // Unknown and prototype names are not handled, whatever the sender claims.
    const forged = { policylens: 1, name: 'toString', data: {} } as unknown as Parameters<typeof handles>[1];
    expect(isEnvelope(forged)).toBe(true);
    expect(handles(handlers, forged)).toBe(false);
    expect((await dispatch(handlers, forged, 'x')).ok).toBe(false);
    const ok = await dispatch(handlers, envelope('tab:show-in-page', { tabId: 1, text: 'hi' }), 'hi');
    expect(unwrap('tab:show-in-page', ok)).toEqual({ found: true });
    const failed = await dispatch(handlers, envelope('cache:clear', {}), 'x');
    expect(() => unwrap('cache:clear', failed)).toThrow('disk on fire');
    expect(() => unwrap('cache:clear', undefined)).toThrow('no reply to cache:clear');
  });
});
