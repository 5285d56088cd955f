import type { CategoryRules } from '../rule';

// Handing data over (or letting someone look at it).
const DISCLOSE = /\b(?:disclos\w*|releas\w*|shar(?:e|es|ed|ing)|provid\w*|produc(?:e|es|ed|ing)|hand(?:ed)? over|forward\w*|report\w*|access\w*|preserv\w*|pass(?:ed)? on|turn(?:ed)? over|give|transfer\w*|cooperat\w*|respond\w*|comply|complying)\b/i;
// Authorities and the legal process they use.
const AUTHORITY = /\b(?:law enforcement|police|authorit(?:y|ies)|government\w*|regulators?|public bodies|court|courts|subpoenas?|subpoenaed|search warrants?|warrants?|legal (?:process|requests?|obligations?|requirements?)|judicial|national security|lawful requests?|required (?:to do so )?by (?:applicable )?law|requested by law|comply with (?:the |any |applicable )?(?:law|laws|regulations?|legal))\b/i;
// Disclosure on the service's own judgment rather than a binding order.
const DISCRETION = /\b(?:good[- ]faith|(?:we|company|it) (?:reasonably )?believes?|we (?:have )?(?:reason|grounds?|good cause) to believe|whether or not (?:a response is |it is |such disclosure is )?required|(?:to )?(?:protect|defend|enforce|establish|exercise) (?:the |our |its )?(?:\w+ ){0,2}(?:legal )?(?:rights?|property|interests?|safety|terms|agreement)|at (?:our|its) (?:sole )?discretion|(?:as|when|if) (?:\w+ ){1,2}deems? (?:it )?(?:necessary|appropriate)|reserves? the right to (?:disclose|release|share|report)|(?:requests?|requested) (?:by|from) (?:law enforcement|government|authorit)|cooperat\w* (?:\w+ ){0,3}(?:with|in) (?:\w+ ){0,4}(?:law enforcement|authorit|government|investigat|requests?)|suspect\w*|without (?:any )?(?:notice|notifying))\b/i;

// Stricter than DISCLOSE: "users provide information" or "deny access" is not a disclosure.
const HAND_OVER = /\b(?:disclos\w*|releas\w*|shar(?:e|es|ed|ing)|hand(?:ed)? over|forward\w*|report\w*|turn(?:ed)? over|cooperat\w*|produc(?:e|es|ed|ing)|preserv\w*|(?:provid\w*|giv\w*|transfer\w*|pass\w*) (?:\w+ ){0,10}to (?:third|3rd|law|authorit|government|police|others|any|the (?:appropriate|relevant|competent)))\b/i;

/** `government-access`: disclosure to authorities or litigants without (or with) a binding legal order. */
export const governmentAccess: CategoryRules = {
  category: 'government-access',
  cue: /\b(?:good[- ]faith|believ|whether or not|protect|defend|enforce|establish|exercise|discretion|deem|reserve|request|cooperat|suspect|without (?:any )?(?:\w+ )?(?:notice|notifying)|law enforcement|police|authorit|regulators|government|valid|binding|resist|challeng|contest|fight|object|notif|inform(?!ation)|tell|contact (?:you|the)|notice|transparency|security letter|fisa|warrant|subpoena|court|legal process|produc|hand over)/i,
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
      match: /\b(?:(?:unless|except)\b(?:\W+\w+){0,6}\W+(?:valid|binding|legally binding|enforceable) (?:subpoena|court order|(?:search )?warrant|legal process|legal (?:request|demand))|only\b(?:\W+\w+){0,8}\W+(?:in response to|upon (?:receipt of )?|with|when (?:we receive|presented with)|if (?:we receive|presented with|we are served with)) (?:a |an )?(?:valid|binding|legally binding|legally valid|enforceable)|(?:must|need to|required to|requires?|require all)\b(?:\W+\w+){0,8}\W+(?:valid|formal|proper|binding) (?:legal process|subpoena|court order|search warrant|warrant)|(?:only|solely) (?:in response to|upon|with|if (?:we receive|legally (?:compelled|required))) (?:a )?(?:valid|binding|legally binding)|(?:verify|review) (?:its|their|the request's) validity|legally (?:invalid|insufficient)|not (?:voluntarily )?cooperate|(?:resist|challenge|contest|fight|object to) (?:\w+ ){0,3}(?:requests?|demands?|orders?|subpoenas?|it|the legal process))\b/i,
      also: [AUTHORITY],
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
      match: /\b(?:transparency reports?|never received (?:a |any )?(?:national security letter|fisa|gag order|classified request|government request)|warrant canary)\b/i,
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
    { text: 'You must comply with all applicable laws when using the service.', labels: [] },
    { text: 'We use reasonable safeguards to protect your information.', labels: [] },
    { text: 'We may disclose information to service providers who help us operate the site.', labels: [] },
    { text: 'We do not disclose information to law enforcement unless we are served with a valid warrant.', labels: ['government-access:protection'] },
    { text: 'We will notify you when a request for erasure conflicts with our legal obligations.', labels: [] },
  ],
};
