import type { Example } from '../rule';

/** Worked examples of `communications-access` (reading or keeping the content or records of users' communications): own phrasings, run by the meta-test through the practice layer and the label table. */
export const COMMUNICATIONS_ACCESS_EXAMPLES: Example[] = [
  { text: 'We may use your information to send you newsletters and other communications about our events.', labels: [] },
  { text: 'You can stop receiving all texts from us by replying STOP.', labels: [] },
  { text: 'We may review communications between users to enforce our community rules.', labels: ['communications-access:risk'] },
  { text: 'Your chat history is stored on your own device, not on our servers.', labels: [], not: ['communications-access:risk'] },
  { text: 'In connection with the services, we retain call records which may contain personal information.', labels: ['communications-access:risk'] },
  { text: 'Calls to our customer support team may be monitored and recorded for training purposes.', labels: ['communications-access:risk'] },
  { text: 'We may review your private messages to detect spam and abuse.', labels: ['communications-access:risk'] },
  { text: 'We reserve the right to monitor any communication sent through the service.', labels: ['communications-access:risk'] },
  { text: 'Automated systems scan the content of your emails to filter malware.', labels: ['communications-access:risk'] },
  { text: 'We do not read your messages.', labels: ['communications-access:protection'] },
  { text: 'Messages are end-to-end encrypted, so we cannot read them.', labels: ['communications-access:protection'] },
  { text: 'Our staff never access the content of your files.', labels: ['communications-access:protection'] },
  { text: 'Voice calls are routed directly between devices and are never recorded or stored by us.', labels: ['communications-access:protection'] },
  { text: 'Your chats will not be kept on our servers once delivered.', labels: ['communications-access:protection'] },
  { text: 'We are not liable for unauthorized access to your data caused by hackers.', labels: [] },
  { text: 'We may keep logs of the numbers you dial and how long each call lasts.', labels: ['communications-access:risk'] },
  { text: 'Messages you send to our support team are stored in our helpdesk tool.', labels: [] },
  { text: 'Chats are deleted from our servers once delivered, and we never read them.', labels: ['communications-access:protection'] },
  { text: 'You can unsubscribe from our marketing emails at any time.', labels: [] },
  { text: 'If you send us an email, we will use your address to reply.', labels: [] },
  { text: 'We collect your name and phone number when you register.', labels: [] },
];
