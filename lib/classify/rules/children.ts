import type { CategoryRules } from '../rule';

// Children and minors, named or by an age threshold below adulthood.
const CHILD = String.raw`(?:child(?:ren|ren's|'s)?|kids?|minors?|teen(?:ager)?s?|(?:under|below|younger than|less than) (?:the age of |age )?(?:\d{1,2}|thirteen|sixteen|eighteen)|(?:under|below) (?:the )?(?:minimum|legal|required|applicable) age|young (?:users|people|persons)|\d{1,2}-? (?:to|and) 1[0-7][- ]years?[- ]olds?|1[0-7][- ]years?[- ]olds?|under-1[0-8]s?|(?:aged|ages|between) (?:\d{1,2}|thirteen) (?:to|and|-|through) (?:1[0-7]|sixteen|seventeen))`;
// Signing up or using the service (an age gate is about this, not about collecting).
const JOIN = String.raw`(?:sign(?:ing)? up|register\w*|registration|creat\w* (?:an? |their |own )?(?:\w+ )?(?:accounts?|profiles?)|open\w* (?:an? )?accounts?|have (?:an? )?accounts?|hold (?:an? )?accounts?|join\w*|enrol\w*|(?:use|using|access\w*) (?:the|our|this|these|any of our) (?:\w+ )?(?:services?|site|website|app|application|platform|products?))`;
// A parent's or guardian's say.
const PARENT_OK = String.raw`(?:(?:asking|telling|involving|informing|permission from|approval from|consent from|the (?:knowledge|involvement|consent|permission) of) (?:a |their |the |his or her )?(?:parents?|guardians?)|(?:verifi\w+ |verified |prior |express )?(?:parental|parent(?:'s|s'|s)?|guardian(?:'s|s'|s)?) (?:\w+ )?(?:consent|permission|approval|authori[sz]ation)|(?:consent|permission|approval|authori[sz]ation) (?:of|from) (?:a |the |their |his or her |the child's )?(?:parents?|guardians?))`;
// Gathering data.
const COLLECT = String.raw`(?:collect\w*|solicit\w*|gather\w*|obtain\w*|request\w*|receiv\w*|maintain\w*|process\w*|ask\w* for|market\w*|target\w*)`;

/** `children`: collecting data from children, or promising not to. */
export const children: CategoryRules = {
  category: 'children',
  cue: /\b(?:child|kid|minor|teen|ages?\b|how old|aged|young|between \d|parent|guardian|under (?:the age|age|\d)|under (?:thirteen|sixteen|eighteen)|below|younger|coppa|knowingly|intentionally|learn|discover|become aware|aware|find out|notified)/i,
  rules: [
    {
      id: 'not-knowingly',
      stance: 'protection',
      match: new RegExp(String.raw`\b(?:knowingly|intentionally|deliberately|purposely) (?:\w+ ){0,2}(?:${COLLECT}|allow\w*|permit\w*|accept\w*|let|admit\w*|${JOIN})|${COLLECT}\b(?:\W+\w+){0,10}\W+(?:from|about|of) (?:\w+ ){0,3}${CHILD}`, 'i'),
      polarity: 'negated',
      // Children may be named in the sentence or only in its heading ("Children's privacy").
      topic: new RegExp(String.raw`\b${CHILD}`, 'i'),
      confidence: 0.85,
    },
    {
      id: 'deleted-if-found',
      stance: 'protection',
      match: /\b(?:if|when|should|once|where|in the event)\b(?:\W+\w+){0,6}\W+(?:learn|discover|become aware|find out|are (?:made )?aware|are notified|determine|is brought to our attention|have collected|collected)\w*/i,
      also: [/\b(?:delet\w*|eras\w*|remov\w*|destroy\w*|terminat\w*|deactivat\w*|close)\b/i],
      topic: new RegExp(String.raw`\b${CHILD}`, 'i'),
      confidence: 0.85,
    },
    {
      id: 'parents-can-have-it-deleted',
      stance: 'protection',
      match: /\b(?:parents?|guardians?)\b(?:\W+\w+){0,14}\W+(?:ask|request|contact|notify|tell|email|e-mail|write)\w*(?:\W+\w+){0,12}\W+(?:delet|remov|eras)\w*/i,
      also: [new RegExp(String.raw`\b${CHILD}`, 'i')],
      confidence: 0.75,
    },
    {
      id: 'not-directed-to-children',
      stance: 'protection',
      match: /\b(?:(?:not|never) (?:\w+ )?(?:directed|intended|designed|targeted|aimed|marketed|offered|available|meant|suitable|built|made)|(?:do|does) not (?:\w+ )?(?:target|aim|direct|market|offer))\b/i,
      also: [new RegExp(String.raw`\b(?:to|at|for|towards?) (?:\w+ ){0,3}${CHILD}`, 'i')],
      confidence: 0.7,
    },
    {
      id: 'not-for-them-in-context',
      stance: 'protection',
      // Under "Children under 13": "Our service is not intended for them."
      match: /\b(?:not|never) (?:\w+ )?(?:directed|intended|designed|targeted|aimed|marketed|offered|meant|suitable)\b/i,
      topic: new RegExp(String.raw`\b${CHILD}`, 'i'),
      topicIn: ['heading', 'lead'],
      confidence: 0.65,
    },
    {
      id: 'children-must-not-submit',
      stance: 'protection',
      match: /\b(?:(?:should|must|may|can|are asked to) not|do not|please do not|not (?:to )?|cannot|are not (?:permitted|allowed) to)\s+(?:\w+\s+){0,4}(?:provide|submit|send|give|disclose|post|share)\b/i,
      also: [new RegExp(String.raw`\b${CHILD}`, 'i'), /\b(?:information|data|details)\b/i],
      confidence: 0.65,
    },
    {
      id: 'collects-from-children',
      stance: 'risk',
      match: new RegExp(String.raw`\b${COLLECT}\b(?:\W+\w+){0,10}\W+(?:from|about|of|on)\b(?:\W+\w+){0,3}\W+${CHILD}`, 'i'),
      polarity: 'affirmed',
      also: [/\b(?:we|our|us|company)\b/i, /\b(?:information|data|details|names?|ages?|photos?|voices?|locations?)\b/i],
      // Asking parents to contact us, or collecting only with a parent's consent, protects the child.
      unless: [
        /\b(?:knowingly|not|never|no)\b/i,
        /\b(?:parent|guardian)\w*(?:'s)?\W+(?:\w+\W+){0,3}(?:consent|permission|approval|authori[sz]ation)/i,
        /\b(?:if you believe|please (?:contact|e-?mail)|report)\b/i,
        // "If we learn we collected data from a child, we delete it" is the protection.
        /\b(?:learn|discover|become aware|delet\w*|dispos\w*|inadvertent\w*|on behalf of)\b/i,
      ],
      confidence: 0.7,
    },
    {
      id: 'built-for-children',
      stance: 'risk',
      // A service made for children that collects data from its users collects it from children.
      match: new RegExp(String.raw`\b(?:designed|intended|made|built|directed|aimed|created|meant) (?:for|at|to) (?:\w+ ){0,2}${CHILD}`, 'i'),
      polarity: 'affirmed',
      also: [new RegExp(String.raw`\b${COLLECT}\b`, 'i')],
      unless: [/\b(?:not|never|no|knowingly)\b/i],
      confidence: 0.65,
    },
    {
      id: 'minors-without-consent',
      stance: 'risk',
      match: new RegExp(String.raw`\b(?:without (?:a |the |any |their )?${PARENT_OK}|no ${PARENT_OK} (?:is )?(?:required|needed|necessary))`, 'i'),
      polarity: 'affirmed',
      also: [new RegExp(String.raw`\b(?:collect\w*|process\w*|use|uses|share|shares|${JOIN})\b`, 'i'), /\b(?:may|might|can|could|will|we|are (?:able|allowed|permitted)|lets?|allows?|permits?)\b/i],
      // "If we learn we collected data without parental consent, we delete it" is the protection.
      // An age requirement ("the minimum age to sign up without parental consent is 16") restricts.
      unless: [/\b(?:delet\w*|remov\w*|eras\w*|not knowingly|do not|does not|will not|minimum age|must be|at least)\b/i],
      confidence: 0.7,
    },
    {
      id: 'age-not-verified',
      stance: 'risk',
      // Nothing stops children from using the service and handing over data.
      match: /\b(?:(?:do|does|will|can|could)(?:n't| not)|cannot|never|no (?:way|means|attempt) to|not able to|unable to|without) (?:\w+ ){0,2}(?:verify|verifying|check|checking|confirm|confirming|validat\w+|ask\w* (?:for|about))\b(?:\W+\w+){0,3}\W+(?:ages?|how old)\b|\bages? (?:is|are) (?:self-(?:declared|reported)|not (?:verified|checked|confirmed))/i,
      confidence: 0.7,
    },
    {
      id: 'children-allowed',
      stance: 'risk',
      match: new RegExp(String.raw`\b${CHILD}\b(?:\W+\w+){0,4}\W+(?:may|can|are (?:welcome|allowed|permitted|able|free) to)\b(?:\W+\w+){0,2}\W+${JOIN}|\b(?:allow|allows|permit|permits|let|lets|welcome|welcomes)\b(?:\W+\w+){0,1}\W+${CHILD}\b(?:\W+\w+){0,3}\W+(?:to )?${JOIN}`, 'i'),
      polarity: 'affirmed',
      // With a parent's consent, or a prohibition ("children may not use"), it is no risk.
      unless: [new RegExp(String.raw`\b(?:with|after|once|given|requir\w*|obtain\w*|ask\w* for|seek\w*|request\w*|get|gets|need\w*) (?:\w+ ){0,2}${PARENT_OK}|\b(?:not|never|no|cannot|only if|parents?|guardians?)\b|\bif you are\b|^\W*how\b`, 'i')],
      confidence: 0.65,
    },
    {
      id: 'age-gate',
      stance: 'protection',
      match: new RegExp(String.raw`\b(?:(?:no one|nobody|no person|no user|no child|none)\b(?:\W+\w+){0,4}\W+(?:may|can|is (?:allowed|permitted)|should|must)|(?:are|is) not (?:permitted|allowed|eligible|able)|may not|must not|cannot|can't|can not|are (?:prohibited|barred) from|(?:do|does|will) not (?:allow|permit|accept|let)|(?:we )?(?:never|don't) (?:allow|permit|accept|let))\b(?:\W+\w+){0,3}\W+(?:to )?${JOIN}`, 'i'),
      also: [new RegExp(String.raw`\b${CHILD}`, 'i')],
      unless: [new RegExp(String.raw`\bwithout (?:a |the |any |their )?${PARENT_OK}`, 'i')],
      confidence: 0.7,
    },
    {
      id: 'parental-consent-first',
      stance: 'protection',
      match: new RegExp(String.raw`\b(?:(?:obtain|require|request|seek|get|ask for|need|with|after receiving|only with|unless we have) (?:\w+ ){0,2}${PARENT_OK})`, 'i'),
      polarity: 'affirmed',
      also: [new RegExp(String.raw`\b${CHILD}`, 'i')],
      unless: [/\bwithout\b/i],
      confidence: 0.7,
    },
  ],
  examples: [
    { text: 'We do not knowingly collect personal information from children under 13.', labels: ['children:protection'] },
    {
      text: 'If we discover that a child under the age of 13 has provided us with personal data, we will delete it promptly.',
      labels: ['children:protection'],
    },
    { text: 'Our services are not directed to children under 16.', labels: ['children:protection'] },
    { text: 'We never collect data about minors.', labels: ['children:protection'] },
    {
      text: 'If you are under 13, please do not send any personal information to us.',
      labels: ['children:protection'],
    },
    {
      text: 'Our learning app collects names and ages from children who use it in the classroom.',
      labels: ['children:risk'],
    },
    {
      text: 'We may collect information from minors without parental consent when they enter contests.',
      labels: ['children:risk'],
    },
    { text: 'Teenagers can register for the app without a guardian\'s approval.', labels: ['children:risk'] },
    { text: 'Because we never check how old our members are, kids may end up sharing their details with us.', labels: ['children:risk'] },
    { text: 'Users aged 13 to 17 are welcome to join our service and build a profile.', labels: ['children:risk'] },
    { text: 'Young people can open an account without parental permission.', labels: ['children:risk'] },
    { text: 'We will not knowingly let anyone younger than 16 register.', labels: ['children:protection'] },
    { text: 'Children under the age of 13 may not create an account.', labels: ['children:protection'] },
    {
      text: 'We ask for verifiable parental consent before a child under 13 can use the app.',
      labels: ['children:protection'],
    },
    { text: 'If you are a minor, you may use the service only with the consent of a parent or guardian.', labels: ['children:protection'] },
    { text: 'We may not use your information for purposes other than those listed here.', labels: [] },
    { text: 'Parents can find helpful resources about screen time on our blog.', labels: [] },
    { text: 'All users of the site must be at least 18 years of age.', labels: [] },
    { text: 'We do not sell products intended for purchase by adults only.', labels: [] },
    { text: 'For tips on protecting your family online, visit the regulator\'s website.', labels: [] },
    {
      text: 'If we learn that we have collected such information, we will delete it.',
      heading: "Children's privacy",
      labels: ['children:protection'],
    },
    { text: 'If we learn that an account was hacked, we will close it.', labels: [] },
    { text: 'We do not knowingly collect sensitive data.', labels: [] },
  ],
};
