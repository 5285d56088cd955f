import type { CategoryRules } from '../rule';

// Widely used ad, analytics and social tracking products (general knowledge, not one policy's wording).
const NAMED = String.raw`(?:google(?:\s+(?:analytics|ads|adsense|adwords|tag\s+manager|display\s+network|marketing\s+platform|signals))?|doubleclick|facebook(?:\s+pixel)?|meta\s+pixel|twitter|linkedin|tiktok\s+pixel|hotjar|mixpanel|quantcast|comscore|nielsen|criteo|taboola|outbrain|appnexus|amplitude|adobe\s+analytics|crazy\s*egg|optimizely|appsflyer|kochava|firebase|flurry|scorecard|siteimprove|sharethis|addthis|youtube)`;
// Someone other than the service who can watch the user: the taxonomy needs a third party.
const ACTOR = String.raw`(?:third[- ]part(?:y|ies)|services\s+of\s+\w+|(?:business|advertising|marketing|analytics?|ad|social(?:\s+media)?|trusted|our)\s+partners?|partners|advertisers?|ad(?:vertising)?\s+(?:networks?|servers?|serving\s+companies|companies|vendors?|providers?|platforms?|tech\w*)|(?:web\s+)?(?:analytics?|analytical)\s+(?:services?|providers?|tools?|partners?|compan(?:y|ies)|vendors?|software|platforms?|programs?)|(?:third[- ]party\s+)?vendors?|service\s+providers?|these\s+(?:companies|networks|parties|providers|vendors)|social\s+(?:media\s+)?(?:networks?|platforms?|sites?)|${NAMED})`;
// Tracking technology.
const TECH = String.raw`(?:cookies?|web\s+beacons?|beacons?|pixels?(?:\s+tags?)?|tracking\s+pixels?|clear\s+gifs?|web\s+bugs?|tags?|sdks?|software\s+development\s+kits?|scripts?|plug-?ins?|widgets?|fingerprint\w*|local\s+(?:shared\s+objects|storage)|flash\s+cookies|(?:tracking|similar|other)\s+(?:technolog\w+|tools|mechanisms)|device\s+identifiers?|advertising\s+(?:ids?|identifiers?)|mobile\s+identifiers?|tracking\s+(?:information|data))`;
// "Interest-based advertising", "ads tailored to your interests", remarketing.
const TARGETED_ADS = String.raw`(?:(?:interest[- ]based|behaviou?ral(?:ly)?|targeted|personali[sz]ed|tailored|retargeted|relevant|customi[sz]ed|cookie-based)\s+(?:\w+\s+){0,2}?(?:ads|adverts?|advertising|advertisements|marketing|messaging)|(?:ads|adverts?|advertising|advertisements)\s+(?:\w+\s+){0,6}?(?:tailored|targeted|relevant|based\s+(?:up)?on|that\s+(?:may\s+)?(?:be\s+)?(?:of\s+)?interest|more\s+relevant)|re-?marketing|re-?targeting|retargeting|cross[- ]device|ad\s+networks?|advertising\s+networks?)`;
// Pointers to opt-out pages or to a third party's own policy, and scope disclaimers, describe no practice.
const ABOUT_ONLY = /^(?![\s\S]*\b(?:we|our\s+\w+)\s+(?:\w+\s+){0,2}(?:use|uses|utili[sz]e|employ|work\s+with|partner\s+with|allow|permit|place|include|embed|integrate)\b|[\s\S]*\bused\s+by\s+(?!you\b))[\s\S]*\b(?:opt[- ]?out\s+(?:of|here|by|at|from|using|please)|learn\s+more|more\s+information|read\s+more|terms\s+of\s+use\s+and\s+privacy|does\s+not\s+(?:cover|apply\s+to)|not\s+covered\s+by|within\s+their\s+(?:sole\s+)?control)\b/i;
const USER_NEG = /\b(?:if|when|unless)\s+you\s+(?:\w+\s+){0,2}(?:not|n't|disable|block|refuse|reject|decline|delete)|\byou\s+(?:may|can|could)\s+(?:\w+\s+){0,4}(?:reject|refuse|block|disable|delete|remove|decline)\s+(?:\w+\s+){0,2}cookies|\bchoose\s+not\s+to\b/i;

/** `tracking`: third parties collecting data about the user's activity; behavioural ads. */
export const tracking: CategoryRules = {
  category: 'tracking',
  cue: /off-?site|off-?platform|outside (?:of )?(?:our|the)|cookie|beacon|pixel|gif|\btags?\b|sdk|script|plug-?in|widget|fingerprint|track|analytic|advertis|\bads?\b|adverts?|remarket|retarget|google|facebook|twitter|doubleclick|social|network|identifier|statistic|third[- ]part|partners|vendors/i,
  rules: [
    {
      // "Some of our partners may use cookies on the Site", "analytics providers use web beacons".
      id: 'third-party-tech',
      stance: 'risk',
      match: new RegExp(String.raw`\b${ACTOR}\b(?=(?:[^.;]{0,160}?)\b${TECH}\b)|\b${TECH}\b(?=(?:[^.;]{0,120}?)\b${ACTOR}\b)`, 'i'),
      // Cheap prefilters (checked before the proximity trigger): both parts must be in the sentence.
      also: [new RegExp(String.raw`\b${TECH}\b`, 'i'), new RegExp(String.raw`\b${ACTOR}\b`, 'i')],
      polarity: 'affirmed',
      unless: [USER_NEG, ABOUT_ONLY, /\bin\s+aggregated?\s+form\b/i, /\b(?:no|none\s+of\s+(?:the|our))\s+(?:\w+\s+)?(?:third[- ]party|partner)/i],
      confidence: 0.75,
    },
    {
      // "third-party cookies", "third-party analytics", "third party trackers".
      id: 'third-party-trackers',
      stance: 'risk',
      match: /\bthird[- ]party\s+(?:\w+\s+)?(?:cookies|trackers|tracking|analytics|web\s+analytics|advertis\w+|ad\s+\w+|pixels?|tags?|sdks?|beacons?|plug-?ins|widgets)\b/i,
      polarity: 'affirmed',
      unless: [USER_NEG, ABOUT_ONLY],
      confidence: 0.8,
    },
    {
      // "We use Google Analytics", "we work with analytics partners", "Facebook pixel".
      id: 'named-tracker',
      stance: 'risk',
      also: [/google|doubleclick|pixel|insight|hotjar|mixpanel|quantcast|comscore|criteo|taboola|outbrain|appnexus|adobe|crazy|appsflyer|kochava|firebase|flurry|identifier|idfa|analytic/i],
      match: /\b(?:google\s+(?:analytics|ads|adsense|adwords|tag\s+manager|display\s+network|signals)|doubleclick|(?:facebook|meta|twitter|linkedin|tiktok|pinterest)\s+(?:pixels?|insight\s+tag|ads)|hotjar|mixpanel|quantcast|comscore|criteo|taboola|outbrain|appnexus|adobe\s+analytics|crazy\s*egg|appsflyer|kochava|firebase\s+analytics|flurry|advertising\s+(?:ids?|identifiers?)|idfa|(?:web\s+)?(?:analytics|analytical)\s+(?:services?|providers?|partners?|compan(?:y|ies)|vendors?|tools?))\b/i,
      polarity: 'affirmed',
      unless: [USER_NEG, ABOUT_ONLY, /\bself[- ]hosted\b/i],
      confidence: 0.75,
    },
    {
      // Behavioural advertising, remarketing, ad networks.
      id: 'targeted-ads',
      stance: 'risk',
      match: new RegExp(String.raw`\b${TARGETED_ADS}\b`, 'i'),
      polarity: 'affirmed',
      unless: [USER_NEG, ABOUT_ONLY, /\b(?:opt[- ]out\s+of|turn\s+off|disable|limit)\s+(?:\w+\s+){0,2}(?:interest|personali[sz]ed|targeted|behaviou?ral)/i],
      also: [/\bads\b|advert|marketing|messaging|retarget|re-target|cross[- ]device|ad\s+network/i],
      confidence: 0.7,
    },
    {
      // "track your online activities over time and across other websites", ads "on other web sites".
      id: 'cross-site',
      stance: 'risk',
      match: /\b(?:track|tracks|tracked|tracking|collect\w*|follow\w*|monitor\w*|recogni[sz]e)\b(?=[^.;]{0,80}\b(?:over\s+time|across\s+(?:\w+\s+){0,2}(?:websites|sites|apps|applications|services|devices|the\s+internet|platforms)|on\s+other\s+(?:web\s*)?sites|(?:other|third[- ]party)\s+(?:web\s*)?sites|(?:other|third[- ]party)\s+(?:websites|apps)))|\b(?:ads|advertisements|advertising)\b[^.;]{0,60}\b(?:on\s+other\s+(?:web\s*)?sites|across\s+the\s+internet|on\s+(?:\w+\s+)?third[- ]party\s+(?:web\s*)?sites)\b|\boff-?(?:site|platform)\s+(?:behaviou?r|activit\w*|browsing)\b|\b(?:your\s+)?(?:activit\w*|browsing|behaviou?r)\s+(?:on\s+)?(?:outside|off)\s+(?:of\s+)?(?:our|the)\s+(?:site|services?|platform|apps?)\b/i,
      polarity: 'affirmed',
      unless: [USER_NEG, ABOUT_ONLY],
      confidence: 0.75,
    },
    {
      // "Advertising cookies", "targeting cookies", "social media cookies", "analytics cookies".
      id: 'ad-cookies',
      stance: 'risk',
      match: /\b(?:advertising|advertisement|targeting|marketing|tracking|analytics?|analytical|statistics?|performance|social\s+media|social\s+networks?|third[- ]party)\s+(?:and\s+\w+\s+)?(?:cookies|pixels|tags)\b|\bsocial\s+(?:media\s+)?(?:plug-?ins?|widgets?|buttons?|features?)\b|\b(?:like|share)\s+buttons?\b/i,
      polarity: 'affirmed',
      unless: [USER_NEG, ABOUT_ONLY],
      confidence: 0.7,
    },
    {
      // "We may contract with a third party to track and analyze usage", "third parties automatically receive information".
      id: 'third-party-analyses-use',
      stance: 'risk',
      match: new RegExp(String.raw`\b${ACTOR}\b[^.;]{0,80}?\b(?:track|analy[sz]e|monitor|measure|automatically\s+(?:receive|collect)|collect\s+(?:\w+\s+){0,3}(?:information|data)\s+(?:about|on|regarding)\s+(?:your|users'?|visitors'?)\s+(?:\w+\s+)?(?:visits?|use|usage|activit|brows|interactions?))`, 'i'),
      // Prefilter (cheap, checked first): the verb must be there.
      also: [/\b(?:track|analy[sz]e|monitor|measure|automatically|collect)/i],
      polarity: 'affirmed',
      unless: [USER_NEG, ABOUT_ONLY, /\b(?:no|not)\s+(?:\w+\s+){0,2}(?:third[- ]part|partner)/i],
      confidence: 0.7,
    },
    {
      // "We do not use third-party trackers", "no analytics or tracking software whatsoever", "we never use advertising cookies".
      id: 'no-trackers',
      stance: 'protection',
      match: /\b(?:third[- ]party\s+(?:\w+\s+)?(?:cookies|trackers?|tracking|analytics|advertising)|track(?:ing|er)s?\s+(?:cookies|technolog\w*|software|tools?|scripts?|pixels?|networks?|mechanisms?)|trackers|(?:advertising|marketing|analytics?|analytical|targeting)\s+(?:and\s+\w+\s+)?cookies|cookies\s+(?:\w+\s+){0,2}(?:other\s+)?tracking|analytics\s+(?:or|and)\s+tracking|google\s+analytics|(?:interest[- ]based|behaviou?ral|targeted)\s+(?:ads|advertising)|remarketing|fingerprinting)\b/i,
      polarity: 'negated',
      unless: [USER_NEG, ABOUT_ONLY, /\bnot\s+(?:\w+\s+)?(?:able|possible)\s+to\s+(?:\w+\s+)?(?:opt|block|disable|refuse)/i],
      suppress: ['risk'],
      confidence: 0.85,
    },
    {
      // "We do not track you", "JavaScript is not used to track users".
      id: 'no-tracking',
      stance: 'protection',
      match: /\b(?:track|tracks|tracked|tracking)\s+(?:or\s+\w+\s+)?(?:(?:\w+\s+){0,2}(?:about|of)\s+)?(?:you|users?|visitors?|people|individuals|your\s+(?:activity|browsing|searches|search\s+history)|users'?\s+behaviou?r)\b|\bno\s+(?:\w+\s+)?(?:tracking|trackers)\b|\btracking\s+by\s+third/i,
      polarity: 'negated',
      // "browsers let you tell a website not to track you" describes the DNT signal (do-not-track reads it).
      unless: [USER_NEG, /do[- ]not[- ]track(?<!\b(?:we|they|i|it|which|that|who|also|currently|still|and|generally|simply|will|does|do)\s+do[- ]not[- ]track)|\bdnt\b/i],
      suppress: ['risk'],
      confidence: 0.8,
    },
    {
      // "We only use session cookies", "our cookies are strictly necessary and not used for marketing".
      id: 'only-necessary-cookies',
      stance: 'protection',
      match: /\bonly\s+(?:\w+\s+){0,2}(?:session|essential|strictly\s+necessary|functional|first[- ]party|authentication|technical)\s+cookies\b|\b(?:session|essential|strictly\s+necessary|functional|first[- ]party|authentication|technical)\s+cookies\s+only\b|\bcookies\s+(?:\w+\s+){0,3}only\s+(?:\w+\s+){0,3}(?:required|necessary|needed|essential)\b|\bfree\s+of\s+(?:\w+\s+)?(?:tracking|trackers|advertising)\b/i,
      unless: [/\b(?:third[- ]part|advertis|analytics)\w*\s+(?:\w+\s+)?cookies\b(?![^.]*\bnot\b)/i],
      also: [/\bonly\b|free\s+of/i],
      confidence: 0.75,
    },
  ],
  examples: [
    { text: 'We use Google Analytics to understand how visitors use our site.', labels: ['tracking:risk'] },
    { text: 'Our advertising partners may place cookies and web beacons on your device.', labels: ['tracking:risk'] },
    { text: 'Third-party cookies help us measure the performance of our campaigns.', labels: ['tracking:risk'] },
    { text: 'We may show you interest-based ads on other websites you visit.', labels: ['tracking:risk'] },
    { text: 'These networks track your online activities over time and across different websites.', labels: ['tracking:risk'] },
    { text: 'We use remarketing to show our ads to people who visited our site.', labels: ['tracking:risk'] },
    { text: 'Our pages include social media widgets such as the Facebook Like button.', labels: ['tracking:risk'] },
    { text: 'Advertising cookies are used to deliver ads relevant to you.', labels: ['tracking:risk'] },
    { text: 'We personalise your feed based on your off-site behaviour.', labels: ['tracking:risk'] },
    { text: 'We do not use third-party trackers or advertising cookies.', labels: ['tracking:protection'] },
    { text: 'Our apps contain no analytics or tracking software whatsoever.', labels: ['tracking:protection'] },
    { text: 'We do not track you across other websites.', labels: ['tracking:protection'] },
    { text: 'We only use session cookies that are deleted when you close your browser.', labels: ['tracking:protection'] },
    { text: 'We use cookies to keep you signed in and to remember your language.', labels: [] },
    { text: 'If you disable cookies, some parts of the site may not work.', labels: [] },
    { text: 'We collect your name and email address when you create an account.', labels: [] },
  ],
};
