import type { CategoryRules } from '../rule';
import { DENIAL_NEGATOR, shortDenial } from './context-denial';

// The user's contact list, by its usual names. "your contact information" (the user's own) is not it.
const CONTACTS = String.raw`(?:(?:phone\s+numbers|contacts|names\s+and\s+(?:phone\s+)?numbers)\s+(?:stored|saved|kept)\s+(?:on|in)\s+(?:your|the)\s+(?:device|phone)|contacts?\s+lists?|address[- ]?books?|phone[- ]?books?|(?:your|device|device's|phone's|mobile|phone|e-?mail|social|mobile\s+device's|address\s+book)\s+contacts\b|contacts\s+(?:list|data|information|stored|saved|on\s+(?:your|the)|from\s+your|in\s+your)|list\s+of\s+(?:your\s+)?contacts|(?:your|their|the\s+user's)\s+(?:friends\s+list|list\s+of\s+friends|social\s+graph))`;
// Cheap prefilter implied by CONTACTS.
const CONTACTS_HINT = /contacts|numbers\s+(?:stored|saved|kept)|contact\s*list|address[- ]?book|phone[- ]?book|friends\s+list|list\s+of\s+friends|social\s+graph/i;
// Reading or keeping them. (Affirmed = risk; negated = protection.)
const ACCESS = String.raw`(?:access(?:es|ed|ing)?|read(?:s|ing)?|upload(?:s|ed|ing)?|collect(?:s|ed|ing)?|sync(?:s|ed|ing|hroni[sz]e[sd]?)?|import(?:s|ed|ing)?|stor(?:e|es|ed|ing)|retain(?:s|ed)?|keep(?:s)?|kept|scan(?:s|ned|ning)?|us(?:e|es|ed|ing)|obtain(?:s|ed)?|retriev(?:e|es|ed)|process(?:es|ed)?|look\s+up|search(?:es)?|match(?:es|ed)?|copy|copies|copied|gather(?:s|ed)?|view(?:s|ed)?|request\s+(?:access|permission)|permission\s+to\s+access|have\s+access|check(?:s|ed|ing)?|compar(?:e|es|ed|ing)|hash(?:es|ed|ing)?)`;
// "share your contacts with us" (the user hands them over); no gap, so "share posts with your contacts" is not it.
const ACCESS_CONTACTS = new RegExp(
  String.raw`\b${ACCESS}\b(?=(?:\W+\w+){0,7}?\W+${CONTACTS})|\b(?:shar(?:e|es|ed|ing)|giv(?:e|es|ing)\s+us|provid(?:e|es|ing)\s+us\s+with)\s+(?:your\s+|the\s+|access\s+to\s+your\s+)?(?:contacts?\s+lists?|address[- ]?books?|phone[- ]?books?|contacts\b)`,
  'i',
);
// Passive: "your address book may be uploaded".
const CONTACTS_ACCESSED = new RegExp(String.raw`\b(?:accessed|read|uploaded|collected|synced|synchroni[sz]ed|imported|stored|retained|kept|scanned|used|shared|transferred|sent)\b(?<=${CONTACTS}(?:\W+\w+){0,5}?\W+(?:be|been|is|are|was|were)\s+(?:\w+\s+){0,3}\w+)`, 'i');
// People who are not users: friends invited or referred, contacts you tell about the service.
const OTHERS_DATA = String.raw`(?:(?:their|his\s+or\s+her|the\s+recipient's|the\s+invitee's)\s+(?:names?|e-?mail(?:\s+address(?:es)?)?|phone\s+numbers?|contact\s+(?:info|information|details))|(?:friends?|colleagues?|family\s+members?|recipients?|invitees?|referee|contacts?|someone|person|people|individuals?)(?:'s|s'|')?\s+(?:\w+\s+){0,2}(?:names?|e-?mail(?:\s+address(?:es)?)?|phone\s+numbers?|mobile\s+numbers?|contact\s+(?:info|information|details)|addresses|personal\s+(?:information|data|details))|(?:names?|e-?mail(?:\s+address(?:es)?)?|phone\s+numbers?|mobile\s+numbers?|contact\s+(?:info|information|details))\s+(?:and\s+\w+\s+)?(?:\w+\s+)?of\s+(?:your\s+|the\s+|other\s+)?(?:friends?|colleagues?|co-?workers|family(?:\s+members)?|relatives|contacts|people|persons|individuals|others|someone|invitees?|recipients?|referrals?|referees?)|(?:e-?mail\s+addresses|phone\s+numbers|mobile\s+numbers|names)\s+(?:that\s+)?you\s+(?:enter|provide|give\s+us|submit|type|upload|supply|share|add))`;
// The contact list kept on the device, or matched there: "your address book never leaves your phone".
const STAYS_LOCAL = /\b(?:contacts?(?:\s+(?:lists?|matching|discovery|data|sync\w*))?|address[- ]?books?|phone[- ]?books?)\b[^.;]{0,60}?\b(?:(?:stays?|remains?|kept|stored|happens?|performed|done|processed|matched|takes\s+place)\s+(?:only\s+|entirely\s+|solely\s+)?(?:locally|on\s+(?:your|the)\s+(?:device|phone|computer)|on-?device)|never\s+leaves?\s+(?:your|the)\s+(?:device|phone|computer))/i;
// "no contact information is ever sent to us" (next to a contact list, matching or address book).
const NONE_SENT = /\bno\s+(?:\w+\s+)?(?:contacts?|address[- ]?book)\s*(?:information|data|details|entries|lists?)?\s+(?:is|are|will\s+be|gets?)\s+(?:ever\s+)?(?:sent|uploaded|transmitted|shared|stored|collected|copied|kept)\b/i;
const ASK_OTHERS = new RegExp(String.raw`\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|collect(?:s|ed|ing)?|stor(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|provid\w*|submit\w*|enter(?:s|ed|ing)?|giv(?:e|es|ing)|suppl(?:y|ies|ying)|shar(?:e|es|ing)|obtain(?:s|ed|ing)?|need|us(?:e|es|ing)|keep(?:s|ing)?|retain(?:s|ed|ing)?|send(?:s|ing)?|upload(?:s|ed|ing)?|import(?:s|ed|ing)?)\b(?=(?:\W+\w+){0,8}?\W+${OTHERS_DATA})`, 'i');
const INVITE_CONTEXT = /\b(?:(?:people|persons|individuals|friends|anyone|someone|contacts)\s+(?:who(?:m)?\s+)?you\s+(?:refer|invite|recommend|nominate)|refer(?:s|red|ring)?\s+(?:a\s+|your\s+)?(?:friends?|someone|others|colleagues?|co-?workers|people|contacts|family)|referrals?|invit(?:e|es|ed|ing|ations?)|tell[- ]a[- ]friend|email\s+(?:a\s+)?friend|send\s+(?:\w+\s+){0,3}to\s+(?:a\s+)?friend|(?:someone|somebody)\s+else|other\s+(?:people|individuals|persons)|non-?users?|not\s+(?:a\s+)?(?:users?|members?)|friends?|share\s+(?:\w+\s+){0,3}with\s+(?:your\s+)?(?:friends|contacts))\b/i;
// "You can choose not to upload your contacts": the user's own choice, not a promise of the service.
const USER_CHOICE = /\byou\s+(?:can|may|could)\s+(?:\w+\s+){0,2}(?:not|decline|refuse)\b|\bchoose\s+not\s+to\b/i;

// A heading or lead about the device's contact list ("Address book", "Access to your contacts", "Contacts").
const CONTACTS_TOPIC = /\b(?:contacts?\s+lists?|address[- ]?books?|phone[- ]?books?|(?:your|device|phone)\s+contacts|contacts\s+(?:access|permissions?|data|sync\w*))\b|^\W*contacts\W*$/i;

/** `contacts-access`: reading the user's contact list, or collecting data about non-users (friends, referrals). */
export const contactsAccess: CategoryRules = {
  category: 'contacts-access',
  cue: /contacts?\b|address[- ]?book|phone[- ]?book|friend|refer|invit|someone|somebody|other (?:people|individuals|persons)|(?:people|individuals|persons) (?:who |whom |that )?you|\bothers\b|social graph/i,
  rules: [
    {
      // "We may access your contact list and/or address book", "the app uploads your phone contacts".
      id: 'reads-contacts',
      stance: 'risk',
      match: ACCESS_CONTACTS,
      also: [CONTACTS_HINT],
      polarity: 'affirmed',
      confidence: 0.9,
    },
    {
      id: 'contacts-accessed',
      stance: 'risk',
      match: CONTACTS_ACCESSED,
      also: [CONTACTS_HINT],
      polarity: 'affirmed',
      confidence: 0.85,
    },
    {
      // "If you use our referral service we ask you for your friend's name and email address."
      id: 'non-user-data',
      stance: 'risk',
      match: ASK_OTHERS,
      polarity: 'affirmed',
      also: [INVITE_CONTEXT],
      confidence: 0.85,
    },
    {
      // "If you give us personal information about someone else..."
      id: 'someone-else',
      stance: 'risk',
      match: /\b(?:personal\s+)?(?:information|data|details)\s+(?:(?:that\s+)?(?:you|users)\s+(?:\w+\s+){0,2})?(?:about|of|regarding|relating\s+to)\s+(?:someone|somebody|another\s+(?:person|individual)|other\s+(?:people|persons|individuals)|others|third\s+parties|your\s+(?:friends|contacts|family)|(?:the\s+)?(?:people|persons|individuals|contacts)\s+(?:who(?:m)?\s+|that\s+)?you\s+(?:communicate|interact|correspond|call|message|e-?mail|text|chat|connect|tag|mention|add|invite|refer))\b/i,
      polarity: 'affirmed',
      also: [/\b(?:provide|provides|submit|give|share|send|upload|disclose|collect|receive|obtain|enter)\b/i],
      unless: [/\bwe\s+(?:may\s+)?(?:share|disclose|provide|give)\s+(?:\w+\s+){0,3}(?:information|data)\s+(?:about|of)\s+you\b/i],
      confidence: 0.75,
    },
    {
      // "We store this information only to send the invitation" (in a paragraph about referrals).
      id: 'keeps-invite-data',
      stance: 'risk',
      match: /\b(?:stor(?:e|es|ed|ing)|retain(?:s|ed)?|keep(?:s)?|kept|us(?:e|es|ed))\s+(?:this|that|such|the|their|these)\s+(?:\w+\s+)?(?:information|data|details|e-?mail\s+address(?:es)?|contact\s+information)\b/i,
      polarity: 'affirmed',
      topic: /\b(?:refer(?:ral|ring|s)?\s+(?:a\s+)?(?:friends?|service|program(?:me)?)|referral|invite\s+(?:a\s+)?friends?|tell[- ]a[- ]friend|friend's|friends'|address[- ]?book|contact\s+lists?)\b/i,
      confidence: 0.75,
    },
    {
      // "Your contact list stays on your device", "matching happens locally and no contact data is sent to us".
      id: 'contacts-stay-local',
      stance: 'protection',
      match: STAYS_LOCAL,
      also: [/\bcontact|address[- ]?book|phone[- ]?book/i],
      suppress: ['risk'],
      confidence: 0.85,
    },
    {
      id: 'no-contacts-sent',
      stance: 'protection',
      match: NONE_SENT,
      also: [/\b(?:contacts?\s+(?:lists?|matching|discovery)|address[- ]?books?|phone[- ]?books?|your\s+contacts)\b/i],
      suppress: ['risk'],
      confidence: 0.8,
    },
    {
      // "Your contacts are never uploaded", "the address book is not stored on our servers".
      id: 'contacts-not-accessed',
      stance: 'protection',
      match: CONTACTS_ACCESSED,
      also: [CONTACTS_HINT],
      polarity: 'negated',
      unless: [USER_CHOICE],
      suppress: ['risk'],
      confidence: 0.85,
    },
    {
      // Under "Your address book": "With your permission we upload it to find your friends."
      id: 'reads-it-in-context',
      stance: 'risk',
      match: /\b(?:access|upload|read|sync|synchroni[sz]e|import|collect|store|scan|copy|match|send)(?:s|es|ed|ing)?\s+(?:it|them|this\s+(?:list|data|information)|these|that\s+list)\b/i,
      polarity: 'affirmed',
      also: [/\b(?:we|our\s+(?:app|apps|service|servers?))\b/i],
      topic: CONTACTS_TOPIC,
      topicIn: ['heading', 'lead'],
      unless: [USER_CHOICE, /\b(?:if|when|unless)\s+you\s+(?:\w+\s+){0,2}(?:not|n't|deny|decline|refuse)\b/i],
      confidence: 0.75,
    },
    {
      // Under "Contacts": "We never access them.", "None is uploaded."
      id: 'denial-in-context',
      stance: 'protection',
      match: shortDenial(String.raw`access|upload|read|collect|store|copy|sync|use`, String.raw`accessed|uploaded|read|collected|stored|copied|synced|used`),
      also: [DENIAL_NEGATOR],
      topic: CONTACTS_TOPIC,
      topicIn: ['heading', 'lead'],
      suppress: ['risk'],
      confidence: 0.8,
    },
    {
      // "We do not access your contacts", "we never upload your address book".
      id: 'no-contacts',
      stance: 'protection',
      match: ACCESS_CONTACTS,
      also: [CONTACTS_HINT],
      polarity: 'negated',
      unless: [USER_CHOICE, /\bnot\s+(?:yet\s+)?(?:joined|signed\s+up|registered|members?|users?)\b/i],
      confidence: 0.85,
    },
  ],
  examples: [
    { text: 'We may periodically access your contact list and/or address book on your mobile device.', labels: ['contacts-access:risk'] },
    { text: 'With your permission, the app uploads your phone contacts to our servers to help you find friends.', labels: ['contacts-access:risk'] },
    { text: 'If you choose to sync your address book, we will store the names and numbers of your contacts.', labels: ['contacts-access:risk'] },
    { text: 'When you invite friends, we ask for your friend\'s name and email address.', labels: ['contacts-access:risk'] },
    { text: 'If you use our tell-a-friend feature, we collect the recipient\'s email address to send the invitation.', labels: ['contacts-access:risk'] },
    { text: 'If you provide us with personal information about someone else, you confirm you have their permission.', labels: ['contacts-access:risk'] },
    { text: 'We keep this information only to send the invitation and to track the success of our referral program.', labels: ['contacts-access:risk'] },
    { text: 'Your address book may be uploaded to find people you know.', labels: ['contacts-access:risk'] },
    { text: 'You may choose to share your contacts with us to connect with friends.', labels: ['contacts-access:risk'] },
    { text: 'When you invite someone to join, we collect their email address.', labels: ['contacts-access:risk'] },
    { text: 'You can invite colleagues by giving us their email addresses.', labels: ['contacts-access:risk'] },
    { text: 'We may collect information about the people you communicate with through the app.', labels: ['contacts-access:risk'] },
    { text: 'We do not access your contacts.', labels: ['contacts-access:protection'] },
    { text: 'Your contacts are never uploaded to our servers.', labels: ['contacts-access:protection'] },
    { text: 'To find your friends, the app scans the phone numbers stored on your device.', labels: ['contacts-access:risk'] },
    { text: 'We collect information about people you tag in photos, even if they are not users.', labels: ['contacts-access:risk'] },
    { text: 'To find friends, the app compares the phone numbers in your contacts with our member list.', labels: ['contacts-access:risk'] },
    { text: 'Your contacts are hashed and uploaded to our servers to find people you know.', labels: ['contacts-access:risk'] },
    { text: 'We use the email addresses you enter on the invite screen only to send those invitations.', labels: ['contacts-access:risk'] },
    { text: 'We use the email address you provide to send you invitations to our events.', labels: [] },
    { text: 'Your address book stays on your phone; we never copy it to our servers.', labels: ['contacts-access:protection'] },
    { text: 'Contact discovery is performed entirely on-device and no contact data is ever uploaded.', labels: ['contacts-access:protection'] },
    { text: 'Your phonebook never leaves your device.', labels: ['contacts-access:protection'] },
    { text: 'You can give us the email addresses of co-workers you want to invite, and we keep them to send reminders.', labels: ['contacts-access:risk'] },
    { text: 'We collect the names and phone numbers of people you refer to us.', labels: ['contacts-access:risk'] },
    { text: 'We import your address book from your email provider if you ask us to.', labels: ['contacts-access:risk'] },
    { text: 'Some information about your contacts, such as their names, is stored so that you can message them.', labels: ['contacts-access:risk'] },
    { text: 'The app never reads or uploads your address book.', labels: ['contacts-access:protection'] },
    { text: 'With your permission we upload it to help you find friends.', heading: 'Your address book', labels: ['contacts-access:risk'] },
    { text: 'We never access them.', heading: 'Contacts', labels: ['contacts-access:protection'] },
    { text: 'We store it securely.', heading: 'Contact us', labels: [] },
    { text: 'Please contact us if you have questions about this policy.', labels: [] },
    { text: 'We collect your contact information, such as your name and email address.', labels: [] },
    { text: 'You may share articles with your friends on social media.', labels: [] },
    { text: 'We may share information about you with our service providers.', labels: [] },
  ],
};
