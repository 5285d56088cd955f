import type { CategoryRules } from '../rule';

import { CONTROL_EXAMPLES, CONTROL_RULES } from './choice-controls';
import { CANNOT_OPT_OUT, CONTROLLABLE, LAW_TALK, REVISION, SIGNAL_REFUSED } from './choice-words';

/** `choice`: whether the user can opt out or must opt in, or is deemed to consent by mere use. */
export const choice: CategoryRules = {
  category: 'choice',
  cue: /\b(?:opt|unsubscrib|tick|checkbox|unless (?:you|the user|users)|condition (?:of|for)|prerequisite|mandatory|compulsory|(?:turned|switched) off|choice|choos|choose|elect|decide|consent|permission|agree|accept|voluntar|optional|reject|refus|declin|disabl|block|delet|remov|turn off|switch off|settings|preferences|prevent|stop|do not (?:want|wish)|don't (?:want|wish)|(?:prefer|rather|wish|want|choose|elect) not|continued|by (?:using|accessing|visiting)|chang|adjust|control|limit|manag|withdraw|revok|object|tell us|let us know|request that|allow|deny)/i,
  rules: [
    {
      id: 'opt-out',
      stance: 'protection',
      match: /\b(?:opt(?:s|ed|ing)?[- ]?(?:out|in)|unsubscrib\w*|remove (?:yourself|you|your (?:name|e-?mail(?: address)?)) from (?:\w+ ){0,3}(?:list|lists|mailing))\b/i,
      // A heading alone ("Choice/Opt-out") says nothing; "you cannot opt out" is the risk.
      also: [/\w+\W+\w+\W+\w+\W+\w+\W+\w+/, /\b(?:you|your|users?|we|us|can|may|will|to|please|is|are|by|visit|click|if|link|contains?|includes?|provides?|offers?|allows?|lets?)\b/i],
      unless: [CANNOT_OPT_OUT, LAW_TALK, SIGNAL_REFUSED, /^\W*(?:please )?(?:see|refer to|read)\b/i],
      confidence: 0.8,
    },
    {
      id: 'block-trackers',
      stance: 'protection',
      match: /\b(?:reject\w*|refus\w*|declin\w*|disabl\w*|block\w*|delet\w*|remov\w*|turn(?:ing)? off|switch(?:ing)? off|clear\w*|prevent\w*|limit\w*|manage|control|set (?:\w+ ){0,3}to (?:reject|refuse|block|notify|alert|warn)|(?:notify|alert|warn) you when)\b(?:\W+\w+){0,8}\W+(?:cookies?|image tags|web beacons|pixels|tracking|local storage|flash|analytics|personali[sz]ed (?:ads|advertising)|interest-based|targeted (?:ads|advertising))/i,
      also: [/\b(?:you|your|users?|visitors?|browsers?|settings|preferences|device)\b/i],
      unless: [
        CANNOT_OPT_OUT,
        SIGNAL_REFUSED,
        /\b(?:we|our (?:site|service)s?) (?:may|will|can) (?:\w+ )?(?:delete|remove|block)\b/i,
        // "When your browser sends the signal, we switch off analytics cookies": the service acts, not the user.
        /\bwe (?:\w+ )?(?:switch|turn) off\b|\bwe (?:then |automatically |will )?(?:disable|block|stop)\b/i,
        // A warning about what breaks without cookies is not itself an offer of control.
        /\b(?:prevent you from|prevent your (?:use|access)|complicate|limit your (?:ability|use|access)|not (?:function|work) properly|may not (?:function|work))\b/i,
      ],
      confidence: 0.7,
    },
    {
      id: 'user-controls',
      stance: 'protection',
      match: /\b(?:you|users?|visitors?|members?|customers?)\b(?:\W+\w+){0,4}\W+(?:can|may|could|will be able to|are able to|have the (?:right|option|ability|opportunity) to|are (?:free|given the (?:option|opportunity|choice)) to)\b(?:\W+\w+){0,3}\W+(?:choose|elect|decide|select|decline|refuse|turn off|switch off|disable|revoke|withdraw|prevent|stop|limit|control|change|adjust|manage|object|exercise|restrict|tell us|ask us|instruct us|let us know|uncheck|de-?select|allow|deny)\b/i,
      polarity: 'affirmed',
      also: [CONTROLLABLE],
      unless: [
        CANNOT_OPT_OUT,
        // Editing one's account data is `user-rights`; agreeing to terms is not a choice about data use.
        /\b(?:change|update|edit|correct) (?:your |their )?(?:password|account information|profile|credit card|billing|personal information)\b/i,
        /\bwithdraw (?:from|your) (?:the )?(?:contest|service|membership|subscription)\b/i,
      ],
      confidence: 0.7,
    },
    {
      id: 'by-settings',
      stance: 'protection',
      match: /\b(?:by|through|via|in|using) (?:\w+ ){0,2}(?:chang|adjust|updat|modify|modif|edit|manag|configur|us)\w* (?:your |the )?(?:\w+ ){0,3}(?:settings|preferences|permissions|controls)\b/i,
      also: [/\b(?:you|your|users?)\b/i, /\b(?:can|may|able|opt|turn off|switch off|disable|stop|limit|control|prevent|decline|choose|exercise)\b/i],
      confidence: 0.65,
    },
    {
      id: 'voluntary',
      stance: 'protection',
      match: /\b(?:is|are) (?:completely |entirely |strictly |always |purely )?(?:voluntary|optional)\b/i,
      also: [/\b(?:particip\w*|provid\w*|submi\w*|disclos\w*|shar\w*|surveys?|contests?|promotions?|sweepstakes|giv\w*|consent)\b/i],
      confidence: 0.7,
    },
    {
      id: 'given-choice',
      stance: 'protection',
      match: /\b(?:(?:have|has|given|offer\w*|provide\w*) (?:you |users? |them )?(?:with )?(?:a |the |your )?(?:choice|option|opportunity) (?:whether|to (?:opt|decline|refuse|choose|not)|as to)|your choices? (?:to|whether) (?:opt|decline|refuse|object)|you will be able to prevent|request that (?:we|\w+) (?:not|stop|cease|refrain))\b/i,
      polarity: 'affirmed',
      // "a choice whether we use it in this new manner" is the policy-changes idiom.
      unless: [/\b(?:this|a|the) (?:different|new) (?:manner|way)\b/i, LAW_TALK],
      confidence: 0.7,
    },
    {
      id: 'user-decides',
      stance: 'protection',
      match: /\b(?:you|users?) (?:\w+ )?(?:decide|choose|control|determine)s? (?:whether|if|which|what|how|when)\b/i,
      polarity: 'affirmed',
      also: [CONTROLLABLE],
      unless: [CANNOT_OPT_OUT],
      confidence: 0.65,
    },
    {
      id: 'how-to-opt-out',
      stance: 'protection',
      // Under "How to unsubscribe" or "Opting out": "Just click the link at the bottom of any email."
      match: /\b(?:(?:click|use|follow|tap|select|press) (?:\w+ ){0,3}(?:link|button|instructions|toggle|checkbox|switch)|(?:update|change|adjust|manage) (?:your )?(?:\w+ )?(?:preferences|settings)|(?:contact|e-?mail|write to|message) us|let us know|tell us)\b/i,
      polarity: 'affirmed',
      topic: /\b(?:unsubscrib\w*|opt(?:ing)?[- ]?out|your choices|(?:marketing|communication|email|cookie) (?:preferences|choices))\b/i,
      topicIn: ['heading', 'lead'],
      confidence: 0.65,
    },
    {
      id: 'imperative-control',
      stance: 'protection',
      // Instructions addressed to the user: "You're in control: switch off recommendations anytime."
      match: /(?:^|[:;]\s*|\b(?:simply|just)\s+)(?:switch off|turn off|disable|deactivate|opt out|unsubscribe|untick|uncheck|toggle off)\b/i,
      also: [CONTROLLABLE],
      unless: [CANNOT_OPT_OUT],
      confidence: 0.65,
    },
    {
      id: 'tell-us-if-not',
      stance: 'protection',
      match: /\b(?:if|should|whenever|when) (?:you|users?) (?:(?:do not|don't|no longer|does not) (?:want|wish|like|desire)|(?:prefer|would (?:rather|prefer)|wish|want|choose|elect) not) (?:to )?(?:receive|get|be contacted|have|us to|our|for us)\b/i,
      also: [CONTROLLABLE],
      confidence: 0.7,
    },
    {
      id: 'withdraw-consent',
      stance: 'protection',
      match: /\b(?:withdraw\w*|revok\w*|retract\w*|take back|change your mind)\b(?:\W+\w+){0,3}\W+(?:consent|permission|authori[sz]ation|agreement|opt-in)\b/i,
      polarity: 'affirmed',
      also: [/\b(?:you|your|users?)\b/i, /\b(?:can|may|able|right|free|at any time|any time|anytime|by|to)\b/i],
      unless: [CANNOT_OPT_OUT, LAW_TALK, /\b(?:parent\w*|guardian\w*)\b/i],
      confidence: 0.7,
    },
    {
      id: 'stop-receiving',
      stance: 'protection',
      // "To stop receiving texts, reply STOP", "you can stop getting our newsletter".
      match: /\b(?:(?:stop|cease|no longer) (?:receiving|getting|being sent)|reply(?:ing)? (?:with )?"?stop\b|text(?:ing)? "?stop\b|(?:send|sending) "?stop"? (?:to|in reply))/i,
      polarity: 'affirmed',
      also: [CONTROLLABLE],
      unless: [CANNOT_OPT_OUT],
      confidence: 0.7,
    },
    {
      id: 'mandatory-condition',
      stance: 'risk',
      // Marketing or data use made a condition of the service, or compulsory.
      match: /\b(?:(?:is|are) (?:a )?(?:mandatory |required )?(?:condition|prerequisite|requirement) (?:of|for) (?:\w+ ){0,2}(?:use|using|membership|registration|registering|access|accessing|signing up|the service|our services?|your account|an account)|(?:receiving|receipt of|subscription to|marketing|newsletters?|promotional (?:\w+ )?(?:e-?mails?|messages|communications)|e-?mails?|messages|notifications|tracking|sharing|cookies) (?:\w+ ){0,3}(?:is|are) (?:mandatory|compulsory|not optional)|(?:must|required to) (?:agree|consent) to (?:receive|receiving|our use|the use|the (?:collection|processing|sharing)|marketing|promotional))\b/i,
      also: [CONTROLLABLE],
      unless: [/\b(?:not (?:a )?(?:condition|required|mandatory)|is voluntary|optional)\b/i],
      confidence: 0.7,
    },
    ...CONTROL_RULES,
    {
      id: 'cannot-opt-out',
      stance: 'risk',
      match: CANNOT_OPT_OUT,
      confidence: 0.75,
    },
    {
      id: 'use-means-consent',
      stance: 'risk',
      match: /\bby (?:using|accessing|visiting|continuing|registering|submitting|providing|accepting|browsing|participating|signing up|creating|clicking|downloading|installing)\b(?:\W+\w+){0,30}\W+(?:you|users?)\b(?:\W+\w+){0,6}\W+(?:consent|agree|accept|acknowledge|authori[sz]e|signify|indicate|are deemed)\w*/i,
      // The consent must be to something about data, not to unrelated terms of use.
      also: [/\b(?:privacy|polic(?:y|ies)|notice|statement|information|data|cookies?|collect\w*|process\w*|transfer\w*|shar\w*|practices|tracking|storage|stor(?:e|ed|ing))\b/i],
      unless: [REVISION],
      confidence: 0.75,
    },
    {
      id: 'continued-use-acceptance',
      stance: 'risk',
      match: /\b(?:(?:continued|continuing|continue to|further|mere) (?:use|using|participation|access|visit)\w*|(?:use of|using|accessing|access to|visiting|browsing|downloading|installing|registering (?:for|with)|signing up (?:for|to)) (?:this|our|the) (?:site|website|web ?site|services?|app|application|platform|products?))\b(?:\W+\w+){0,12}\W+(?:indicates?|constitutes?|signif(?:y|ies)|means|deemed|represents?|confirms?|implies|shall be (?:deemed|considered)) (?:\w+ ){0,3}(?:acceptance|consent|agreement|accept|agree)/i,
      // Agreeing to terms of service by using the site is not consent to data use.
      also: [/\b(?:privacy|polic(?:y|ies)|notice|statement|data|information|cookies?|collect\w*|process\w*|tracking|practices)\b/i],
      unless: [REVISION],
      confidence: 0.75,
    },
    {
      // "If you keep browsing ..., we take that as consent", "we treat your continued use as acceptance".
      id: 'taken-as-consent',
      stance: 'risk',
      match: /\b(?:take|takes|treat|treats|consider|considers|interpret|interprets|regard|regards)\s+(?:that|this|it|such (?:use|browsing|action)|your (?:continued |further )?(?:use|browsing|visit|silence))\s+(?:as|to be)\s+(?:your\s+)?(?:consent|acceptance|agreement)\b/i,
      polarity: 'affirmed',
      // Only a change to the policy itself makes this `policy-changes`; "without changing your settings" does not.
      unless: [/\b(?:revis\w*|amend\w*|updat\w*|changes? (?:to|in) (?:this|our|the) (?:policy|notice|statement))\b/i],
      confidence: 0.7,
    },
    {
      id: 'deemed-consent-to-use',
      stance: 'risk',
      match: /\b(?:you (?:hereby |specifically |expressly )?(?:consent|agree) to (?:our|the) (?:use of cookies|collection|use|processing)|(?:are|is) deemed to (?:have )?(?:consent|agree|accept)\w*)\b/i,
      also: [/\b(?:by|accept\w*|use of (?:this|our|the))\b/i],
      unless: [REVISION, /\b(?:if|when|where|unless) you (?:choose|opt|elect|decide|explicitly|expressly)\b/i],
      confidence: 0.7,
    },
  ],
  examples: [
    { text: 'We do not currently honour Global Privacy Control or other opt-out preference signals.', labels: [] },
    { text: 'Switching on Do Not Track in your browser will not stop our partners from using cookies for ads.', labels: [] },
    { text: 'You may opt out of receiving promotional emails from us at any time.', labels: ['choice:protection'] },
    { text: 'Every newsletter contains an unsubscribe link at the bottom.', labels: ['choice:protection'] },
    { text: 'You can set your browser to refuse cookies or to alert you when cookies are being sent.', labels: ['choice:protection'] },
    { text: 'If you do not wish to receive marketing messages from our partners, just tell us.', labels: ['choice:protection'] },
    { text: 'You can turn off location access at any time in your device settings.', labels: ['choice:protection'] },
    { text: 'Participation in our surveys is completely voluntary.', labels: ['choice:protection'] },
    {
      text: 'We will not share your information with third parties without your consent.',
      labels: ['choice:protection'],
      not: ['choice:risk'],
    },
    {
      text: 'By using this website, you consent to the collection and use of your information as described here.',
      labels: ['choice:risk'],
    },
    { text: 'Your continued use of the service constitutes your acceptance of this policy.', labels: ['choice:risk'] },
    { text: 'You cannot opt out of service-related announcements.', labels: ['choice:risk'] },
    {
      text: 'Your continued use of the site after we revise this policy signifies your acceptance of the changes.',
      labels: [],
    },
    { text: 'We may share your information without your consent when the law requires it.', labels: [] },
    { text: 'We collect the information you provide when you register.', labels: [] },
    { text: 'Unless you opt in, we will not use your data for marketing.', labels: ['choice:protection'] },
    { text: 'You may take back your permission for us to process your data whenever you like.', labels: ['choice:protection'] },
    { text: 'Reply STOP to any text message to stop getting SMS alerts.', labels: ['choice:protection'] },
    {
      text: 'We will pass your email address to our sponsors unless you ask us not to.',
      labels: ['choice:protection'],
      not: [],
    },
    {
      text: 'Before using your data for a new purpose, we will obtain your opt-in consent.',
      labels: ['choice:protection'],
    },
    { text: 'Service emails are a condition of using the app and cannot be switched off.', labels: ['choice:risk'] },
    {
      text: 'Browsing our website means you accept that we collect and process your data as described here.',
      labels: ['choice:risk'],
    },
    { text: 'You can pick a different font size in Settings at any time.', labels: [] },
    { text: 'When we receive a Global Privacy Control signal, we turn off targeted advertising cookies for that browser.', labels: [] },
    { text: 'We may stop providing the service in your region.', labels: [] },
    { text: 'It also describes your choices regarding the use of your information.', labels: [] },
    { text: 'By accessing this site you agree that its articles may not be republished.', labels: [] },
    ...CONTROL_EXAMPLES,
  ],
};
