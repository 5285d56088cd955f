import type { CategoryRules } from '../rule';

// Users' communications and their records.
// "message boards" and "chat rooms" are public forums, not private communications.
const COMMS = String.raw`(?:(?:private|direct|personal|instant|text|sms|mms|chat|e-?mail|voice|voicemail|fax)\s+messages?|messages?(?!\s+boards?)|communications?|conversations?|e-?mails|chats?(?!\s+rooms?)(?:\s+(?:logs?|transcripts?|history))?|calls|phone\s+calls|telephone\s+calls|voice\s*mails?|voicemails?|faxe?s|sms|texts|call\s+(?:records?|recordings?|logs?|detail\s+records?|history|data|content)|calling\s+records?|message\s+(?:content|logs?|history|metadata)|content\s+of\s+(?:your\s+|users'?\s+|user\s+|the\s+)?(?:\w+\s+){0,2}(?:messages?|communications?|e-?mails|calls|voice\s*mails?|faxe?s|chats?|conversations?)|(?:customer\s+proprietary\s+network\s+information|cpni)|who\s+you\s+(?:call|communicate|message|text)|(?:numbers|people|persons|contacts)\s+(?:that\s+|whom\s+)?you\s+(?:call|text|message|dial|phone)|call\s+(?:durations?|times|metadata))`;
const ACCESS = String.raw`(?:access\w*|monitor\w*|record\w*|review\w*|read|reads|reading|scan\w*|retain\w*|stor(?:e|es|ed|ing)|keep|keeps|kept|intercept\w*|listen\w*\s+to|analy[sz]\w*|inspect\w*|screen\w*|collect\w*|maintain\w*|log|logs|logged|logging|archiv\w*|captur\w*|view\w*|examin\w*|censor\w*|block\w*|moderat\w*|edit\w*)`;
// Verb before the communications, or "messages ... we may store them".
const ACCESSES = new RegExp(
  String.raw`\b${ACCESS}\b(?=(?:[^\w.;]+\w+){0,8}?[^\w.;]+${COMMS}\b)|\b${COMMS}\b(?=[^.;]{0,80}\bwe\s+(?:(?!never\b|not\b|don't\b|do\b|cannot\b|can't\b|won't\b)\w+\s+){0,2}(?:store|review|read|monitor|access|scan|retain|keep|record|analy[sz]e)\s+(?:them|it)\b)`,
  'i',
);
// Passive: the participle is the trigger (so "will not be shared" reads as negated); the lookbehind after it finds the communications.
const ACCESSED = new RegExp(
  String.raw`\b(?:accessed|monitored|recorded|reviewed|read|scanned|retained|stored|kept|intercepted|analy[sz]ed|inspected|screened|logged|archived|captured|viewed|examined|present|processed|listened\s+to|shared|disclosed)\b(?<=\b${COMMS}\b(?:[^\w.;]+\w+){0,10}?[^\w.;]+(?:is|are|may\s+be|will\s+be|can\s+be|be|being|been)\s+(?:\w+\s+){0,4}\w+(?:\s+to)?)`,
  'i',
);
// End-to-end or client-side encryption: nobody at the service can read the content.
const E2EE = /\b(?:end[- ]to[- ]end\s+encrypt\w*|e2ee|zero[- ]knowledge|client[- ]side\s+encrypt\w*|(?:we|us|staff|employees|nobody|no\s+one)\s+(?:\w+\s+){0,3}(?:cannot|can't|can\s+not|are\s+unable\s+to|have\s+no\s+(?:\w+\s+){0,2}means\s+to)\s+(?:\w+\s+){0,2}(?:read|access|decrypt|see|view)|only\s+you\s+(?:and\s+\w+\s+)?can\s+(?:read|decrypt|access))\b/i;
// Messages the user sends to us or we send to the user are not the user's private communications.
const WITH_US = /\b(?:communications?|messages?|e-?mails?)\s+(?:\w+\s+){0,2}(?:from|with)\s+us\b|\b(?:e-?mails?|messages?|newsletters?)\s+(?:that\s+)?(?:\w+\s+)?(?:send|sends|sent)\s+(?:to\s+)?you\b|\b(?:send|sends|sent)\s+(?:you\s+)?(?:\w+\s+){0,2}(?:e-?mails?|messages?|communications?)|\bmarketing\s+(?:communications?|messages?|e-?mails?)|\bcommunications?\s+preferences?|\bunsubscribe\b|\bcontact\s+(?:us|you)\b/i;

/** `communications-access`: reading, monitoring, recording or retaining users' communications or call records. */
export const communicationsAccess: CategoryRules = {
  category: 'communications-access',
  cue: /message|communicat|conversation|e-?mails|chat|calls?\b|voice\s*mail|fax|\bsms\b|texts|cpni|proprietary network|encrypt|zero[- ]knowledge|who you|customer data|your (?:files|content|data|documents|notes|mailbox)|content of/i,
  rules: [
    {
      // "We retain call records", "we may review your messages", "we reserve the right to monitor any communication".
      id: 'accesses-comms',
      stance: 'risk',
      match: ACCESSES,
      polarity: 'affirmed',
      unless: [WITH_US, E2EE],
      confidence: 0.8,
    },
    {
      // "Calls to customer support may be monitored and/or recorded", "voicemail content may be present in our systems".
      id: 'comms-accessed',
      stance: 'risk',
      match: ACCESSED,
      polarity: 'affirmed',
      unless: [E2EE, /\b(?:you|your)\s+(?:e-?mail\s+)?(?:communications?|messages?|e-?mails?)\s+(?:to|with)\s+us\b(?![^.]*\b(?:monitor|record))|\b(?:messages?|communications?|e-?mails?|correspondence|requests?)\s+(?:that\s+)?you\s+(?:send|submit|address)\s+(?:to\s+)?(?:us|our\s+(?:support|customer|help)\w*)\b/i],
      confidence: 0.8,
    },
    {
      // "certain technical processing of and access to fax, voice and email messages and their content may be required".
      id: 'access-to-comms',
      stance: 'risk',
      match: new RegExp(String.raw`\b(?:access\s+to|processing\s+of|monitoring\s+of|recording\s+of|review\s+of|retention\s+of|copies\s+of)\s+(?:\w+\s+){0,6}?${COMMS}`, 'i'),
      polarity: 'affirmed',
      unless: [WITH_US, E2EE],
      confidence: 0.75,
    },
    {
      // "Calls are never recorded", "video calls are peer-to-peer and never routed through or stored on our servers".
      id: 'comms-not-accessed',
      stance: 'protection',
      match: ACCESSED,
      polarity: 'negated',
      unless: [/\byou\s+(?:can|may)\s+(?:\w+\s+){0,2}not\b/i],
      suppress: ['risk'],
      confidence: 0.8,
    },
    {
      // "Messages are deleted once delivered, and we never read them."
      id: 'comms-then-denied',
      stance: 'protection',
      match: new RegExp(String.raw`\b${COMMS}\b(?=[^.;]{0,80}\bwe\s+(?:\w+\s+)?(?:never|do\s+not|don't|cannot|can't|will\s+not|won't)\s+(?:\w+\s+)?(?:store|review|read|monitor|access|scan|retain|keep|record|analy[sz]e|see|listen\s+to)\s+(?:them|it)\b)`, 'i'),
      unless: [WITH_US],
      suppress: ['risk'],
      confidence: 0.8,
    },
    {
      // "We do not read your messages", "we never record your calls".
      id: 'no-access',
      stance: 'protection',
      match: ACCESSES,
      polarity: 'negated',
      unless: [WITH_US, /\byou\s+(?:can|may)\s+(?:\w+\s+){0,2}not\b/i],
      suppress: ['risk'],
      confidence: 0.8,
    },
    {
      // "Messages are end-to-end encrypted, so we cannot read them."
      id: 'encrypted-content',
      stance: 'protection',
      match: E2EE,
      suppress: ['risk'],
      confidence: 0.85,
    },
    {
      // "Phone.com does not require or intend to access customer data..." style promises not to open stored content.
      id: 'no-content-access',
      stance: 'protection',
      match: /\b(?:access|open|index|read|view|look\s+at|inspect)\w*\b(?=(?:[^\w.;]+\w+){0,4}?[^\w.;]+(?:customer\s+data|your\s+(?:files|content|data|documents|notes|mailbox)|(?:the\s+)?content\s+(?:of\s+)?(?:your|users'?|the)\s+(?:files|accounts?|data|documents))\b)/i,
      polarity: 'negated',
      // A disclaimer of liability for breaches is security, not a promise about reading content.
      unless: [/\b(?:responsib\w*|liab\w*|unauthori[sz]ed|hack\w*|breach\w*)\b/i],
      confidence: 0.7,
    },
  ],
  examples: [
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
  ],
};
