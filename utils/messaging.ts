/**
 * Browser side of the typed protocol in lib/messages.ts: send a message and get its typed
 * response, or register handlers for the messages a context answers.
 */
import { browser, type Browser } from 'wxt/browser';
import { dispatch, envelope, handles, isEnvelope, unwrap, type Handlers, type MessageName, type RequestOf, type ResponseOf } from '../lib/messages';

/** Sender of a runtime message. */
export type Sender = Browser.runtime.MessageSender;

/** Sends `name` to the extension's pages/workers (background, offscreen) and returns the reply. */
export async function sendRuntime<K extends MessageName>(name: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply: unknown = await browser.runtime.sendMessage(envelope(name, data));
  return unwrap(name, reply);
}

/** Sends `name` to the content script of tab `tabId` (top frame only). */
export async function sendTab<K extends MessageName>(tabId: number, name: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, envelope(name, data), { frameId: 0 });
  return unwrap(name, reply);
}

/**
 * Answers the messages in `handlers`; other messages are left for other contexts' listeners
 * (Chrome delivers runtime messages to every extension page, and the first answer wins).
 * Returns a function that removes the listener.
 */
export function listen(handlers: Handlers<Sender>): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (response?: unknown) => void): boolean => {
    if (!isEnvelope(message) || !handles(handlers, message)) return false;
    void dispatch(handlers, message, sender).then(sendResponse);
    return true; // keeps the channel open for the asynchronous answer
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
