import type { CategoryRules } from '../rule';

// Named, concrete safeguards (the taxonomy wants these, not "we care about security").
const SAFEGUARD = String.raw`(?:encrypt(?:s|ed|ion|ing)|ssl|tls|https(?!:)|secure (?:socket|sockets) layer|(?:passwords?|credentials|pins?|passcodes?)\b(?:\W+\w+){0,4}\W+(?:hashed|salted)|hash(?:ed|es|ing)? (?:and salt\w* )?(?:all )?(?:user |your )?(?:passwords?|credentials)|(?:one-way|cryptographic|salted|secure) hash\w*|vulnerability (?:scans?|scanning|testing|assessments?|management)|bug bounty|security (?:reviews?|assessments?|training|certifications?|testing)|(?:data protection|privacy|security) (?:awareness )?training|iso(?:/iec)? 27001|soc 2|bcrypt|salted|two[- ]factor|2fa|multi[- ]factor|mfa|firewalls?|intrusion detection|access controls?|audit (?:controls|logs|trails)|penetration test\w*|security audits?|pseudonymi[sz]\w*|password[- ]protect\w*|password protections?|(?:physical|technical|administrative|managerial|organi[sz]ational|electronic|procedural)(?:,? (?:and |or )?(?:physical|technical|administrative|managerial|organi[sz]ational|electronic|procedural))* (?:safeguards|security (?:measures|controls|systems)|measures|controls)|security (?:measures|safeguards|technolog\w+|systems|program(?:me)?s?|controls|protocols?)|secure (?:environment|servers?|facilit\w+|data cent\w+|connection|network)|locked (?:servers|cabinets|facilities|rooms)|end[- ]to[- ]end)`;
// "No method is 100% secure", "we cannot guarantee security".
const NO_GUARANTEE = /\b(?:(?:no|not)\b(?:\W+\w+){0,10}\W+(?:100 ?%|100 percent|completely|perfectly|fully|absolutely|entirely|totally) (?:safe|secure)|(?:cannot|can't|can not|unable to|do not|don't|not able to|will not|won't|does not|make no|makes no|no)\W+(?:\w+\W+){0,2}(?:guarantee|ensure|warrant|promise|represent|assure|enforce or control|control)\w*(?:\W+\w+){0,10}\W+(?:security|secure|safe|safety|unauthori[sz]ed|intercept\w*|breach\w*|protect\w*|that (?:your|such|the|any) (?:information|data))|not a guarantee|(?:no|not|cannot|can't|can not) (?:be )?(?:held )?(?:responsible|liable)\w*(?:\W+\w+){0,20}\W+(?:security|breach\w*|intercept\w*|unauthori[sz]ed|hack\w*|stolen|theft|leak\w*|(?:disclosure|loss|misuse|alteration|theft|destruction) of (?:your |any |the |such )?(?:\w+ )?(?:information|data|content|transmissions))|disclaim\w*(?:\W+\w+){0,8}\W+(?:liability|responsibility)|(?:assume|accept)s? no (?:liability|responsibility)|(?:transmi\w+|send\w*|submit\w*|provid\w*|disclos\w*|information|data)(?:\W+\w+){0,10}\W+at (?:your|their|the user's) own risk|(?:users?|you) (?:are|is) (?:solely )?responsible for(?:\W+\w+){0,24}\W+(?:security|secur\w+)|not (?:use )?(?:a )?secure?d? (?:connection|channel)|(?:do|does) not (?:use|encrypt)\w*(?:\W+\w+){0,4}\W+(?:secure|encrypt\w*|ssl|tls))\b/i;

/** `security`: concrete safeguards (protection) or security disclaimers (risk). */
export const security: CategoryRules = {
  category: 'security',
  cue: /\b(?:secur|encrypt|vulnerab|bug bounty|iso|soc 2|ssl|tls|https|hash|bcrypt|salted|factor|2fa|mfa|firewall|intrusion|access|audit|penetration|pseudonym|password|safeguard|breach|intercept|unauthori|authori[sz]ed|responsib|liab|guarantee|warrant|risk|unencrypt|protect|personnel|employees|staff|restricted)/i,
  rules: [
    {
      id: 'disclaimer',
      stance: 'risk',
      match: NO_GUARANTEE,
      unless: [
        // Disowning other companies' practices, or asking users to guard their password, is not a
        // disclaimer about the service's own security.
        /\b(?:(?:practices|policies) of|third[- ]part(?:y|ies)'?s?\b(?:\W+\w+){0,4}\W+(?:practices|policies)|other (?:organi[sz]ations|companies|websites|sites|services)|(?:privacy|security|information) (?:practices|policies))\b/i,
        /\bresponsible for (?:\w+ ){0,3}(?:security|confidentiality|secrecy) of (?:\w+ ){0,2}(?:password|username|user ?name|credentials|login|account)/i,
      ],
      confidence: 0.8,
    },
    {
      id: 'unencrypted',
      stance: 'risk',
      match: /\b(?:unsecured|unencrypted|unprotected|in (?:plain|clear) ?text|in the clear|(?:is|are|be) not (?:\w+ )?(?:encrypted|secured)|(?:do|does|will) not (?:\w+ )?encrypt)\b/i,
      // "We must not store your passwords unencrypted" commits to encryption.
      unless: [/\b(?:not|never) (?:\w+ ){0,3}(?:store|send|transmit|keep)\w* (?:\w+ ){0,3}(?:unencrypted|in (?:plain|clear) ?text)\b/i],
      confidence: 0.7,
    },
    {
      id: 'named-safeguard',
      stance: 'protection',
      match: new RegExp(String.raw`\b${SAFEGUARD}\b`, 'i'),
      polarity: 'affirmed',
      also: [
        // A verb or the service as subject: a bare heading ("Security Measures") commits to nothing.
        /\b(?:we|our|us|is|are|was|were|be|been|uses?|used|using|employ\w*|maintain\w*|implement\w*|appl(?:y|ies|ied)|protect(?:s|ed|ing)?|secures|secured|stor\w*|support\w*|offer\w*|provid\w*|enable\w*|requir\w*|help\w*|can|may|will)\b/i,
      ],
      // Cookie-setting instructions and ad "security" partners are not safeguards; neither is a
      // disclaimer that merely names them, nor a hashed identifier handed on to match users or ads.
      unless: [
        /\bhash\w*\b(?:\W+\w+){0,10}\W+(?:to match|match(?:ing)? (?:you|users?|it)|advertis\w*|ads\b|social (?:media|networks?)|platforms|partners)|\b(?:shar\w*|disclos\w*|send|upload\w*|match\w*)\b(?:\W+\w+){0,6}\W+hash\w*/i,
        /\b(?:browser (?:settings|preferences)|reject cookies|delete cookies)\b/i,
        /\b(?:we (?:do not|don't|cannot|can't) (?:use|offer|provide|guarantee))\b/i,
        NO_GUARANTEE,
      ],
      confidence: 0.75,
    },
    {
      id: 'restricted-access',
      stance: 'protection',
      match: /\b(?:(?:access|accessible)\b(?:\W+\w+){0,6}\W+(?:restricted|limited|only)\b(?:\W+\w+){0,4}\W+(?:to|by|for) (?:\w+ ){0,2}(?:authori[sz]ed|designated|specific|select|certain|those|employees|personnel|staff|individuals|people|persons)|(?:only|limited to|restricted to) (?:\w+ ){0,3}(?:authori[sz]ed|designated) (?:\w+ ){0,2}(?:personnel|employees|staff|individuals|persons|people|users)|only (?:\w+ ){0,3}(?:employees|personnel|staff|individuals|people|persons)\b(?:\W+\w+){0,24}\W+(?:have|has|are (?:granted|given|permitted|allowed)|granted|permitted|allowed|can|may) (?:\w+ ){0,2}access|restricted (?:in|to|within) our (?:offices|premises|facilities)|need[- ]to[- ]know)\b/i,
      confidence: 0.75,
    },
    {
      id: 'safeguards-in-place',
      stance: 'protection',
      match: /\b(?:(?:we|company|it)\b(?:\W+\w+){0,3}\W+(?:use|uses|employ|employs|maintain|maintains|implement|implements|take|takes|have|has|adopt|adopts|apply|applies|put|puts|conduct|conducts)\b(?:\W+\w+){0,10}\W+(?:safeguards|security (?:measures|practices|procedures|standards|precautions)|measures to (?:protect|safeguard|secure|prevent)|precautions|industry[- ]standard|secure and commercially reasonable manner)|(?:protected|secured|safeguarded) (?:with|by|using) (?:\w+ ){0,3}(?:encryption|security|safeguards|ssl|tls|passwords?)|(?:password|authentication)\b(?:\W+\w+){0,8}\W+(?:protect|secure)\w*(?:\W+\w+){0,6}\W+(?:account|access)|(?:protect|safeguard|secure)\w* (?:\w+ ){0,6}(?:from|against) (?:\w+ ){0,4}(?:unauthori[sz]ed|outside) (?:access|parties|use|disclosure))\b/i,
      polarity: 'affirmed',
      unless: [NO_GUARANTEE],
      confidence: 0.7,
    },
    {
      id: 'never-unencrypted',
      stance: 'protection',
      match: /\b(?:not|never)\s+(?:\w+\s+){0,3}(?:store|send|transmit|keep)\w*\s+(?:\w+\s+){0,3}(?:unencrypted|in (?:plain|clear) ?text)\b/i,
      confidence: 0.75,
    },
    {
      id: 'cannot-decrypt',
      stance: 'protection',
      match: /\b(?:cannot|can't|can not|unable to|no (?:technical )?(?:means|way|ability) to|not able to|never be able to)\b(?:\W+\w+){0,3}\W+(?:decrypt|read|access|see|view)\w*/i,
      also: [/\bencrypt\w*/i],
      confidence: 0.75,
    },
    {
      id: 'breach-notice',
      stance: 'protection',
      match: /\b(?:notify|inform|alert|tell|contact|notice to|disclose the nature)\b/i,
      polarity: 'affirmed',
      also: [/\b(?:breach\w*|compromis\w*|security incident|data leak|unauthori[sz]ed (?:access|disclosure))\b/i],
      // "Please notify us of any breach of your account" asks the user; it promises nothing.
      unless: [/\b(?:please|you (?:should|must|agree to|are responsible for)|users? (?:should|must))\b(?:\W+\w+){0,2}\W+(?:notify|inform|tell|contact|report|alert)\b/i],
      confidence: 0.8,
    },
  ],
  examples: [
    {
      text: 'All data sent between your browser and our servers is protected with SSL/TLS encryption.',
      labels: ['security:protection'],
    },
    { text: 'Passwords are hashed with bcrypt before they are stored.', labels: ['security:protection'] },
    {
      text: 'Access to personal information is restricted to authorized employees who need it to do their jobs.',
      labels: ['security:protection'],
    },
    { text: 'You can enable two-factor authentication to secure your account.', labels: ['security:protection'] },
    {
      text: 'If we learn of a security breach affecting your data, we will notify you without undue delay.',
      labels: ['security:protection'],
    },
    {
      text: 'We are not responsible for the interception of your information before it reaches us.',
      labels: ['security:risk'],
    },
    {
      text: 'No method of transmission over the Internet is 100% secure, and we cannot guarantee the security of your data.',
      labels: ['security:risk'],
    },
    { text: 'You transmit personal information to us at your own risk.', labels: ['security:risk'] },
    {
      text: 'We do not use a secure connection for ordinary page visits.',
      labels: ['security:risk'],
    },
    {
      text: 'We must never store your passwords unencrypted.',
      labels: ['security:protection'],
    },
    { text: 'User passwords are salted and hashed before storage.', labels: ['security:protection'] },
    { text: 'Our engineers run regular vulnerability scans and a public bug bounty programme.', labels: ['security:protection'] },
    { text: 'We upload a hashed version of your phone number to find friends who also use the app.', labels: [] },
    { text: 'A one-way hash of your email is shared with ad platforms to measure campaigns.', labels: [] },
    { text: 'Please keep your password secret and do not share it with anyone.', labels: [] },
    { text: 'We take the privacy of our users seriously.', labels: [] },
    { text: 'We do not encrypt the data stored on our servers.', labels: ['security:risk'] },
    { text: 'We are not responsible for the privacy practices of other websites.', labels: [] },
  ],
};
