import type { Example } from '../rule';

/** Worked examples of `data-combination` (obtaining data from other sources, or combining it into profiles): own phrasings, run by the meta-test through the practice layer and the label table. */
export const DATA_COMBINATION_EXAMPLES: Example[] = [
  { text: 'If you sign up with your social media account, we may collect your name, profile photo and birthday from it.', labels: ['data-combination:risk'] },
  { text: 'You can connect a social network account to share your scores, and we never post without asking.', labels: [], not: ['data-combination:risk'] },
  { text: 'Purchase history, loyalty status and similar details, used to personalise offers;', lead: 'The information we get from retail partners includes:', labels: ['data-combination:risk'] },
  { text: 'The kinds of data we get from outside sources include:', labels: ['data-combination:risk'] },
  { text: 'We may combine information we collect from you with information we receive from third parties.', labels: ['data-combination:risk'] },
  { text: 'We may obtain information about you from other sources, such as data brokers and public databases.', labels: ['data-combination:risk'] },
  { text: 'Third parties may also furnish us with additional information about your preferences.', labels: ['data-combination:risk'] },
  { text: 'Information collected through cookies may be linked to your personally identifiable information.', labels: ['data-combination:risk'] },
  { text: 'We use this information to build profiles of our users across devices.', labels: ['data-combination:risk'] },
  { text: 'When you close your account, all associated data is erased within 30 days.', labels: [] },
  { text: 'We receive compensation from partners when you buy through our links.', labels: [] },
  { text: 'We may associate the information we receive from advertising partners with your account.', labels: ['data-combination:risk'] },
  { text: 'Public databases and data brokers supply us with demographic details, which we append to your profile.', labels: ['data-combination:risk'] },
  { text: 'We purchase marketing lists from list brokers to reach new customers.', labels: ['data-combination:risk'] },
  { text: 'We match your email address against lists provided by our partners.', labels: ['data-combination:risk'] },
  { text: 'Your approximate city, taken from your IP address, is used to build a profile of your interests.', labels: [] },
  { text: 'We build profiles of your interests from your browsing activity on partner sites.', labels: ['data-combination:risk'] },
  { text: 'We collect information about you from credit reference agencies.', labels: ['data-combination:risk'] },
  { text: 'We link your activity across our apps and websites to your account.', labels: ['data-combination:risk'] },
  { text: 'Third-party data providers supply us with additional demographic information.', labels: ['data-combination:risk'] },
  { text: 'We do not combine your data with data from other sources.', labels: [] },
  { text: 'Our site contains links to other websites that have their own privacy policies.', labels: [] },
  { text: 'You can update your profile at any time in your account settings.', labels: [] },
  { text: 'We collect information you provide when you create an account.', labels: [] },
];
