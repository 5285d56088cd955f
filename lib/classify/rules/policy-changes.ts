import type { CategoryRules } from '../rule';

// Changing the policy or terms.
const CHANGE = String.raw`(?:chang\w*|modif\w*|amend\w*|updat\w*|revis\w*|alter\w*|replac\w*|add,? (?:or )?remov\w*|edit\w*)`;
// The document being changed (the policy, the terms), as opposed to the service's features.
const DOC = /\b(?:polic(?:y|ies)|terms|notice|statement|agreement|conditions|tos|contract|this (?:document|page)|these (?:documents|provisions)|practices|it|them)\b/i;
// Direct or advance notice to the user.
const DIRECT_NOTICE = String.raw`(?:(?:by|via|through|with) (?:an? )?(?:e-?mail|email notification|direct (?:notice|notification|message)|in-app (?:notice|notification|message)|(?:a )?(?:prominent|conspicuous) (?:notice|announcement)|(?:written|individual|personal) notice|notice (?:sent|delivered) to you)|e-?mail(?:ing)? (?:you|users?|members?)|e-?mailed (?:to )?(?:you|(?:all |our |any )?(?:registered |affected |active )?(?:users?|members?|subscribers?|customers?))|(?:send|sending) (?:you|users?|members?) (?:an? )?(?:e-?mail|notice|notification|message|alert)|(?:send|sending) (?:an? )?(?:e-?mail|notice|notification|message)s? to (?:all |our |any )?(?:registered |affected |active )?(?:you|users?|members?|subscribers?|customers?|account holders)|(?:send|sending|sent) (?:\w+ ){0,3}to your (?:registered |primary |verified )?(?:e-?mail|email address|inbox|account)|(?:at least|no less than|minimum of|a minimum of)\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:days?|weeks?|months?)|\d+\s*(?:\(\w+\)\s*)?(?:days?|weeks?|months?)(?:'? (?:prior |advance |written )*notice| (?:prior to|before) (?:the|any|such|it|they|these) (?:\w+ )?(?:change|changes|update|revision|policy|terms|version|notice|taking|take|takes|becom|go)| in advance| advance)|(?:advance|prior|reasonable) (?:written )?notice|(?:in advance|beforehand|ahead of time|(?:before|prior to) (?:\w+ ){0,6}(?:take|takes|taking|become|becomes|becoming|go|goes|going) (?:effect|effective|into effect))|(?:notify|notifying|inform|informing|tell|telling|alert|alerting|let you know|message|messaging) (?:\w+ ){0,3}(?:in|through|via|within) (?:the|our) (?:app|application|mobile app)|in-app|(?:via|by|through|with) (?:a |an )?(?:push notification|notification|banner|pop-up|pop up|dialog|message) (?:in|on|within|when)|(?:notify|inform|tell|contact|alert) (?:you|users?) (?:directly|personally|individually)|(?:when|the next time|next time) you (?:next )?(?:log ?in|sign in|open the app|visit|use the (?:app|service)))`;

// A change of the document itself, named in either order, or a "material change".
const POLICY_CHANGE = new RegExp(
  String.raw`\b(?:new (?:version of (?:the|this|our) )?(?:privacy )?(?:policy|terms|notice|statement)|(?:material|significant|substantial) (?:\w+ )?(?:changes?|revisions?|amendments?|modifications?)|materially (?:different|change|alter|affect)\w*|(?:way|manner|purpose) (?:that is |which is )?(?:materially |significantly |substantially )?(?:different|incompatible|inconsistent) (?:from|with)|reduces? your rights|(?:changes?|updates?|revisions?|amendments?) (?:\w+ ){0,5}(?:takes?|taking|come|comes) (?:into )?effect|${CHANGE}(?:\W+\w+){0,6}\W+(?:polic(?:y|ies)|terms|notice|statement|agreement|conditions)|(?:polic(?:y|ies)|terms|notice|statement|agreement|conditions)(?:\W+\w+){0,6}\W+${CHANGE}|material(?:ly)? (?:chang|modif|amend|revis)\w*|(?:chang|modif|amend|revis)\w* (?:\w+ ){0,2}(?:are|is) material)`,
  'i',
);

/** `policy-changes`: how the policy may change and how users learn of it. */
export const policyChanges: CategoryRules = {
  category: 'policy-changes',
  cue: /\b(?:(?:take|takes|taking|come|comes|go|goes) (?:into )?effect|incompatible|inconsistent|materially|(?:notify|inform|tell|contact|alert) (?:you|users?) (?:directly|individually|personally)|in-app|chang|modif|amend|updat|revis|alter|replac|effective|continu|periodically|regularly|frequently|prospective|under which|retroactiv|reduce your rights|different (?:manner|way|purpose)|new (?:manner|way|purpose|use)|comment period|notif|in advance|beforehand|(?:prior|advance|written|reasonable) notice|(?:e-?mail|send|sending) (?:you|users?|members?|an? )|days|weeks|months|bound by)/i,
  rules: [
    {
      id: 'any-time-or-no-notice',
      stance: 'risk',
      match: /\b(?:at any time|any time|anytime|whenever (?:we|it|the company) (?:want|wants|wish|wishes|choose|chooses|like|likes|see fit|sees fit)|(?:changes?|revisions?|updates?|amendments?|modifications?) (?:\w+ ){0,3}(?:apply|applies|take effect|takes effect|are effective|become effective|becomes effective) immediately|at (?:our|its|their) (?:sole |absolute |own )?(?:and absolute )?discretion|in (?:our|its) (?:sole |absolute )+discretion|without (?:any )?(?:further |prior |advance |direct |individual )?(?:notice|notification|notifying|informing|warning)|(?:not|never) (?:\w+ ){0,2}(?:give|provide|send) (?:you |users )?(?:any |prior |advance |direct )?(?:notice|warning|notification))\b/i,
      also: [new RegExp(String.raw`\b${CHANGE}\b`, 'i'), DOC],
      // "You can change your settings at any time" is about the user, not the policy.
      unless: [
        /\b(?:you|users?) (?:can|may|are able to|have the right to) (?:\w+ ){0,3}(?:change|update|modify|edit|amend|withdraw)\b/i,
        /\b(?:your|their) (?:account|profile|settings|preferences|password|information|consent|choices?)\b(?:\W+\w+){0,3}\W+at any time\b/i,
        /\bwe (?:may )?(?:terminate|suspend)\b/i,
      ],
      confidence: 0.75,
    },
    {
      id: 'effective-on-posting',
      stance: 'risk',
      match: /\b(?:effective\b(?:\W+\w+){0,3}?\W+(?:upon|on|when|at the time|from the moment|as of|as soon as) (?:\w+ ){0,3}(?:post|posting|posted|publication|publish\w*|accessible|available)|(?:take|takes|go|goes|become|becomes) (?:into )?effect(?:ive)? (?:immediately )?(?:upon|on|when|once|as soon as) (?:\w+ ){0,3}(?:post\w*|publish\w*|publication)|automatically (?:effective|replace\w*)|(?:posting|publication) (?:of|on)\b(?:\W+\w+){0,8}\W+(?:constitutes|shall constitute|is) (?:\w+ )?notice|may be modified by the posting)\b/i,
      // The change may be named in the sentence or its heading ("Changes to this policy": "They take effect when posted").
      topic: new RegExp(String.raw`\b(?:${CHANGE}|version)`, 'i'),
      confidence: 0.8,
    },
    {
      id: 'continued-use-is-acceptance',
      stance: 'risk',
      match: /\b(?:continued|continuing|continue to|subsequent|keep(?: on)?|still) (?:use|using|access\w*|participation|visit\w*|usage)\b|\b(?:use|usage) of (?:the|our|this)\b(?:\W+\w+){0,5}\W+(?:after|following)\b|\b(?:if|by) (?:you )?continu\w* to (?:use|access)/i,
      also: [
        /\b(?:accept\w*|consent\w*|agree\w*|bound|constitutes?|signif\w*|deemed|indicates?|means|confirms?)\b/i,
        new RegExp(String.raw`\b(?:${CHANGE}|new (?:version|terms|policy))`, 'i'),
      ],
      confidence: 0.85,
    },
    {
      id: 'check-periodically',
      stance: 'risk',
      match: /\b(?:(?:review|check|consult|revisit|visit|read)\w* (?:\w+ ){0,6}(?:periodically|regularly|frequently|often|from time to time|each time|every time|occasionally)|(?:periodically|regularly|frequently) (?:review|check|consult|revisit|visit)|(?:your|user's|users') responsibility to (?:review|check|stay|maintain|keep)|(?:responsible for|shall not be bound to provide) (?:\w+ ){0,3}(?:review\w*|check\w*|notice))\b/i,
      // The user is the one told to check, about the policy; not "we regularly review our practices".
      also: [new RegExp(String.raw`\b(?:${CHANGE}|polic(?:y|ies)|terms)`, 'i'), /\b(?:you|your|users?|please)\b/i],
      unless: [/\bwe (?:\w+ )?(?:regularly|periodically|frequently|also|will|may) (?:review|check|monitor|audit)\b/i],
      confidence: 0.6,
    },
    {
      id: 'plain-may-change',
      stance: 'risk',
      match: new RegExp(String.raw`\b(?:(?:we|company|it)\s+(?:may|can|might|reserve[sd]? the right to)\s+(?:\w+\s+){0,2}${CHANGE}|(?:is|are|may be) subject to change|can change (?:this|our|the) (?:policy|terms))\b`, 'i'),
      // "From time to time", "at our discretion", "without notice": changes the user is not told about.
      also: [DOC, /\b(?:discretion|at any time|without|from time to time|occasionally|periodically)\b/i],
      unless: [new RegExp(String.raw`${DIRECT_NOTICE}`, 'i')],
      confidence: 0.6,
    },
    {
      id: 'posted-only',
      stance: 'risk',
      // Changes announced only by posting them on the page the user would have to re-read.
      match: /\b(?:post|posts|posting|posted|publish|publishes|publishing|published)\b(?:\W+\w+){0,8}\W+(?:here|on this page|on (?:our|the|this) (?:web ?site|site|page|services?)|at this (?:location|url|address|page)|online)\b/i,
      also: [new RegExp(String.raw`\b${CHANGE}`, 'i'), DOC],
      unless: [
        new RegExp(String.raw`${DIRECT_NOTICE}`, 'i'),
        /\b(?:e-?mail\w*|in-app|directly|individual(?:ly)?)\b/i,
        /\b(?:merger|acqui(?:red|sition)|bankruptcy|change in ownership)\b/i,
      ],
      confidence: 0.6,
    },
    {
      id: 'direct-or-advance-notice',
      stance: 'protection',
      match: new RegExp(String.raw`\b${DIRECT_NOTICE}`, 'i'),
      polarity: 'affirmed',
      also: [
        // The sentence itself must be about notice or the change ("If we do so, we will e-mail
        // you" after "We may update this policy"); "we may send users an email" is not.
        /\b(?:notif\w*|notice|inform(?!ation)\w*|tell|alert\w*|announce\w*|comment period|let you know|bound|chang\w*|modif\w*|amend\w*|updat\w*|revis\w*|if (?:we )?do so|if so|in (?:that|such) (?:case|event)|material|takes? effect|effective)\b/i,
      ],
      // About the policy changing (here, in the heading or in the paragraph's first sentence),
      // not marketing e-mails "with updates".
      topic: POLICY_CHANGE,
      // "without prior notice" is the risk above.
      unless: [
        /\bwithout (?:any )?(?:\w+ )?(?:prior |advance )?(?:notice|notification|notifying)/i,
        /\b(?:not (?:be )?(?:bound|obliged|obligated|required) to (?:provide|give|send))\b/i,
        // "We might send you newsletters with updates" promises no notice of changes.
        /\b(?:may|might|could) (?:also |occasionally |periodically |sometimes )?(?:send|e-?mail)\b|\bnewsletters?\b/i,
        // Notice of a change of owner is `business-transfer`.
        /\b(?:ownership|merger|acqui(?:red|sition)|bankruptcy|business transition)\b/i,
      ],
      confidence: 0.8,
    },
    {
      id: 'prospective-only',
      stance: 'protection',
      match: /\b(?:(?:only )?appl(?:y|ies) (?:only )?prospectively|not (?:be )?appl(?:y|ied) (?:\w+ ){0,4}(?:collected|gathered|provided|obtained) (?:before|prior to)|(?:in accordance|consistent) with the (?:privacy )?(?:policy|notice|statement) (?:\w+ ){0,2}under which (?:\w+ ){0,3}(?:was|were) collected|will not (?:reduce|diminish|lessen) your rights|not (?:be )?(?:applied|apply) retroactively|not (?:be )?bound by (?:any )?(?:\w+ )?(?:changes|updates|revisions)(?:\W+\w+){0,3}\W+until|(?:explicit|express|affirmative|opt-in) consent (?:\w+ ){0,4}(?:before|for) (?:\w+ ){0,3}(?:changes|new (?:uses|purposes))|public comment period|(?:ask|require|invite) you to (?:review and )?(?:accept|agree to|consent to|approve) (?:the |any |our |these )?(?:updated|revised|new|amended|changed|modified) (?:privacy )?(?:policy|terms|notice|version|statement)|(?:not|never) (?:\w+ ){0,2}(?:apply|take effect|be applied|become effective) (?:to you )?without your (?:\w+ )?(?:consent|agreement|approval)|(?:ask for|obtain|seek|request|get) your (?:[\w-]+ )?(?:consent|agreement|approval) (?:\w+ ){0,4}(?:before|prior to) (?:\w+ ){0,4}(?:chang\w*|new (?:uses?|purposes?)|(?:apply|applying) (?:the|any|these|such) (?:changes?|updates?)))\b/i,
      confidence: 0.8,
    },
    {
      id: 'choice-on-new-use',
      stance: 'protection',
      match: /\b(?:(?:a |the )?(?:choice|option|opportunity|consent)\b(?:\W+\w+){0,10}\W+(?:this|a|the|such) (?:different|new) (?:manner|way|purpose|use)|(?:not|nor)\b(?:\W+\w+){0,8}\W+(?:used?|process\w*) in (?:this|a|the|such) (?:different|new) (?:manner|way))\b/i,
      // The same promise made about a merger is `business-transfer`.
      unless: [/\b(?:business transition|merger|acqui\w+|bankruptcy|sale of (?:the )?(?:business|company|assets))\b/i],
      confidence: 0.75,
    },
  ],
  examples: [
    {
      text: 'We reserve the right to change this privacy policy at any time without notice.',
      labels: ['policy-changes:risk'],
    },
    { text: 'Any changes take effect immediately upon posting of the revised policy.', labels: ['policy-changes:risk'] },
    {
      text: 'Your continued use of the site after changes are posted constitutes your acceptance of the new terms.',
      labels: ['policy-changes:risk'],
    },
    { text: 'We may update this policy from time to time at our sole discretion.', labels: ['policy-changes:risk'] },
    {
      text: 'If we make material changes, we will notify you by email at least 30 days before they take effect.',
      labels: ['policy-changes:protection'],
    },
    {
      text: 'Any revised policy will only apply prospectively to information collected after its effective date.',
      labels: ['policy-changes:protection'],
    },
    {
      text: 'We will use your information in accordance with the privacy policy under which it was collected.',
      labels: ['policy-changes:protection'],
    },
    {
      text: 'If we want to use your data in a new way, you will be given a choice about this new use first.',
      labels: ['policy-changes:protection'],
    },
    {
      text: 'Before a significant update comes into effect, we will tell you about it in the app.',
      labels: ['policy-changes:protection'],
    },
    {
      text: 'Should we decide to process your data for a purpose incompatible with this notice, we will contact you directly first.',
      labels: ['policy-changes:protection'],
    },
    {
      text: 'We will ask for your consent before applying any changes that affect how we use your data.',
      labels: ['policy-changes:protection'],
    },
    {
      text: 'If a revision reduces your rights, you will see a notice the next time you log in.',
      labels: ['policy-changes:protection'],
    },
    { text: 'Terms may be changed and we will not give you any notice of it.', labels: ['policy-changes:risk'] },
    { text: 'We will notify you by email of any changes to your order status.', labels: [] },
    { text: 'Settings you change in the app take effect immediately.', labels: [] },
    { text: 'You can change your communication preferences at any time.', labels: [] },
    { text: 'We may change or discontinue features of the service.', labels: [] },
    { text: 'This policy was last updated on March 1.', labels: [] },
  ],
};
