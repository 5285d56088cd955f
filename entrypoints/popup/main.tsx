import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupApi } from '../../components/PopupApp';
import { StatusPanel } from '../../components/StatusPanel';
import { sendRuntime } from '../../utils/messaging';
import '../../assets/styles.css';

const api: PopupApi = {
  getTab: (tabId) => sendRuntime('tab:get', { tabId }),
  analyze: (tabId) => sendRuntime('tab:analyze', { tabId }),
  showInPage: (tabId, text) => sendRuntime('tab:show-in-page', { tabId, text }),
  discover: (tabId) => sendRuntime('tab:discover', { tabId }),
  analyzeSite: (tabId) => sendRuntime('tab:analyze-site', { tabId }),
};

/** popup.html?tabId=N shows tab N (end-to-end tests open it as a page); otherwise the active tab. */
async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const root = document.getElementById('app');
if (root) {
  targetTab().then(
    (tabId) => render(tabId === null ? <StatusPanel kind="info" title="No tab to analyse" /> : <PopupApp tabId={tabId} api={api} />, root),
    () => render(<StatusPanel kind="error" title="No tab to analyse" />, root),
  );
}
