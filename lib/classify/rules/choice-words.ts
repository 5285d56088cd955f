/** Phrases the `choice` rules share (one place for each idea). */

// "you cannot opt out", "there is no way to opt out".
export const CANNOT_OPT_OUT = /\b(?:(?:cannot|can't|can not|unable to|not (?:be )?(?:able|possible|permitted|allowed) to|no (?:way|option|ability|means|mechanism) to|(?:you|users?) may not|will not be able to)\s+(?:\w+\s+){0,1}(?:opt[- ]?out|unsubscribe|refuse|decline|withdraw|(?:be )?(?:turn(?:ed)?|switch(?:ed)?) off|(?:be )?disabled?)|there is no (?:way to )?opt[- ]?out|(?:opt(?:ing)?[- ]?out|unsubscrib\w*)(?:\W+\w+){0,5}\W+(?:is|are) not (?:available|possible|offered|supported))\b/i;
// Words that make a sentence about the policy changing (that is `policy-changes`, not `choice`).
export const REVISION = /\b(?:revis\w*|chang\w*|modif\w*|amend\w*|updat\w*|new version)\b/i;
// The kinds of use a user can switch off.
export const CONTROLLABLE = /\b(?:marketing|promotion\w*|advertis\w*|ads\b|newsletters?|e-?mails?|messages|communications|notifications|offers|mailings?|surveys?|sharing|shared|disclos\w*|cookies?|tracking|image tags|web beacons|pixels|analytics|location|personali[sz]\w*|third part(?:y|ies)|partners?|contacts?|calls?|texts?|sms|recommendations|geolocation|(?:turn|switch)\w* (?:\w+ ){1,3}off|(?:privacy|ad|ads|advertising|cookie|tracking|sharing|data|location|marketing) (?:settings|preferences|controls)|(?:what|which) (?:\w+ )?(?:information|data))\b/i;
// Describing what a law lets "a company" do is not this service's commitment.
export const LAW_TALK = /\b(?:the law (?:provides|requires|allows|states)|law requires|if (?:the|a) company (?:has|offers|provides))\b/i;
// Signals the service does not honour ("we do not respond to opt-out preference signals such as GPC"):
// that is `do-not-track`, and no choice the user has.
export const SIGNAL_REFUSED = /\b(?:(?:not|never|n't|unable to)\b(?:\W+\w+){0,4}\W+(?:recogni[sz]e|respond|honou?r|process|support|treat|act on|accept)\w*(?:\W+\w+){0,14}\W+(?:signals?|headers?|do not track|dnt|gpc|global privacy control)|(?:signals?|gpc|do not track|dnt)\b(?:\W+\w+){0,6}\W+(?:are|is) not (?:currently )?(?:supported|honou?red|recogni[sz]ed|processed)|(?:do not track|dnt)\b(?:\W+\w+){0,8}\W+will not (?:prevent|stop|block))/i;
