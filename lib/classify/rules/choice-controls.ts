import type { Example, Rule } from '../rule';
import { CANNOT_OPT_OUT, CONTROLLABLE, LAW_TALK, REVISION } from './choice-words';

// Verbs by which a user limits what happens to their data once in the settings ("stop this within
// Settings", "choose to make it public"); not cosmetic ones ("switch to dark mode", "change the font").
const CONTROL_VERB = /\b(?:stop|disable|turn (?:\w+ )?off|switch (?:\w+ )?off|opt|limit|restrict|hide|make (?:\w+ )?(?:public|private|visible|invisible)|decline|withdraw|revoke|block|pause|unlink|disconnect|control (?:who|what|which|whether|how)|choose (?:who|what|which|whether|to (?:make|share|hide|show|allow|stop|keep)))\b/i;

/**
 * `choice` protections offered as controls and requests for consent: one idea per rule, each
 * written from the taxonomy ("users can opt out ... or must opt in").
 */
export const CONTROL_RULES: Rule[] = [
  {
    // "we will ask for your consent before we profile your data", "we will contact you for your prior approval", "tick a box to allow us".
    id: 'asks-first',
    stance: 'protection',
    match: /\b(?:(?:ask|request|seek|obtain|get)(?:s|ed|ing)?(?: you)?(?: for)?|contact you for) (?:your |the user's )?(?:prior |express |explicit |separate |specific |affirmative )?(?:consent|permission|approval|authori[sz]ation)\b|\b(?:tick|check) (?:a|the) (?:\w+ )?box to (?:allow|agree|consent|let)\b/i,
    polarity: 'affirmed',
    // Consent to a change of the policy is `policy-changes`.
    unless: [LAW_TALK, REVISION],
    confidence: 0.7,
  },
  {
    // "You have a choice about interest-based advertising", "your options for managing personalised ads".
    id: 'has-choices',
    stance: 'protection',
    match: /\b(?:(?:have|has|offer\w*|give\w*|provide\w*) (?:you |users )?(?:a |the |several |various |certain |many |a number of |a variety of |a range of )?(?:choices?|options|controls) (?:about|regarding|over|concerning|as to|with respect to|in relation to|for managing|to manage)|your (?:choices|options|controls) (?:about|regarding|over|concerning|for managing|to manage|with respect to))\b/i,
    polarity: 'affirmed',
    also: [CONTROLLABLE],
    unless: [CANNOT_OPT_OUT, LAW_TALK],
    confidence: 0.65,
  },
  {
    // "you have a right to object to our use of your data", "subject to your right to control whether we do so".
    id: 'right-to-object',
    stance: 'protection',
    match: /\bright to (?:object|control|refuse|decline|restrict (?:our|the) (?:use|processing))\b|\bobject to (?:our|the|any) (?:use|processing|sharing|disclosure)\b/i,
    polarity: 'affirmed',
    unless: [LAW_TALK],
    confidence: 0.7,
  },
  {
    // "You can stop this within Settings", "you can choose to make it public in your account settings".
    id: 'in-settings',
    stance: 'protection',
    match: /\b(?:in|within|under|from|via|through|using) (?:your |the |our |its )?(?:\w+ ){0,2}(?:settings|preferences|privacy controls|permissions|account controls)\b/i,
    polarity: 'affirmed',
    also: [/\b(?:you|users?)\b(?:\W+\w+){0,3}\W+(?:can|may|could|are able to|will be able to)\b/i, CONTROL_VERB],
    unless: [CANNOT_OPT_OUT],
    confidence: 0.65,
  },
  {
    // "Push notifications can be disabled in your phone's settings", "location access can be revoked at any time".
    id: 'can-be-switched-off',
    stance: 'protection',
    match: /\b(?:can|may) (?:also |easily |always )?be (?:disabled|turned off|switched off|deactivated|reset|revoked|withdrawn|declined|refused|blocked)\b/i,
    polarity: 'affirmed',
    also: [CONTROLLABLE],
    // "Your account may be disabled", "access can be revoked by us" is the service acting.
    unless: [CANNOT_OPT_OUT, /\bby (?:us|the company|our)\b/i, /\b(?:account|accounts|access to the service)\b/i],
    confidence: 0.65,
  },
  {
    // "you can configure your browser to prevent this" (cookies named before), "instruct your browser to stop accepting cookies".
    id: 'browser-settings',
    stance: 'protection',
    match: /\b(?:configur|set|adjust|modif|chang|instruct|edit)\w* (?:\w+ ){0,2}browser\w*\b/i,
    polarity: 'affirmed',
    also: [/\bcookies?\b/i, /\b(?:you|your)\b/i],
    confidence: 0.65,
  },
  {
    // "To manage your newsletter preferences, click here", "modify your cookie settings".
    id: 'manage-preferences',
    stance: 'protection',
    match: /\b(?:manag|updat|chang|adjust|modif|review|control|set)\w* (?:your |their |the )?(?:\w+ ){0,2}(?:preferences|privacy settings|ad settings|advertising settings|cookie settings|communications? settings|notification settings|marketing settings|privacy choices)\b/i,
    polarity: 'affirmed',
    // "by browsing without changing your cookie settings, you agree" is implied consent, not a control.
    unless: [CANNOT_OPT_OUT, /\bwithout (?:\w+ )?(?:chang|adjust|modif|updat|manag)\w*/i],
    confidence: 0.65,
  },
  {
    // "click the 'Do Not Sell My Personal Information' link", "submit a request directing us not to sell".
    id: 'do-not-sell-request',
    stance: 'protection',
    match: /\bdo not (?:sell|share)(?: or share)? my (?:personal )?info\w*|\b(?:direct|instruct|tell|ask)(?:s|ed|ing)? us not to\b/i,
    also: [/\b(?:click\w*|visit\w*|link|submit\w*|select\w*|tap\w*|use|page|section|form|button|request|you)\b/i],
    confidence: 0.65,
  },
  {
    // "If you decline permission for us to collect your location, we will not collect it."
    id: 'declining-is-honoured',
    stance: 'protection',
    match: /\bif you (?:decline|refuse|deny|withhold|do not (?:grant|give|allow)|don't (?:grant|give|allow))\b(?:\W+\w+){0,6}\W+(?:permission|consent|access)\b/i,
    confidence: 0.7,
  },
];

/** Own phrasings for the control rules, both ways. */
export const CONTROL_EXAMPLES: Example[] = [
  { text: 'Push notifications can be switched off in your phone settings.', labels: ['choice:protection'] },
  { text: 'Your account may be disabled if you break the rules.', labels: [] },
  { text: 'We will always ask for your permission before we use your photos in marketing.', labels: ['choice:protection'] },
  { text: 'We do not ask for your consent before sharing data with our processors.', labels: [] },
  { text: 'You have several choices about how we use your information for advertising.', labels: ['choice:protection'] },
  { text: 'You have a choice of three subscription plans.', labels: [] },
  { text: 'You have the right to object to our processing of your data for marketing.', labels: ['choice:protection'] },
  { text: 'You can hide your activity status at any time in your privacy settings.', labels: ['choice:protection'] },
  { text: 'You can see your order history in your account settings.', labels: [] },
  { text: 'Most browsers accept cookies by default, but you can change your browser options to refuse them.', labels: ['choice:protection'] },
  { text: 'Update your email preferences from the link in any newsletter.', labels: ['choice:protection'] },
  { text: 'If you keep browsing without changing your cookie settings, we take that as consent.', labels: ['choice:risk'], not: ['choice:protection'] },
  { text: 'To opt out of sales, select "Do Not Sell My Personal Information" in the app menu.', labels: ['choice:protection'] },
  { text: 'If you deny the app access to your camera, the scanning feature will not work and nothing is uploaded.', labels: ['choice:protection'] },
  { text: 'Our servers are configured to reject malformed requests.', labels: [] },
];
