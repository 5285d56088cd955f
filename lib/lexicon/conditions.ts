import type { Lexicon, LexiconEntry } from './types';

/** What a practice is subject to. */
export type Condition = 'consent' | 'feature-on' | 'no-consent' | 'implied-consent' | 'opt-out' | 'aggregated' | 'identifiable' | 'on-device' | 'encrypted' | 'required-by-law' | 'contract' | 'discretion' | 'safeguards';

const consent: LexiconEntry<Condition> = {
  id: 'consent',
  gloss: "the user's prior, explicit consent or opt-in (choosing to use a feature is not consent)",
  terms: [
    "(with|upon|subject to|after obtaining|after receiving|given|having obtained|based on|for) your [prior|express|explicit|affirmative|separate|specific] (consent|permission|approval|authorization|authorisation|agreement)",
    "(told|tell) us (it's|it is) (ok|okay|fine)",
    '(if|when|where|once|only if|only when|provided|unless) you [have] [first|expressly|explicitly|specifically] (opt in|opted in|consent|consented|authorize|authorise|authorized|authorised|permit|permitted|give us permission|gave us permission|agree to [this|it|such])',
    // Switching a feature on is consent only when the practice waits for it ("only if you allow it").
    '(only if|only when|provided|unless) you [have] [first|expressly|explicitly|specifically] (allow|allowed|grant|granted|enable|enabled|turn on)',
    '(where|when|if) we have (obtained|received) your [prior] consent',
    // "will not be shared unless you explicitly choose to do so".
    '(unless|only if|only when) you [first|expressly|explicitly|specifically] (choose|elect|decide) to',
    '(if|when|where|once|only if|only when) you give us your [prior|express|explicit] (consent|permission)',
    '(where|when|if) (we have|you have given us) your [prior|express] (consent|permission)',
    '(ask|asks|asking|request|requests|requesting|seek|seeks|seeking|obtain|obtains|obtaining) (for|you for) your [prior|express|explicit] (consent|permission)',
    '(ask|seek|obtain|request|get) your [prior|express|explicit|opt in] (consent|permission)',
    '(opt in|opt ins|opted in|prior consent|express consent|explicit consent|affirmative consent|opt in consent)',
    'with (the|your) consent of',
  ],
  examples: { yes: ['with your consent', 'only if you opt in', 'only if you allow it', 'we ask for your permission'], no: ['unless you opt out', 'if you choose to provide it'] },
};

const featureOn: LexiconEntry<Condition> = {
  id: 'feature-on',
  gloss: 'the user switches a feature on ("if you enable location services"): when the practice happens, not a consent to it',
  terms: ['(if|when|where|once) you [have] [first] (allow|allowed|grant|granted|enable|enabled|turn on|turned on|switch on|switched on|activate|activated)'],
  examples: { yes: ['if you enable location services', 'when you turn on contact syncing'], no: ['only if you allow it', 'with your consent'] },
};

const noConsent: LexiconEntry<Condition> = {
  id: 'no-consent',
  gloss: "the practice's relation to the user's consent, negatively: without it",
  terms: ["without [your|the user's|their|the] [prior|express|explicit|affirmative|specific|separate|written] (consent|permission|authorization|authorisation|approval|knowledge)"],
  examples: { yes: ['we will not share it without your consent'], no: ['with your consent'] },
};

const impliedConsent: LexiconEntry<Condition> = {
  id: 'implied-consent',
  gloss: 'consent deemed from mere use of the service',
  terms: [
    'by (using|accessing|visiting|continuing to use|registering|browsing|signing up|downloading|installing) ** (you|users) [hereby|expressly|specifically] (consent|agree|accept|acknowledge|authorize|authorise)',
    '(are|is) deemed to [have] (consent|consented|agree|agreed|accept|accepted)',
  ],
  examples: { yes: ['by using the app you consent to', 'you are deemed to have consented'], no: ['if you consent'] },
};

const optOut: LexiconEntry<Condition> = {
  id: 'opt-out',
  gloss: 'the user may refuse or stop it',
  terms: [
    '(opt out|opt outs|opted out|unsubscribe|unsubscribing)',
    'unless you (object|opt out|tell us otherwise|withdraw)',
    'unless you (ask|tell|instruct|direct|notify) us (not to|otherwise|to stop)',
    '(you|users) (can|may|have the right to|are able to) [always|at any time] (object|withdraw|disable|turn off|decline|refuse|stop|revoke)',
    '(withdraw|revoke) your consent',
    '(turn off|disable|deactivate|switch off) (location|tracking|cookies|personalized|personalised|interest based|ad|this|these|the)',
    '(you|users) (may|can) (choose|elect) not to',
  ],
  examples: { yes: ['you can opt out', 'unless you object', 'you may withdraw your consent'], no: ['with your consent'] },
};

const aggregated: LexiconEntry<Condition> = {
  id: 'aggregated',
  gloss: 'data that does not identify the user: aggregated, anonymous or de-identified',
  terms: [
    '(aggregate|aggregated|anonymous|anonymised|anonymized|anonymized and aggregated|de identified|deidentified|non identifiable|non personally identifiable|non personal|statistical|pseudonymous|pseudonymised|pseudonymized) (information|data|form|basis|statistics|reports|level|manner|way|insights|demographic)',
    '(aggregated|anonymized|anonymised|de identified|deidentified|anonymous)',
    'in aggregate [form]',
    '(aggregate|aggregated|anonymous|anonymized|anonymised) [*] (numbers|statistics|counts|totals|figures|reports|insights|results|metrics)',
    '(does|do|will|would|can|could) not [personally|directly|reasonably] identify (you|individuals|users|any individual|a user)',
    '(cannot|can not|could not) [reasonably] (be used to) [personally] identify (you|individuals|users|any individual)',
    '(is|are) not (linked|tied|associated) to (you|your identity|any individual|an individual)',
    '(not|non) personal (information|data)',
    'in a form that (does not|cannot)',
  ],
  examples: { yes: ['aggregated information', 'de-identified data', 'which does not identify you', 'non-personal information'], no: ['your personal information'] },
};

const identifiable: LexiconEntry<Condition> = {
  id: 'identifiable',
  gloss: 'data that identifies the user, named beside aggregates (so the sharing is not aggregate-only)',
  terms: ['[in a|in] [personally] identifiable (form|manner|way)', 'in a (form|manner|way) that (identifies|could identify) you', 'could be used to identify you [personally]', '(and|or) [personally] identifiable'],
  not: ['(non|not) [personally] identifiable'],
  examples: { yes: ['or in a personally identifiable manner', 'any information that could be used to identify you', 'both anonymous and identifiable customer data'], no: ['aggregated information', 'non-identifiable data', 'information that is not personally identifiable'] },
};

const onDevice: LexiconEntry<Condition> = {
  id: 'on-device',
  gloss: "data that stays on the user's device and never reaches the service",
  terms: [
    '(stays|stay|remains|remain|kept|processed|handled|happens|happen|performed|done|matched|takes place) [only|entirely|solely|locally|exclusively] (on|in) [your|the] (device|phone|computer|handset)',
    // "stored on your phone" only says where data lives; "stored only on your phone" says where it stays.
    'stored (only|entirely|solely|locally|exclusively) (on|in) [your|the] (device|phone|computer|handset)',
    'never (leaves|leave) [your|the] (device|phone|computer)',
    // "your own device" stresses that it is not ours.
    '(stored|kept|saved|held) on your own (device|devices|phone|computer|handset)',
    '(locally|only) on [your|the] (device|phone|computer)',
    '(on device|on your device only)',
  ],
  examples: { yes: ['stays on your phone', 'never leaves your device', 'processed only on your phone', 'stored locally on your device', 'stored on your own device'], no: ['stored on our servers', 'the contacts stored on your phone'] },
};

const encrypted: LexiconEntry<Condition> = {
  id: 'encrypted',
  gloss: 'end-to-end encryption: only the people talking can read the content',
  terms: ['end to end (encrypted|encryption)', 'encrypted end to end', '(e2e|e2ee) [encrypted|encryption]'],
  examples: { yes: ['messages are end-to-end encrypted'], no: ['encrypted in transit'] },
};

const requiredByLaw: LexiconEntry<Condition> = {
  id: 'required-by-law',
  gloss: 'a binding legal obligation: required by law, valid legal process',
  terms: [
    '(as|where|when|if|to the extent|only as|only where|only when|only if) (required|permitted|authorized|authorised|compelled|mandated|requested|obligated) (by|under) [applicable|the|any|relevant] (law|laws|legal process|regulation|regulations)',
    '(required|compelled|obligated|obliged) to (do so|disclose|comply|share|provide) [by law]',
    '(valid|legitimate|legally binding|binding|lawful) (legal process|subpoena|subpoenas|court order|court orders|warrant|warrants|request|requests|legal request|legal requests|legal demand|legal demands|order|orders)',
    '(legally|lawfully) (required|compelled|obligated|obliged)',
    '(required|compelled) by (law|a court|court order|legal process)',
  ],
  examples: { yes: ['as required by law', 'in response to valid legal process', 'if we are legally required'], no: ['when we believe it is necessary'] },
};

const contract: LexiconEntry<Condition> = {
  id: 'contract',
  gloss: "bound by contract to use data only for the service's purposes",
  terms: [
    '(under|subject to|bound by|pursuant to) [a|an|written|strict|appropriate] (contract|contracts|contractual|confidentiality|agreement|agreements|data processing agreement|obligations)',
    '(contractually|legally) (bound|obligated|obliged|required|prohibited|restricted)',
    '(only|solely|strictly|exclusively) (on our behalf|for our purposes|to (provide|perform|help) [us] [the|these|those|such|their] services)',
    '(not|prohibited from|are not permitted to|are not allowed to|may not) (use|using|retain|disclose|share) (it|your|the|this|such|personal) [information|data] for (any other|their own|other)',
    'on our behalf',
    'on behalf of us',
  ],
  examples: { yes: ['under contract', 'contractually bound', 'on our behalf'], no: ['for their own purposes'] },
};

const discretion: LexiconEntry<Condition> = {
  id: 'discretion',
  gloss: 'at the service\'s own judgment, without a binding legal obligation',
  terms: [
    'good faith [belief]',
    '(we|it) (believe|believes|determine|determines|deem|deems|consider|considers) [in good faith|reasonably|that|it] [is] (necessary|appropriate|required|reasonably necessary|advisable|needed)',
    '(reasonably|is) necessary to',
    'whether or not [a response is|it is|we are|disclosure is] (required|legally required)',
    '(in|at) our [sole|absolute|reasonable] discretion',
    'to protect (our|the|its|their) (rights|property|safety|interests)',
  ],
  examples: { yes: ['if we believe in good faith', 'whether or not required by law', 'in our sole discretion'], no: ['as required by law'] },
};

const safeguards: LexiconEntry<Condition> = {
  id: 'safeguards',
  gloss: 'legal safeguards for data sent abroad: contractual clauses, adequacy, equivalent protection',
  terms: [
    '(standard|model) (contractual|data protection) clauses',
    '(adequacy|adequate) (decision|decisions|finding|findings|level of protection|protection|safeguards)',
    '(eu us|swiss us|eu u s) privacy shield',
    'privacy shield [framework|frameworks]',
    'data privacy framework',
    'binding corporate rules',
    '(appropriate|adequate|suitable|equivalent|comparable) (safeguards|protections|level of protection|levels of protection|protection|measures)',
    '(same|similar|equivalent|comparable) (level|degree|standard) of (protection|data protection|privacy)',
  ],
  examples: { yes: ['standard contractual clauses', 'an adequacy decision', 'appropriate safeguards'], no: ['as required by law'] },
};

/** Conditions. */
export const CONDITIONS: Lexicon<Condition> = { cls: 'condition', entries: [identifiable, aggregated, onDevice, encrypted, safeguards, requiredByLaw, discretion, contract, impliedConsent, noConsent, optOut, consent, featureOn] };
