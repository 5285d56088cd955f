import type { CategoryRules } from '../rule';

// Handing data over (or letting someone look at it).
const DISCLOSE = /\b(?:disclos\w*|releas\w*|shar(?:e|es|ed|ing)|provid\w*|produc(?:e|es|ed|ing)|hand(?:ed)? over|forward\w*|report\w*|access\w*|preserv\w*|pass(?:ed|es|ing)?|turn(?:ed)? over|give|given|hand(?:s|ed|ing)?|transfer\w*|cooperat\w*|respond\w*|comply|complying)\b/i;
// Authorities and the legal process they use.
const AUTHORITY = /\b(?:law enforcement|police|authorit(?:y|ies)|government\w*|regulators?|public bodies|court|courts|subpoenas?|subpoenaed|search warrants?|warrants?|legal (?:process|requests?|obligations?|requirements?)|judicial|national security|lawful requests?|required (?:to do so )?by (?:applicable )?law|requested by law|comply with (?:the |any |applicable )?(?:law|laws|regulations?|legal))\b/i;
// Disclosure on the service's own judgment rather than a binding order.
const DISCRETION = /\b(?:good[- ]faith|(?:we|company|it) (?:reasonably )?believes?|we (?:have )?(?:reason|grounds?|good cause) to believe|whether or not (?:a response is |it is |such disclosure is )?required|(?:to )?(?:protect|defend|enforce|establish|exercise) (?:the |our |its )?(?:\w+ ){0,2}(?:legal )?(?:rights?|property|interests?|safety|terms|agreement)|at (?:our|its) (?:sole )?discretion|(?:as|when|if|where) (?:\w+ ){1,2}(?:deems?|considers?|thinks?|judges?|feels?) (?:it )?(?:necessary|appropriate|advisable|reasonable)|reserves? the right to (?:disclose|release|share|report)|(?:requests?|requested) (?:by|from) (?:law enforcement|government|authorit)|cooperat\w* (?:\w+ ){0,3}(?:with|in) (?:\w+ ){0,4}(?:law enforcement|authorit|government|investigat|requests?)|suspect\w*|without (?:any )?(?:notice|notifying))\b/i;

// Stricter than DISCLOSE: "users provide information" or "deny access" is not a disclosure.
const HAND_OVER = /\b(?:disclos\w*|releas\w*|shar(?:e|es|ed|ing)|hand(?:ed)? over|forward\w*|report\w*|turn(?:ed)? over|cooperat\w*|produc(?:e|es|ed|ing)|preserv\w*|(?:provid\w*|giv\w*|transfer\w*|pass\w*|hand\w*|send\w*|sent) (?:\w+ ){0,10}to (?:the )?(?:third|3rd|law|authorit\w*|government\w*|police|others|any|public|regulat\w*|courts?|investigat\w*|officials|agencies|state|(?:appropriate|relevant|competent)))\b/i;

// Disclosure limited to what the law compels: "only where we are legally obliged to", "solely as required by law".
const ONLY_IF_COMPELLED = /\b(?:(?:only|solely|exclusively)\b(?:\W+\w+){0,8}\W+(?:where|when|if|to the extent|as|in (?:cases|circumstances) where) (?:\w+ ){0,3}(?:(?:legally |lawfully )(?:required|obliged|obligated|compelled|mandated|bound)|(?:required|obliged|obligated|mandated|bound) (?:to do so )?by (?:applicable )?(?:law|laws|a court|court order|legal process)|compelled)|(?:only|solely)\b(?:\W+\w+){0,8}\W+(?:where|when|if|to the extent) (?:the |applicable )?(?:law|laws|a court|courts|a judge|judges|legislation) (?:\w+ )?(?:compels?|requires?|obliges?|forces?|mandates?|orders?)|(?:only|solely) (?:\w+ ){0,2}(?:required|compelled|mandated) by (?:applicable )?law)\b/i;
// A binding order, named.
const ORDER = String.raw`(?:(?:a|an|the|any) )?(?:valid |proper |binding |legally binding |enforceable |formal |lawful )?(?:(?:search )?warrants?|subpoenas?|court orders?|legal process|judicial (?:orders?|authori[sz]ation|review))`;
// The service's own judgment: "only if required by law or to protect our rights" is not a limit.
const OWN_JUDGMENT = /\b(?:except|other than|unless|reasonably necessary|necessary to (?:protect|prevent|enforce)|we (?:consider|deem|think)|good[- ]faith|whether or not|we (?:reasonably )?believe|(?:protect|defend|enforce) (?:the |our |its )?(?:\w+ )?(?:rights|property|safety|terms)|discretion)\b/i;

/** `government-access`: disclosure to authorities or litigants without (or with) a binding legal order. */
export const governmentAccess: CategoryRules = {
  category: 'government-access',
  cue: /\b(?:good[- ]faith|legally|obliged|obligated|compel|mandated|required by (?:applicable )?law|consider (?:it )?(?:necessary|appropriate|advisable|reasonable)|believ|whether or not|protect|defend|enforce|establish|exercise|discretion|deem|reserve|request|cooperat|suspect|without (?:any )?(?:\w+ )?(?:notice|notifying)|law enforcement|police|authorit|regulators|government|valid|binding|resist|challeng|contest|fight|object|notif|inform(?!ation)|tell|contact (?:you|the)|notice|transparency|security letter|fisa|warrant|subpoena|court|legal process|produc|hand over)/i,
  rules: [
    {
      id: 'discretionary-disclosure',
      stance: 'risk',
      match: DISCRETION,
      also: [HAND_OVER, /\b(?:information|data|info|pii|details|content|records?|identity|anything|all (?:information|data)|it)\b/i],
      // Internal access to keep the service running is not disclosure to authorities.
      unless: [
        /\bgood[- ]faith (?:efforts?|attempts?)\b/i,
        // "only if we believe the request is legally valid" is a protection.
        /\bonly if (?:we believe )?(?:it|the request|they|such request) (?:is|are|to be) (?:legally )?valid\b/i,
      ],
      confidence: 0.8,
    },
    {
      id: 'to-authorities',
      stance: 'risk',
      match: /\b(?:to|with) (?:the )?(?:appropriate |relevant |competent )?(?:law enforcement|police|(?:governmental |public |regulatory )?authorit(?:y|ies)|regulators|government (?:agencies|officials|authorities))\b/i,
      polarity: 'affirmed',
      also: [/\b(?:may|might|can|could|will|reserve|we (?:share|disclose|report|provide|forward))\b/i, DISCLOSE],
      unless: [
        /\bonly (?:if|when|in response to) (?:we (?:are|receive) )?(?:legally )?(?:compelled|a valid|valid|required by)/i,
        // "only where legally obliged" is the limit, unless a second ground follows ("or if we think it necessary").
        new RegExp(`(?:${ONLY_IF_COMPELLED.source})(?![^.;]*\\b(?:or|and) (?:if|when|where|as|to (?:protect|prevent|enforce|defend))\\b)`, 'i'),
        // Answering a subpoena or court order is a binding obligation, not a discretionary disclosure.
        /\bin response to (?:\w+ ){0,3}(?:subpoenas?|court orders?|warrants?|legal process)\b(?![^.]*\b(?:or|and) to (?:protect|enforce|defend))/i,
      ],
      confidence: 0.7,
    },
    {
      id: 'cooperates-with-authorities',
      stance: 'risk',
      match: /\bcooperat\w* (?:\w+ ){0,4}(?:with|in) (?:\w+\W+){0,12}(?:law enforcement|authorit(?:y|ies)|government\w*|police|investigations?)\b/i,
      polarity: 'affirmed',
      confidence: 0.75,
    },
    {
      id: 'valid-process-required',
      stance: 'protection',
      match: /\b(?:(?:unless|except)\b(?:\W+\w+){0,6}\W+(?:valid|binding|legally binding|enforceable) (?:subpoena|court order|(?:search )?warrant|legal process|legal (?:request|demand))|only\b(?:\W+\w+){0,8}\W+(?:in response to|upon (?:receipt of )?|with|when (?:we receive|presented with)|if (?:we receive|presented with|we are served with)) (?:a |an )?(?:valid|binding|legally binding|legally valid|enforceable)|(?:must|need to|required to|requires?|require all)\b(?:\W+\w+){0,8}\W+(?:valid|formal|proper|binding) (?:legal process|subpoena|court order|search warrant|warrant)|(?:only|solely) (?:in response to|upon|with|if (?:we receive|legally (?:compelled|required))) (?:a )?(?:valid|binding|legally binding)|(?:must|need to|have to|are required to|is required to) (?:first )?(?:obtain|get|present|serve|provide|show|produce|have) (?:us (?:with )?)?(?:a |an )?(?:valid |proper |binding )?(?:subpoena|court order|(?:search )?warrant|legal process)|(?:verify|review) (?:its|their|the request's) validity|legally (?:invalid|insufficient)|not (?:voluntarily )?cooperate|(?:resist|challenge|contest|fight|object to|push back (?:on|against)|oppose|refuse to comply with) (?:\w+ ){0,3}(?:requests?|demands?|orders?|subpoenas?|it|the legal process))\b/i,
      also: [AUTHORITY],
      confidence: 0.8,
    },
    {
      id: 'only-if-compelled',
      stance: 'protection',
      match: ONLY_IF_COMPELLED,
      also: [HAND_OVER],
      unless: [OWN_JUDGMENT],
      // "We disclose data to authorities only where legally obliged" names authorities, but is the protection.
      suppress: ['risk'],
      confidence: 0.75,
    },
    {
      id: 'only-if-compelled-in-context',
      stance: 'protection',
      // Under "Law enforcement requests": "Only when we are legally required to."
      match: ONLY_IF_COMPELLED,
      topic: /\b(?:law enforcement|police|authorit(?:y|ies)|government\w*|legal (?:requests?|process|demands?)|subpoenas?|court orders?|warrants?)\b/i,
      topicIn: ['heading', 'lead'],
      unless: [OWN_JUDGMENT],
      suppress: ['risk'],
      confidence: 0.7,
    },
    {
      id: 'not-without-order',
      stance: 'protection',
      // "Without a warrant, nothing is disclosed", "we never hand over data unless served with a court order".
      match: new RegExp(String.raw`\b(?:without|unless|until|except (?:upon|with|in response to)|only (?:upon|with|in response to|after|if (?:we (?:are|have been) )?(?:served|presented) with|when (?:we are )?(?:served|presented) with)|unless (?:\w+ ){0,4}(?:receive|served with|presented with|obtain\w*))\b(?:\W+\w+){0,3}\W+${ORDER}`, 'i'),
      also: [/\b(?:not|never|no|only|nothing|none)\b/i, HAND_OVER],
      unless: [OWN_JUDGMENT],
      suppress: ['risk'],
      confidence: 0.8,
    },
    {
      id: 'user-notified',
      stance: 'protection',
      match: /\b(?:notify|inform|tell|contact (?:you|the (?:user|subscriber|customer))|provide (?:you|the (?:user|subscriber|customer)) with (?:\w+ )?notice|(?:prior|advance) notice|notice (?:to|of) (?:you|the (?:user|subscriber|customer))|notif\w+ (?:the|affected) (?:\w+ )?(?:users?|subscribers?|customers?|individuals?))\b/i,
      polarity: 'affirmed',
      also: [/\b(?:we|company|our policy|it is)\b/i],
      unless: [/\bwithout (?:any )?(?:prior |advance )?(?:notice|notifying)/i, /\b(?:merger|acquisition|bankruptcy|change (?:in|of) control|sale of)\b/i],
      // The request may be named in the sentence, its heading or its paragraph's first sentence
      // ("We may be required to respond to subpoenas. In those cases, we will notify you.").
      topic: /\b(?:subpoena\w*|(?:search|a|valid|court) warrants?|court orders?|legal (?:process|requests?|inquir\w+|orders?)|law enforcement|(?:government\w*|legal|official) (?:requests?|demands?|orders?|agenc\w+|inquir\w+)|competent authorit\w+|compelled to disclose|required by law to disclose|requests? for (?:your |user |customer )?(?:information|data)|in response to (?:such |a |any |the )?(?:\w+ )?requests?)\b/i,
      confidence: 0.8,
    },
    {
      id: 'transparency',
      stance: 'protection',
      also: [/\b(?:we|our|publish\w*|is|are|can|will|see|check|found|described|share)\b/i],
      match: /\b(?:(?:publish|release|report|disclose)\w* (?:\w+ ){0,4}(?:statistics|numbers|figures|counts|reports?) (?:on|about|of) (?:\w+ ){0,3}(?:government|law enforcement|legal|official) (?:\w+ )?(?:requests|demands|orders)|transparency reports?|never received (?:a |any )?(?:national security letter|fisa|gag order|classified request|government request)|warrant canary)\b/i,
      confidence: 0.75,
    },
    {
      id: 'withheld-pending-objection',
      stance: 'protection',
      // The negation is spelled out in the trigger: checking the negation scope of every
      // "provide" in a policy would be slow.
      match: /\b(?:not|never|no)\s+(?:\w+\s+){0,3}(?:produc|disclos|releas|provid|hand\w* over)\w*/i,
      also: [/\b(?:subpoena\w*|warrants?|court orders?|legal process)\b/i, /\b(?:until|unless (?:a |an )?(?:\w+ )?(?:objection|challenge)|without (?:a )?(?:valid|court))\b/i],
      unless: [/\bgood[- ]faith|whether or not/i],
      confidence: 0.7,
    },
  ],
  examples: [
    {
      text: 'We may disclose personal information if we believe in good faith that such disclosure is necessary to comply with the law or to protect our rights.',
      labels: ['government-access:risk'],
    },
    {
      text: 'We will disclose your data in response to legal process, whether or not a response is required by applicable law.',
      labels: ['government-access:risk'],
    },
    {
      text: 'We often cooperate with requests from law enforcement officials and may share account details with them.',
      labels: ['government-access:risk'],
    },
    {
      text: 'We reserve the right to release any information we hold about a user when we deem it necessary.',
      labels: ['government-access:risk'],
    },
    {
      text: 'Government agencies must serve us with a valid subpoena or court order before we release any customer records.',
      labels: ['government-access:protection'],
    },
    {
      text: 'Unless a court order prohibits it, we will notify you of any legal request for your data before responding.',
      labels: ['government-access:protection'],
    },
    {
      text: 'We publish a transparency report listing how many government requests for user data we receive.',
      labels: ['government-access:protection'],
    },
    {
      text: 'We will not hand over subscriber details until two weeks after a subpoena arrives, unless the subscriber files an objection.',
      labels: ['government-access:protection'],
    },
    {
      text: 'We hand account data to public authorities only when we are legally compelled to.',
      labels: ['government-access:protection'],
    },
    {
      text: 'Customer records are released to police solely as required by law.',
      labels: ['government-access:protection'],
    },
    {
      text: 'No message content is given to investigators without a court order.',
      labels: ['government-access:protection'],
    },
    {
      text: 'We only disclose data to government bodies when legally required or when we believe it is needed to protect our rights.',
      labels: ['government-access:risk'],
    },
    {
      text: 'We may pass your details to the police where we consider it appropriate.',
      labels: ['government-access:risk'],
    },
    { text: 'We process your data only where we are legally permitted to do so.', labels: [] },
    { text: 'You must comply with all applicable laws when using the service.', labels: [] },
    { text: 'We use reasonable safeguards to protect your information.', labels: [] },
    { text: 'We may disclose information to service providers who help us operate the site.', labels: [] },
    { text: 'We do not disclose information to law enforcement unless we are served with a valid warrant.', labels: ['government-access:protection'] },
    { text: 'We will notify you when a request for erasure conflicts with our legal obligations.', labels: [] },
  ],
};
