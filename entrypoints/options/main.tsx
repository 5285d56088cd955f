import { render } from 'preact';
import { OptionsApp, type OptionsApi } from '../../components/OptionsApp';
import { sendRuntime } from '../../utils/messaging';
import { loadSettings, saveSettings } from '../../utils/settings';
import '../../assets/styles.css';

const api: OptionsApi = {
  load: loadSettings,
  save: saveSettings,
  clearCache: async () => { await sendRuntime('cache:clear', {}); },
};

const root = document.getElementById('app');
if (root) render(<OptionsApp api={api} />, root);
