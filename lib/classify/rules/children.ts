import type { CategoryRules } from '../rule';

// Children and minors, named or by an age threshold below adulthood.
const CHILD = String.raw`(?:child(?:ren|ren's|'s)?|kids?|minors?|teen(?:ager)?s?|(?:under|below|younger than|less than) (?:the age of |age )?(?:\d{1,2}|thirteen|sixteen|eighteen)|(?:under|below) (?:the )?(?:minimum|legal|required|applicable) age)`;
// Gathering data.
const COLLECT = String.raw`(?:collect\w*|solicit\w*|gather\w*|obtain\w*|request\w*|receiv\w*|maintain\w*|process\w*|ask\w* for|market\w*|target\w*)`;

/** `children`: collecting data from children, or promising not to. */
export const children: CategoryRules = {
  category: 'children',
  cue: /\b(?:child|kid|minor|teen|under (?:the age|age|\d)|under (?:thirteen|sixteen|eighteen)|below|younger|coppa|knowingly|intentionally|learn|discover|become aware|aware|find out|notified)/i,
  rules: [
    {
      id: 'not-knowingly',
      stance: 'protection',
      match: new RegExp(String.raw`\b(?:knowingly|intentionally|deliberately|purposely) (?:\w+ ){0,2}${COLLECT}|${COLLECT}\b(?:\W+\w+){0,10}\W+(?:from|about|of) (?:\w+ ){0,3}${CHILD}`, 'i'),
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
      match: /\b(?:parents?|guardians?)\b(?:\W+\w+){0,14}\W+(?:ask|request|contact|notify|tell|email|e-mail|write)\w*(?:\W+\w+){0,8}\W+(?:delet|remov|eras)\w*/i,
      also: [new RegExp(String.raw`\b${CHILD}`, 'i')],
      confidence: 0.75,
    },
    {
      id: 'not-directed-to-children',
      stance: 'protection',
      match: /\b(?:(?:not|never) (?:\w+ )?(?:directed|intended|designed|targeted|aimed|marketed|offered|available)|(?:do|does) not (?:\w+ )?(?:target|aim|direct|market|offer))\b/i,
      also: [new RegExp(String.raw`\b(?:to|at|for|towards?) (?:\w+ ){0,3}${CHILD}`, 'i')],
      confidence: 0.7,
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
      match: new RegExp(String.raw`\b${COLLECT}\b(?:\W+\w+){0,10}\W+(?:from|about|of|on) (?:\w+ ){0,3}${CHILD}`, 'i'),
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
      id: 'minors-without-consent',
      stance: 'risk',
      match: /\bwithout (?:\w+ )?(?:verifi\w+ )?(?:parental|parent's|guardian's|parents') (?:consent|permission|approval)/i,
      polarity: 'affirmed',
      also: [/\b(?:collect\w*|process\w*|use|uses|share|shares)\b/i, /\b(?:may|might|can|will|we)\b/i],
      // "If we learn we collected data without parental consent, we delete it" is the protection.
      unless: [/\b(?:delet\w*|remov\w*|eras\w*|not knowingly|do not|does not|will not)\b/i],
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
