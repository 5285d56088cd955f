/** Applies a badge to a tab through `action` (MV3) or `browserAction` (Firefox MV2). */
import { browser } from 'wxt/browser';
import type { BadgeSpec } from './badge';

/** Sets text, colours and tooltip of the toolbar button for one tab. */
export async function setBadge(tabId: number, badge: BadgeSpec): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  // Tooltip and colours before the text, so the badge never shows its text with a stale tooltip.
  await action.setTitle({ tabId, title: badge.title });
  if (badge.text) {
    await action.setBadgeBackgroundColor({ tabId, color: badge.color });
    // setBadgeTextColor: Chrome 110+, Firefox 63+; absent elsewhere, where the default white is fine.
    if (typeof action.setBadgeTextColor === 'function') await action.setBadgeTextColor({ tabId, color: badge.textColor });
  }
  await action.setBadgeText({ tabId, text: badge.text });
}
