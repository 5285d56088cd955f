import type { Example } from '../rule';

/** Worked examples of `sensitive-data` (collecting government ids, financial, health or biometric data): own phrasings, run by the meta-test through the practice layer and the label table. */
export const SENSITIVE_DATA_EXAMPLES: Example[] = [
  { text: 'You may choose to tell us your religion or sexual orientation to improve your matches.', labels: ['sensitive-data:risk'] },
  { text: 'We do not collect special categories of personal data, such as racial or ethnic origin or political opinions.', labels: [] },
  { text: 'Your payment information is collected and stored by our payments provider.', labels: ['sensitive-data:risk'] },
  { text: 'We protect sensitive information with encryption.', labels: [] },
  { text: 'We ask you to provide your name, address and your credit card number when you pay.', labels: ['sensitive-data:risk'] },
  { text: 'To verify your identity we may collect a copy of your passport or driver\'s license.', labels: ['sensitive-data:risk'] },
  { text: 'The app may collect biometric data such as your fingerprint to unlock your account.', labels: ['sensitive-data:risk'] },
  { text: 'Voice recordings of customer service calls may be stored for quality purposes.', labels: ['sensitive-data:risk'] },
  { text: 'Health information, such as your symptoms and medications, if you choose to log them.', labels: ['sensitive-data:risk'] },
  { text: 'Your voice commands are recorded and sent to our servers to be transcribed.', labels: ['sensitive-data:risk'] },
  { text: 'The assistant stores spoken requests to improve speech recognition.', labels: ['sensitive-data:risk'] },
  { text: 'Requirements for a government ID to open a bank account are set by law.', labels: [] },
  { text: 'We use device fingerprinting to recognise your browser.', labels: [] },
  { text: 'You can unlock the app with your fingerprint, which we never receive.', labels: [] },
  { text: 'We collect information about your health only if you choose to log it.', labels: ['sensitive-data:risk'] },
  { text: 'The app records your voice when you use voice search.', labels: ['sensitive-data:risk'] },
  { text: 'We ask for your bank details to process refunds.', labels: ['sensitive-data:risk'] },
  { text: 'We do not collect sensitive personal information.', labels: [] },
  { text: 'We use an outside credit card processing company to bill you.', labels: [] },
  { text: '"Sensitive Personal Information" means your social security number or bank account number.', labels: [] },
  { text: 'Payments are handled by our processor; we never see or store your card number.', labels: [] },
  { text: 'We collect your name and email address.', labels: [] },
];
