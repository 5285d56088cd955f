import type { CategoryRules, Rule } from '../rule';

// What a user may do with their own data or account.
const ACT = String.raw`(?:access(?:ing)?|review(?:ing)?|inspect|consult|export\w*|port|correct(?:ing|ion)?|rectif\w*|amend|update(?! (?:communications|e-?mails|newsletters|notifications))|edit(?:ing)?|modify(?:ing)?|delet(?:e|ing|ion)|eras(?:e|ing|ure)|remov(?:e|ing|al)|deactivat(?:e|ing)|clos(?:e|ing)|cancel(?:ling|ing)?|restrict|object|(?:request|ask for|get|obtain|receive) (?:a )?cop(?:y|ies)|(?:a|an electronic|a portable|a free|a full) cop(?:y|ies) of (?:all )?(?:your|the|their) (?:\w+ ){0,2}(?:data|information|records)|(?:provide|send|give) (?:you )?(?:with )?(?:a )?cop(?:y|ies)|(?:obtain|receive|get|see|view|download|change|terminate|disable|know)(?:\W+\w+){0,4}\W+(?:information|data|account|profile|copy|copies|records?|details|pii))\b`;
// The user's own data or account (not cookies or device settings, which are `choice`).
// Possessed by the user ("your data", "information about you", "personal data"), so that "you can
// access more information on our website" does not count.
const OWN = /\b(?:(?:your|their|his or her|his|her|own|the user's|my|child's|children's|kid's)\b(?:\W+\w+){0,3}\W+(?:information\w*|data|details|pii|accounts?|profiles?|records?|content|contributions?|posts?|submissions?|materials?|uploads?|feedback|comments?|preferences|photos?|videos?|reviews?|ratings?|messages?|files?|listings?|history|activity|notes?|documents?|docs|entries|library|playlists?|calendars?|journals?|projects?|boards?|transactions|orders|purchases|bookmarks|recordings?|playlists?|workouts?|results)|personal(?:ly identifiable)? (?:information|data|details)|(?:information|data|details|records|copies) (?:\w+ ){0,4}(?:about|of|relating to|concerning) (?:you|them|him|her|users?)|(?:information|data|content|posts?|records) (?:that )?(?:you|we) (?:have )?(?:\w+ )?(?:provided|submitted|posted|uploaded|shared|hold|store|have|collected)|pii|accounts?|inaccura\w+)\b/i;
const NOT_OWN = /\b(?:cookies?|browser|do not track|web beacons?|advertising id|(?:promotional|marketing) (?:e-?mails?|communications|messages)|unsubscrib\w*|push notifications?|notification settings)\b/i;

/**
 * What every `user-can*` rule shares. The trigger is split in three rules (a user who can act,
 * the service letting the user act, "to request access... contact us") so that each starts with
 * words the prefilter can gate on: one pattern with all three ran on every sentence with any of them.
 */
const USER_CAN: Omit<Rule, 'id' | 'match'> = {
  stance: 'protection',
  polarity: 'affirmed',
  also: [OWN],
  unless: [
    NOT_OWN,
    /\b(?:you|users?) (?:cannot|can't|can not|are not able|will not be able|may not)\b/i,
    /\b(?:not|never|n't) (?:allow|enable|permit|let|give|offer|provide)\b/i,
    /\b(?:can ?not|cannot|can't|may not) be (?:delet|eras|remov|modif|chang|correct|edit)\w*/i,
    /\bopt(?:ing)?[- ]?out of\b/i,
    // Controlling what an app sends is `choice`; "How users can correct..." is a heading.
    /\b(?:what|which) (?:\w+ )?(?:information|data) (?:\w+ ){0,4}(?:sends?|collects?|shares?|receives?)\b/i,
    /^\W*how\b/i,
  ],
  confidence: 0.75,
};

/** What both `on-request*` rules share (one pattern per way round, see `USER_CAN`). */
const ON_REQUEST: Omit<Rule, 'id' | 'match'> = {
  stance: 'protection',
  polarity: 'affirmed',
  also: [OWN],
  unless: [NOT_OWN, /\b(?:you|users?) (?:cannot|can't|can not|are not able|will not be able)\b/i],
  confidence: 0.7,
};

/** `user-rights`: access, correction, deletion, export of one's data; deactivating the account. */
export const userRights: CategoryRules = {
  category: 'user-rights',
  cue: /\b(?:access|review|view|inspect|consult|obtain|download|export|port|correct|rectif|amend|update|edit|modif|change|delet|eras|remov|deactivat|clos|cancel|terminat|disabl|restrict|object|forgotten|cop(?:y|ies)|request|right)/i,
  rules: [
    {
      id: 'user-can',
      match: new RegExp(String.raw`\b(?:you|users?|members?|customers?|parents?|guardians?|individuals?|residents?|visitors?|subscribers?|data subjects?|(?:account )?holders?|consumers?|anyone|everyone|the (?:user|customer|member))\b(?:\W+\w+){0,3}\W+(?:can|may|could|are (?:able|entitled|free|permitted|allowed)|is entitled|have (?:the )?(?:right|ability|option|opportunity)|has (?:the )?(?:right|ability|option)|maintain the right|retain the right|will be able|be able|entitled)\b(?:\W+\w+){0,12}\W+${ACT}`, 'i'),
      ...USER_CAN,
    },
    {
      // "We allow you to delete your account."
      id: 'user-can-let',
      match: new RegExp(String.raw`\b(?:we|company)\b(?:\W+\w+){0,2}\W+(?:allow|enable|permit|let|give|gives|offer|provide)s? (?:you|users?|members?|customers?|them)\b(?:\W+\w+){0,5}\W+${ACT}`, 'i'),
      ...USER_CAN,
    },
    {
      // "To request access to your data, contact us."
      id: 'user-can-request',
      match: new RegExp(String.raw`\b(?:to|you may|please) (?:request )?(?:access|review|correct|update|delete|edit|erase|have (?:it|them|your \w+(?: \w+)?) (?:corrected|deleted|removed|erased|updated|rectified))(?:,? (?:(?:and|or) )?(?:access|review|correct|update|delete|modify|edit|erase|remove|amend))*\b(?:\W+\w+){0,16}\W+(?:please )?(?:contact|e-?mail|write|call|visit|send|go to|log in|click|notify)`, 'i'),
      ...USER_CAN,
    },
    {
      id: 'on-request',
      match: new RegExp(String.raw`\b(?:if you(?: wish| want| would like|'d like| choose| decide| prefer)|should you (?:wish|want|choose)|in order to|to request|to make (?:such )?a request|(?:upon|on|at) (?:your )?request|you may (?:also )?(?:ask|request|contact)|(?:you|users?) can (?:always |also )?(?:ask|request|contact|email|write)|(?:you|users?) (?:have|has) (?:a |the )?right to|we (?:will|shall) (?:\w+ )?(?:let you|provide you|honou?r)|(?:you|users?) (?:have|has) (?:the |an )?option)\b(?:\W+\w+){0,12}\W+(?:${ACT}|have (?:it|them|your \w+(?: \w+)?) (?:corrected|deleted|removed|erased|updated)|(?:corrected|deleted|removed|erased|rectified))\b`, 'i'),
      ...ON_REQUEST,
    },
    {
      // The action first: "we will delete your data upon request" (a rule of its own so the prefilter can gate on "request").
      id: 'on-request-after',
      match: new RegExp(String.raw`\b${ACT}\b(?:\W+\w+){0,12}\W+(?:upon|on|at) (?:your |written )?request\b`, 'i'),
      ...ON_REQUEST,
    },
    {
      id: 'named-right',
      stance: 'protection',
      match: /\b(?:right(?:s)? (?:of|to) (?:access|rectification|erasure|portability|data portability|deletion|correction|be forgotten|restrict\w*|object|information|know|obtain|request|delete|correct|consult)|right to be informed|you (?:have|may have|also have) (?:the following|certain|these|several|a number of) (?:\w+ ){0,3}rights|(?:following|these|your|data protection|privacy|gdpr|ccpa) rights\b(?:\W+\w+){0,25}\W+(?:access|copy|copies|correct\w*|delet\w*|eras\w*|port\w*|rectif\w*)|(?:data (?:subject|protection) |privacy |your )rights\b(?:\W+\w+){0,12}\W+(?:access|correct|delet|eras|port|rectif)|data portability|right to data portability|requests? (?:to|for) (?:access|know|delete|deletion|correct|correction|erasure|a copy)|(?:access|deletion|erasure|correction|portability|export) requests?|data export|download (?:a copy of )?(?:your|all) (?:\w+ )?(?:data|information)|privacy dashboard|shine the light)\b/i,
      polarity: 'affirmed',
      // A description of the law's rights against "that company" is not this service's commitment.
      unless: [
        /\bwe (?:may )?(?:deny|refuse|decline)\b/i,
        /\bfrom (?:that|the) (?:company|business)\b/i,
        // The service's own rights ("we reserve the right to access ... any information").
        /\breserves? the right\b/i,
      ],
      confidence: 0.75,
    },
    {
      id: 'may-request-disclosure-list',
      stance: 'protection',
      match: /\b(?:may|can|have the right to|are entitled to) request (?:certain )?(?:information|details|a (?:list|notice))\b(?:\W+\w+){0,12}\W+(?:disclos|share|personal)/i,
      confidence: 0.7,
    },
    {
      id: 'offered-means',
      stance: 'protection',
      // "We give you the opportunity to delete your account", "the app offers tools to export your data".
      match: new RegExp(String.raw`\b(?:give|gives|giving|offer|offers|offering|provide|provides|providing)\b(?:\W+\w+){0,2}\W+(?:the |an? )?(?:opportunity|option|chance|ability|means|tools?|features?|functionality) to (?:\w+,? (?:or |and )?){0,2}${ACT}`, 'i'),
      polarity: 'affirmed',
      also: [OWN],
      unless: [NOT_OWN, /\b(?:not|never|n't) (?:give|offer|provide)\b/i],
      confidence: 0.7,
    },
    {
      id: 'account-deletion-erases',
      stance: 'protection',
      // "When you delete your account, your data is erased": the user can have their data deleted.
      match: /\b(?:when|if|once|after|upon|as soon as) (?:you )?(?:delete|close|deactivate|cancel|terminate|deleting|closing|deletion of|closure of) (?:your |the )?(?:account|profile|membership)\b/i,
      also: [/\b(?:is|are|will be|gets?|get|be) (?:\w+ )?(?:deleted|erased|removed|destroyed|purged|wiped)\b|\bwe (?:\w+ )?(?:delete|erase|remove|destroy|purge|wipe)\b/i],
      unless: [/\b(?:except|but|however|retain\w*|keep|kept|remain\w*|still|backups?|not (?:be )?(?:deleted|erased|removed))\b/i],
      confidence: 0.7,
    },
    {
      // "You have the right to ask us to:" + "Delete certain information we have about you.";
      // "Information you can access includes:" + "your order history;".
      id: 'item-of-rights-list',
      stance: 'protection',
      match: /\w/,
      topic: /\b(?:rights? to (?:access|know|request|ask|obtain|receive|delete|correct|rectif|erase|port|have)|(?:you|users?) (?:can|may) (?:access|request|ask|review|obtain|download|see|view|edit|delete|update|correct|exercise)|(?:information|data) (?:that )?you can (?:access|review|view|edit|update|delete|download)|request that we (?:disclose|provide|delete|correct)|ask us to|following (?:data protection |privacy )?rights)\b/i,
      topicIn: ['lead'],
      listItem: true,
      // The item itself names what may be had, in a few words; an item that is a sentence of its own speaks for itself.
      also: [/^(?:\S+\s+){0,24}\S+$/],
      unless: [/\b(?:cannot|can't|not able|no right)\b/i, /^\W*(?:we|you|your right|it|this|that|these|please|learn|for|if|when|where|written|similarly|withdrawing|there|they|he|she|our)\b/i],
      confidence: 0.65,
    },
    {
      id: 'request-in-context',
      stance: 'protection',
      // Under "Deleting your data" or "Your rights": "Email us and we will delete it."
      match: /\b(?:we(?: will|'ll| shall)) (?:\w+ ){0,2}(?:delete|erase|remove|correct|rectify|update|export|send you a copy|provide (?:you with )?(?:a copy|access))\b/i,
      polarity: 'affirmed',
      also: [/\b(?:contact|e-?mail|write|call|message|ask|request|tell)\w*\b/i],
      topic: /\b(?:delet\w*|eras\w*|access(?:ing)? (?:to )?your|correct\w*|(?:your|data (?:subject|protection)|privacy) rights|export\w*|portability)\b/i,
      topicIn: ['heading', 'lead'],
      confidence: 0.65,
    },
    {
      id: 'cannot-delete',
      stance: 'risk',
      match: /\b(?:cannot|can't|can not|unable to|not (?:be )?(?:able|possible|permitted|allowed) to|(?:do|does|will) not (?:allow|permit|let) (?:you|users?|members?|customers?)|no (?:way|option|ability) to|(?:is|are) not (?:\w+ )?(?:deletable|removable))\b(?:\W+\w+){0,3}\W+(?:be )?(?:delet|eras|remov|clos|cancel|deactivat)\w*/i,
      also: [OWN],
      // "You cannot opt out of service emails" is `choice`; "cannot access the site" is not about data.
      unless: [/\b(?:opt[- ]?out|unsubscribe|cookies?|the (?:site|service|website) (?:will|may))\b/i, /\bno longer (?:be )?(?:able to )?access/i],
      confidence: 0.75,
    },
    {
      id: 'cannot-get-own-data',
      stance: 'risk',
      // Only the user being unable to see their data: "we cannot access your encrypted content" protects.
      match: /\b(?:(?:you|users?)\b(?:\W+\w+){0,2}\W+(?:cannot|can't|can not|will not be able to|are not able to|may not)|(?:no|not a) (?:way|option|means|ability|possibility) (?:for (?:you|users) )?to|(?:is|it's) not possible (?:for (?:you|users) )?to)\s+(?:access|obtain|see|view|export|download|get|receive) (?:\w+ ){0,3}(?:your|their|the) (?:\w+ )?(?:data|information|records|history)\b/i,
      confidence: 0.7,
    },
    {
      id: 'service-will-not-provide',
      stance: 'risk',
      // The service refusing copies or access: "we are unable to provide you with a copy of your data".
      match: /\b(?:we|company|the service)\b(?:\W+\w+){0,1}\W+(?:cannot|can't|can not|are not able to|are unable to|do not|don't|will not|won't|does not|is not able to|is unable to)\s+(?:\w+\s+)?(?:provide|give|send|offer|grant|supply|release)\w*\s+(?:\w+\s+){0,3}(?:cop(?:y|ies)|access|exports?|a way to (?:delete|export|download|access)|an option to (?:delete|export|download|access)|the (?:ability|option) to (?:delete|export|download|access))\b/i,
      also: [/\b(?:you|your|users?)\b/i],
      unless: [/\b(?:third part(?:y|ies)|unauthori[sz]ed|others|advertisers|partners)\b/i],
      confidence: 0.7,
    },
    {
      id: 'deletion-unavailable',
      stance: 'risk',
      match: /\b(?:(?:account|data|profile) (?:deletion|removal|closure|export)|(?:deleting|closing|exporting) (?:your |an )?(?:account|data|profile))\s+(?:is|are)\s+not\s+(?:currently\s+)?(?:available|possible|supported|offered|permitted|allowed)\b/i,
      confidence: 0.7,
    },
    {
      id: 'access-refused',
      stance: 'risk',
      match: /\b(?:(?:deny|denies|denied|refuse|refuses|refused|decline|declines|declined|reject|rejects|rejected)\b(?:\W+\w+){0,3}\W+(?:access|requests?|your request)|(?:decide|choose|elect) not to (?:provide|grant|give) (?:you )?access|(?:refus|declin|den(?:y|ie))\w* to (?:delete|erase|remove|correct|rectify|provide|give|honou?r|act on|comply with)|not (?:be )?(?:required|obliged|obligated) to (?:provide|grant|give|honou?r) (?:you )?(?:access|copies|your request))\b/i,
      polarity: 'affirmed',
      also: [/\b(?:information|data|access|records?|request)\b/i],
      unless: [/\b(?:unauthori[sz]ed|third part(?:y|ies) (?:from )?access|fraud|security|cookies?)\b/i],
      confidence: 0.7,
    },
  ],
  examples: [
    { text: 'Delete certain information we have about you.', lead: 'You have the right to ask us to:', labels: ['user-rights:protection'] },
    { text: 'your complete order history;', lead: 'Examples of information you can access include:', labels: ['user-rights:protection'] },
    { text: 'Advertising partners, to show you offers;', lead: 'We may share your data with:', labels: [] },
    { text: 'You can access, correct or delete your personal data at any time in your account settings.', labels: ['user-rights:protection'] },
    { text: 'Users may request a copy of the personal information we hold about them.', labels: ['user-rights:protection'] },
    { text: 'You have the right to data portability and the right to erasure.', labels: ['user-rights:protection'] },
    { text: 'To review or update your information, please email our privacy team.', labels: ['user-rights:protection'] },
    { text: 'We give you the ability to edit your profile and preferences.', labels: ['user-rights:protection'] },
    { text: 'You may deactivate your account at any time.', labels: ['user-rights:protection'] },
    { text: 'Your verified profile details cannot be deleted.', labels: ['user-rights:risk'] },
    { text: 'We may refuse access to your records if we cannot verify your identity.', labels: ['user-rights:risk'] },
    { text: 'There is no way to delete your account once it has been created.', labels: ['user-rights:risk'] },
    { text: 'You can export your playlists as a CSV file whenever you want.', labels: ['user-rights:protection'] },
    { text: 'Parents may review or delete their child\'s profile by contacting support.', labels: ['user-rights:protection'] },
    { text: 'Our dashboard offers tools to download or erase your stored recordings.', labels: ['user-rights:protection'] },
    { text: 'Once you close your account, your profile and uploads are removed from our systems.', labels: ['user-rights:protection'] },
    { text: 'We do not provide copies of the personal data we keep about you.', labels: ['user-rights:risk'] },
    { text: 'Account deletion is not currently available in the app.', labels: ['user-rights:risk'] },
    { text: 'We do not give third parties access to your messages.', labels: [] },
    { text: 'When you close your account, some data is still kept in backups.', labels: [], not: ['user-rights:protection'] },
    { text: 'You can set your browser to delete cookies.', labels: [] },
    { text: 'You can unsubscribe from marketing emails at any time.', labels: [] },
    { text: 'We restrict access to personal information to authorized employees.', labels: [] },
    { text: 'Upon request, we will provide you with a copy of the personal data we hold about you.', labels: ['user-rights:protection'] },
    { text: 'We reserve the right to access and disclose any information to enforce our terms.', labels: [] },
    { text: 'By design, we cannot access your encrypted files.', labels: [] },
  ],
};
