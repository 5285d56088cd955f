import type { CategoryRules } from '../rule';

// Somewhere other than the user's own country.
const ABROAD = String.raw`(?:(?:the )?(?:united states(?: of america)?|u\.s\.?a?\b|usa\b)(?!\.? (?:law|laws|department|federal|residents?|citizens?|government|courts?|trade|privacy shield|safe harbou?r)\b)(?!-based)|(?:other|another|third|foreign) (?:countr(?:y|ies)|jurisdictions?|nations?)|countr(?:y|ies) (?:other than|outside)|any (?:other )?countr(?:y|ies)|various countries|outside (?:of )?(?:the |your |their |its |a )?(?:\w+ ){0,3}(?:country|countries|jurisdictions?|eea|european economic area|european union|eu|uk|canada|united states|switzerland|state|region)|across (?:international )?borders|(?:anywhere|around|throughout|any part of) (?:in )?the (?:world|globe)|(?:globally|worldwide|internationally)|(?:countries|jurisdictions) (?:where|in which)|non-eea|beyond (?:your|the) (?:country|eea))`;
// Storing, processing or moving data.
const MOVE = /\b(?:transferr?\w*|stor(?:e|ed|es|ing|age)|process\w*|host\w*|maintain\w*|kept|keep|hold|held|located|operated|based|reside|housed|servers?|transmit\w*|sent|send|moved?|accessed|shar(?:e|ed|ing))\b/i;
const DATA = /\b(?:information|data|pii|records|details|servers?|systems|computers|facilities|infrastructure|website|site|services?)\b/i;

// Legal mechanisms that keep data protected abroad.
const SAFEGUARDS = /\b(?:standard (?:contractual|data protection) clauses|model (?:contract(?:ual)? )?clauses|adequacy (?:decisions?|findings?|regulations?)|adequate level of (?:data )?protection|privacy shield|safe harbou?r|binding corporate rules|appropriate safeguards|(?:to|at) an? (?:eu|eea|european|gdpr) (?:standard|level))\b/i;

/** `international-transfer`: data stored or moved abroad, and the safeguards that go with it. */
export const internationalTransfer: CategoryRules = {
  category: 'international-transfer',
  cue: /\b(?:countr|united states|u\.?s\.?a?\b|international|border|jurisdiction|abroad|eea|european|world|globe|global|outside|foreign|nations|transfer|safe harbou?r|privacy shield|adequa|contractual clauses|model clauses|binding corporate)/i,
  rules: [
    {
      id: 'stored-abroad',
      stance: 'risk',
      match: new RegExp(String.raw`\b${ABROAD}`, 'i'),
      also: [MOVE, DATA],
      // "We never transfer data outside the EU" is the opposite; a sentence only about ad
      // partners or laws in general is not about where the data lives.
      unless: [
        /\b(?:(?:do|does|will) not|never|only)\b(?:\W+\w+){0,4}\W+(?:transfer|store|process|host|leave)\w*(?:\W+\w+){0,6}\W+outside/i,
        /\bremains? (?:with)?in (?:the )?(?:eu|eea|european|switzerland|germany|your country)/i,
        // A transfer described with its safeguard is the protection below.
        SAFEGUARDS,
        // Choice of law says which courts apply, not where data goes.
        /\bgoverned by\b(?:\W+\w+){0,7}\W+laws? of\b/i,
      ],
      confidence: 0.75,
    },
    {
      id: 'consent-to-transfer',
      stance: 'risk',
      match: /\b(?:(?:you )?(?:consent|agree|acknowledge|authori[sz]e|understand)\w*\b(?:\W+\w+){0,10}\W+(?:transfer|stor|process)\w*(?:\W+\w+){0,12}\W+(?:countr|united states|u\.s|jurisdiction|borders|outside|abroad|world))/i,
      confidence: 0.8,
    },
    {
      id: 'foreign-laws-disclaimer',
      stance: 'risk',
      // Triggered by the rarer half of each phrase (the verb of difference, "representation",
      // "waive"); the laws themselves are checked by `also`.
      match: /\b(?:no representations?|waiv(?:e|es|er|ing)|less (?:stringent|protective)|differ(?:s|ent|ing)?|not (?:be )?(?:as protective|equivalent|the same|offer the same|provide the same|afford the same)|without (?:an )?adequate (?:level|standard) of (?:data )?protection|subject to (?:u\.s\.|u\.s|the laws of|foreign|the jurisdiction)|(?:disclosure|access\w*) (?:\w+ ){0,4}(?:under|by) (?:the )?(?:laws|courts|authorities|law enforcement) (?:of|in) (?:those|that|these|other|such))\b/i,
      also: [
        /\b(?:laws?|legislation|regulations?|rules|protection|legal|jurisdictions?|compliant|courts|authorities)\b/i,
        new RegExp(String.raw`\b(?:${ABROAD}|laws of|nations|jurisdiction|countr)`, 'i'),
      ],
      unless: [/\b(?:standard contractual|adequacy decision|privacy shield|safe harbou?r|binding corporate rules)\b/i],
      confidence: 0.75,
    },
    {
      id: 'safeguards-abroad',
      stance: 'protection',
      match: /\b(?:standard (?:contractual|data protection) clauses|model (?:contract(?:ual)? )?clauses|adequacy (?:decisions?|findings?|regulations?)|adequate level of (?:data )?protection|privacy shield|safe harbou?r|binding corporate rules|(?:equivalent|similar|same|comparable|adequate|appropriate|suitable) (?:level of |degree of )?(?:protection|safeguards)|contractual (?:arrangements|safeguards|protections|obligations)|(?:to|at) an? (?:eu|eea|european|gdpr) (?:standard|level)|approved (?:transfer )?mechanisms?)\b/i,
      polarity: 'affirmed',
      also: [/\b(?:transfer\w*|outside|countr\w*|international\w*|abroad|cross-border|u\.?s\.?|united states|european|eu|eea|certif\w*|adhere|particip\w*|comply|complies|framework|principles)\b/i,
        // A commitment, not a bare heading ("Our participation in the Privacy Shield").
        /\b(?:is|are|am|have|has|will|rely|relies|use|uses|comply|complies|adhere|adheres|participates?|certified|ensures?|appl(?:y|ies)|implement\w*|take|takes|put)\b/i,
      ],
      unless: [/\b(?:for more information|to learn more|to view|please visit|visit (?:the|our))\b/i],
      confidence: 0.8,
    },
  ],
  examples: [
    {
      text: 'Your information may be transferred to and processed in the United States, where data protection laws may differ from those of your country.',
      labels: ['international-transfer:risk'],
    },
    {
      text: 'Our servers are located in the U.S. and your personal data is stored there.',
      labels: ['international-transfer:risk'],
    },
    {
      text: 'By using the service you consent to the transfer of your information to countries outside your country of residence.',
      labels: ['international-transfer:risk'],
    },
    {
      text: 'We make no representation that our practices comply with the laws of other nations.',
      labels: ['international-transfer:risk'],
    },
    {
      text: 'When we transfer personal data outside the EEA, we rely on standard contractual clauses approved by the European Commission.',
      labels: ['international-transfer:protection'],
      not: [],
    },
    {
      text: 'We participate in and comply with the Privacy Shield Framework.',
      labels: ['international-transfer:protection'],
    },
    { text: 'We never transfer your personal data outside the European Union.', labels: [] },
    { text: 'This policy applies to residents of the United States.', labels: [] },
    { text: 'We collect your name and mailing address when you order a product.', labels: [] },
    { text: 'All of your data is stored in Germany and never leaves the EU.', labels: [] },
    { text: 'Data collected in Europe may be transferred to our headquarters in the United States.', labels: ['international-transfer:risk'] },
  ],
};
