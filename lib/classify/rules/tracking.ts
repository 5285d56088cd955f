import type { CategoryRules } from '../rule';

// Widely used ad, analytics and social tracking products (general knowledge, not one policy's wording).
const NAMED = String.raw`(?:google(?:\s+(?:analytics|ads|adsense|adwords|tag\s+manager|display\s+network|marketing\s+platform|signals))?|doubleclick|facebook(?:\s+pixel)?|meta\s+pixel|twitter|linkedin|tiktok\s+pixel|hotjar|mixpanel|quantcast|comscore|nielsen|criteo|taboola|outbrain|appnexus|amplitude|adobe\s+analytics|crazy\s*egg|optimizely|appsflyer|kochava|firebase|flurry|scorecard|siteimprove|sharethis|addthis|youtube)`;
// Someone other than the service who can watch the user: the taxonomy needs a third party.
const ACTOR = String.raw`(?:third[- ]part(?:y|ies)|services\s+of\s+\w+|(?:business|advertising|marketing|analytics?|ad|social(?:\s+media)?|trusted|our)\s+partners?|partners|advertisers?|ad(?:vertising)?\s+(?:networks?|servers?|serving\s+companies|companies|vendors?|providers?|platforms?|tech\w*)|(?:web\s+)?(?:analytics?|analytical)\s+(?:services?|providers?|tools?|partners?|compan(?:y|ies)|vendors?|software|platforms?|programs?)|(?:third[- ]party\s+)?vendors?|service\s+providers?|these\s+(?:companies|networks|parties|providers|vendors)|social\s+(?:media\s+)?(?:networks?|platforms?|sites?)|${NAMED})`;
// Tracking technology.
const TECH = String.raw`(?:cookies?|web\s+beacons?|beacons?|pixels?(?:\s+tags?)?|tracking\s+pixels?|clear\s+gifs?|web\s+bugs?|tags?|sdks?|software\s+development\s+kits?|scripts?|plug-?ins?|widgets?|fingerprint\w*|local\s+(?:shared\s+objects|storage)|flash\s+cookies|(?:tracking|similar|other)\s+(?:technolog\w+|tools|mechanisms)|device\s+identifiers?|advertising\s+(?:ids?|identifiers?)|session\s+(?:replay|recording)\s+(?:tools?|scripts?|software|services?)|mobile\s+identifiers?|tracking\s+(?:information|data))`;
// "Interest-based advertising", "ads tailored to your interests", remarketing.
const TARGETED_ADS = String.raw`(?:(?:interest[- ]based|behaviou?ral(?:ly)?|targeted|personali[sz]ed|tailored|retargeted|relevant|customi[sz]ed|cookie-based)\s+(?:\w+\s+){0,2}?(?:ads|adverts?|advertising|advertisements|marketing|messaging)|(?:ads|adverts?|advertising|advertisements)\s+(?:\w+\s+){0,6}?(?:tailored|targeted|relevant|based\s+(?:up)?on|that\s+(?:may\s+)?(?:be\s+)?(?:of\s+)?interest|more\s+relevant)|re-?marketing|re-?targeting|retargeting|cross[- ]device|ad\s+networks?|advertising\s+networks?)`;
// Pointers to opt-out pages or to a third party's own policy, and scope disclaimers, describe no practice.
const ABOUT_ONLY = /^(?![\s\S]*\b(?:we|our\s+\w+)\s+(?:\w+\s+){0,2}(?:use|uses|utili[sz]e|employ|work\s+with|partner\s+with|allow|permit|place|include|embed|integrate)\b|[\s\S]*\bused\s+by\s+(?!you\b)|[\s\S]*\b(?:partners|third[- ]parties|networks|advertisers|providers|vendors|companies|they)\s+(?:\w+\s+)?(?:may|might|will|can|could)\s+(?:also\s+)?(?:use|place|set|collect|track|serve|drop|read|gather))[\s\S]*\b(?:opt[- ]?out\s+(?:of|here|by|at|from|using|please)|learn\s+more|more\s+information|read\s+more|terms\s+of\s+use\s+and\s+privacy|does\s+not\s+(?:cover|apply\s+to)|not\s+covered\s+by|within\s+their\s+(?:sole\s+)?control)\b/i;
// The user's own refusal ("if you disable cookies, ...") describes a choice, not a practice; unless the
// sentence also states that the service or a third party uses trackers ("we use X, which sets cookies; if you do not agree...").
const USER_NEG = /^(?![\s\S]*?\b(?:we|our\s+(?:site|website|service|app)s?)\s+(?:\w+\s+){0,3}?(?:use|uses|employ|work\s+with|partner\s+with|allow|permit|place|set|embed|integrate)\b[^.;]{0,160}?\b(?:third[- ]part|google|facebook|advertis|analytics|pixel|beacon|sdk))[\s\S]*?(?:\b(?:if|when|unless)\s+you\s+(?:\w+\s+){0,2}(?:not|n't|disable|block|refuse|reject|decline|delete)|\byou\s+(?:may|can|could)\s+(?:\w+\s+){0,4}(?:reject|refuse|block|disable|delete|remove|decline)\s+(?:\w+\s+){0,2}cookies|\bchoose\s+not\s+to\b)/i;

// A definition of the practice is no practice: "Retargeting is a form of advertising that..." (unless we say we use it).
const DEFINES = /^(?![\s\S]*\b(?:we|our\s+\w+)\s+(?:\w+\s+){0,2}(?:use|uses|engage|work|partner|employ|rely)\b)[\s\S]*?\b(?:is|are)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:form|type|kind|method|technique|practice|way)\s+of\b|^\W*[\w\s-]{1,40}?["']?\s+(?:means|refers\s+to|is\s+defined\s+as)\b/i;
// Handing over an identifier is sharing (advertiser-sharing reads it), not on-page collection by a third party.
const SHARES_ID = /\b(?:share[sd]?|sharing|disclos\w+|provid\w+|send|sends|transfer\w*)\s+(?:\w+\s+){0,3}(?:advertising|device|mobile)\s+(?:ids?|identifiers?)\b(?![^.;]*\b(?:cookies|pixels?|sdks?|beacons?|track\w*)\b)/i;
// Contextual ads chosen from the page, not the person.
const CONTEXTUAL = /\b(?:only|solely|purely|exclusively)\s+(?:\w+\s+)?contextual\b|\bbased\s+(?:only\s+|solely\s+|purely\s+)?(?:up)?on\s+(?:the\s+)?(?:page|content|article|context|keywords?|search\s+(?:terms?|query))\b[^.;]{0,40}\bnot\s+(?:on\s+)?(?:who|your|you)\b/i;
// The service switching trackers off ("when your browser sends one, we switch off advertising cookies").
const SERVICE_OFF = /\b(?:we|it)\s+(?:will\s+|automatically\s+)*(?:switch\w*\s+off|turn\w*\s+off|disabl\w+|stop\w*\s+(?:using|setting|loading|placing)|do\s+not\s+load|block\w*)\b/i;

// A sale or rental of data to ad networks is `data-sale` (and advertiser-sharing), not trackers on the
// page: unless the sentence names the trackers or the behavioural ads ("allowing partners to collect
// data through cookies may be a 'sale'").
const SALE_TALK = /^(?![\s\S]*\b(?:cookies?|pixels?|beacons?|sdks?|tags?|scripts?|behaviou?ral|interest[- ]based|targeted|cross[- ]context|retarget\w*|remarket\w*)\b)[\s\S]*\b(?:sell|sells|sold|selling|rent|rents|rented|sale)\b/i;

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
      unless: [USER_NEG, ABOUT_ONLY, SALE_TALK, /\bin\s+aggregated?\s+form\b/i, SHARES_ID, /\b(?:no|none\s+of\s+(?:the|our))\s+(?:\w+\s+)?(?:third[- ]party|partner)/i],
      confidence: 0.75,
    },
    {
      // "third-party cookies", "third-party analytics", "third party trackers".
      id: 'third-party-trackers',
      stance: 'risk',
      match: /\bthird[- ]party\s+(?:\w+\s+)?(?:cookies|trackers|tracking|analytics|web\s+analytics|advertising|ad\s+(?:networks?|servers?|serving|tech\w*|cookies|tags|pixels)|pixels?|tags?|sdks?|beacons?|plug-?ins|widgets)\b/i,
      polarity: 'affirmed',
      unless: [USER_NEG, ABOUT_ONLY, SERVICE_OFF],
      confidence: 0.8,
    },
    {
      // "We use Google Analytics", "we work with analytics partners", "Facebook pixel".
      id: 'named-tracker',
      stance: 'risk',
      also: [/google|doubleclick|pixel|insight|hotjar|mixpanel|quantcast|comscore|criteo|taboola|outbrain|appnexus|adobe|crazy|appsflyer|kochava|firebase|flurry|identifier|idfa|analytic/i],
      match: /\b(?:google\s+(?:analytics|ads|adsense|adwords|tag\s+manager|display\s+network|signals)|doubleclick|(?:facebook|meta|twitter|linkedin|tiktok|pinterest)\s+(?:pixels?|insight\s+tag|ads)|hotjar|mixpanel|quantcast|comscore|criteo|taboola|outbrain|appnexus|adobe\s+analytics|crazy\s*egg|appsflyer|kochava|firebase\s+analytics|flurry|advertising\s+(?:ids?|identifiers?)|idfa|(?:web\s+)?(?:analytics|analytical)\s+(?:services?|providers?|partners?|compan(?:y|ies)|vendors?|tools?))\b/i,
      polarity: 'affirmed',
      // The user resetting or limiting their own advertising identifier is a choice, not a tracker.
      unless: [USER_NEG, ABOUT_ONLY, SERVICE_OFF, /\bself[- ]hosted\b/i, /\b(?:sell|sells|sold|rent|rents)\b/i, /\b(?:reset|limit|disable|turn off|delete)\w*\s+(?:\w+\s+){0,2}(?:advertising|mobile|device|ad)\s+(?:ids?|identifiers?)\b/i],
      confidence: 0.75,
    },
    {
      // Behavioural advertising, remarketing, ad networks.
      id: 'targeted-ads',
      stance: 'risk',
      match: new RegExp(String.raw`\b${TARGETED_ADS}\b`, 'i'),
      polarity: 'affirmed',
      unless: [USER_NEG, ABOUT_ONLY, DEFINES, CONTEXTUAL, SHARES_ID, SALE_TALK, /\b(?:opt[- ]out\s+of|turn\s+off|disable|limit)\s+(?:\w+\s+){0,2}(?:interest|personali[sz]ed|targeted|behaviou?ral)/i],
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
      unless: [USER_NEG, SERVICE_OFF],
      confidence: 0.7,
    },
    {
      // "We may contract with a third party to track and analyze usage", "third parties automatically receive information".
      id: 'third-party-analyses-use',
      stance: 'risk',
      match: new RegExp(String.raw`\b${ACTOR}\b[^.;]{0,80}?\b(?:track(?!er)|analy[sz]e|monitor|measure|record\s+how|automatically\s+(?:receive|collect)|collect\s+(?:\w+\s+){0,3}(?:information|data)\s+(?:about|on|regarding)\s+(?:(?:your|users'?|visitors'?)\s+(?:\w+\s+)?(?:visits?|use|usage|activit|brows|interactions?)|you\b))`, 'i'),
      // Prefilter (cheap, checked first): the verb must be there.
      also: [/\b(?:track|analy[sz]e|monitor|measure|automatically|collect|record)/i],
      polarity: 'affirmed',
      unless: [USER_NEG, ABOUT_ONLY, /\b(?:no|not)\s+(?:\w+\s+){0,2}(?:third[- ]part|partner)/i],
      confidence: 0.7,
    },
    {
      // "We do not use third-party trackers", "no analytics or tracking software whatsoever", "we never use advertising cookies".
      id: 'no-trackers',
      stance: 'protection',
      match: /\b(?:third[- ]party\s+(?:\w+\s+)?(?:cookies|trackers?|tracking|analytics|advertising)|track(?:ing|er)s?\s+(?:cookies|technolog\w*|software|tools?|scripts?|pixels?|networks?|mechanisms?)|trackers|(?:advertising|marketing|analytics?|analytical|targeting)\s+(?:and\s+\w+\s+)?cookies|cookies\s+(?:\w+\s+){0,2}(?:other\s+)?tracking|analytics\s+(?:or|and)\s+tracking|google\s+analytics|(?:interest[- ]based|behaviou?ral|targeted)\s+(?:ads|advertising)|remarketing|fingerprinting|cookies\s+(?:\w+\s+){0,3}for\s+(?:\w+\s+)?(?:advertising|marketing|tracking|targeting|profiling)|(?:advertising|ad|marketing|analytics|tracking|third[- ]party)\s+(?:sdks?|libraries|software\s+development\s+kits?|pixels?|beacons?|scripts?|tags?|networks?))\b/i,
      polarity: 'negated',
      // "When we detect a DNT signal we do not load trackers" is a conditional (do-not-track reads it).
      unless: [USER_NEG, ABOUT_ONLY, /\bnot\s+(?:\w+\s+)?(?:able|possible)\s+to\s+(?:\w+\s+)?(?:opt|block|disable|refuse)/i, /\b(?:when|if|whenever|once)\b[^.;]{0,60}\b(?:signals?|do[- ]not[- ]track|dnt|gpc|opt(?:ed)?[- ]out)\b/i],
      suppress: ['risk'],
      confidence: 0.85,
    },
    {
      // "We do not allow third parties to collect information about your activity for advertising."
      id: 'no-third-party-collection',
      stance: 'protection',
      match: /\b(?:allow|permit|let|enable|authori[sz]e)s?\s+(?:any\s+)?(?:third[- ]part(?:y|ies)|advertisers?|ad(?:vertising)?\s+(?:networks?|companies|partners)|partners|other\s+companies)\s+(?:\w+\s+){0,2}(?:to\s+)?(?:collect|track|gather|place|set|use\s+cookies|serve|monitor|follow)\b/i,
      polarity: 'negated',
      unless: [USER_NEG],
      suppress: ['risk'],
      confidence: 0.85,
    },
    {
      // "We measure traffic with a self-hosted, cookie-free tool", "cookieless, privacy-friendly analytics".
      id: 'cookie-free-analytics',
      stance: 'protection',
      match: /\b(?:self[- ]hosted|cookie[- ]?(?:free|less)|privacy[- ](?:friendly|first|respecting))\b(?:[,\s]+[\w-]+){0,3}?\s+(?:analytics|tools?|software|solution|statistics|metrics|counters?)\b/i,
      unless: [/\b(?:and|also|as\s+well\s+as)\s+(?:\w+\s+){0,2}(?:google\s+analytics|third[- ]party\s+(?:cookies|trackers|advertising))/i],
      suppress: ['risk'],
      confidence: 0.75,
    },
    {
      // "We do not track you", "JavaScript is not used to track users".
      id: 'no-tracking',
      stance: 'protection',
      match: /\b(?:track|tracks|tracked|tracking)\s+(?:or\s+\w+\s+)?(?:(?:\w+\s+){0,2}(?:about|of)\s+)?(?:you|users?|visitors?|people|individuals|your\s+(?:activity|browsing|searches|search\s+history)|users'?\s+behaviou?r)\b|\bno\s+(?:\w+\s+)?(?:tracking|trackers|analytics|third[- ]party\s+cookies)\b|\btracking\s+by\s+third/i,
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
    { text: 'Device identifiers | Sold: Yes | Disclosed to: ad networks', labels: [] },
    { text: 'We may rent your customer profile, including your mobile identifiers, to other companies.', labels: [] },
    { text: 'Letting ad partners collect data through cookies on our pages may count as a sale.', labels: ['tracking:risk'] },
    { text: 'You can connect a third-party fitness tracker to import your workouts.', labels: [] },
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
    { text: 'Ad partners may place cookies to follow your browsing across other sites; you can opt out at the industry opt-out page.', labels: ['tracking:risk'] },
    { text: 'Our mobile app includes no advertising SDKs or tracking libraries.', labels: ['tracking:protection'] },
    { text: 'We do not permit ad networks to collect data about your visits for interest-based advertising.', labels: ['tracking:protection'] },
    { text: 'Visitor statistics come from a cookieless, privacy-friendly analytics tool that we run ourselves.', labels: ['tracking:protection'] },
    { text: 'Behavioural advertising is a type of advertising that uses your browsing history to choose ads.', labels: [] },
    { text: 'The ads you see are picked based on the article you are reading, not on your profile.', labels: [] },
    { text: 'When your browser sends a GPC signal we turn off advertising cookies.', labels: [], not: ['tracking:risk'] },
    { text: 'We do not use cookies for advertising or profiling.', labels: ['tracking:protection'] },
    { text: 'This blog has no ads and no analytics.', labels: ['tracking:protection'] },
    { text: 'We embed videos from third-party sites, which may collect data about you.', labels: ['tracking:risk'] },
    { text: 'We use session replay tools provided by third parties to record how you use our site.', labels: ['tracking:risk'] },
    { text: 'We use cookies to keep you signed in and to remember your language.', labels: [] },
    { text: 'If you disable cookies, some parts of the site may not work.', labels: [] },
    { text: 'We collect your name and email address when you create an account.', labels: [] },
  ],
};
