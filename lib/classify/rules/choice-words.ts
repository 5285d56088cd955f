/** Phrases the `choice` rules share (one place for each idea). */

// "you cannot opt out", "there is no way to opt out".
export const CANNOT_OPT_OUT = /\b(?:(?:cannot|can't|can not|unable to|not (?:be )?(?:able|possible|permitted|allowed) to|no (?:way|option|ability|means|mechanism) to|(?:you|users?) may not|will not be able to)\s+(?:\w+\s+){0,1}(?:opt[- ]?out|unsubscribe|refuse|decline|withdraw|(?:be )?(?:turn(?:ed)?|switch(?:ed)?) off|(?:be )?disabled?)|there is no (?:way to )?opt[- ]?out|(?:opt(?:ing)?[- ]?out|unsubscrib\w*)(?:\W+\w+){0,5}\W+(?:is|are) not (?:available|possible|offered|supported))\b/i;
// Words that make a sentence about the policy changing (that is `policy-changes`, not `choice`).
export const REVISION = /\b(?:revis\w*|chang\w*|modif\w*|amend\w*|updat\w*|new version)\b/i;
// The kinds of use a user can switch off.
export const CONTROLLABLE = /\b(?:marketing|promotion\w*|advertis\w*|ads\b|newsletters?|e-?mails?|messages|communications|notifications|offers|mailings?|surveys?|sharing|shared|disclos\w*|cookies?|tracking|image tags|web beacons|pixels|analytics|location|personali[sz]\w*|third part(?:y|ies)|partners?|contacts?|calls?|texts?|sms|recommendations|geolocation|(?:turn|switch)\w* (?:\w+ ){1,3}off|(?:privacy|ad|ads|advertising|cookie|tracking|sharing|data|location|marketing) (?:settings|preferences|controls)|(?:what|which) (?:\w+ )?(?:information|data))\b/i;
// Describing what a law lets "a company" do is not this service's commitment.
export const LAW_TALK = /\b(?:the law (?:provides|requires|allows|states)|law requires|if (?:the|a) company (?:has|offers|provides))\b/i;
