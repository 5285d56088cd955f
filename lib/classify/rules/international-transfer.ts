import type { CategoryRules } from '../rule';

// Somewhere other than the user's own country.
const ABROAD = String.raw`(?:(?:the )?(?:united states(?: of america)?|u\.s\.?a?\b|usa\b)(?!\.? (?:law|laws|department|federal|residents?|citizens?|government|courts?|trade|privacy shield|safe harbou?r)\b)(?!-based)|(?:other|another|third|foreign) (?:countr(?:y|ies)|jurisdictions?|nations?)|countr(?:y|ies) (?:other than|outside)|any (?:other )?countr(?:y|ies)|various countries|outside (?:of )?(?:the |your |their |its |a )?(?:\w+ ){0,3}(?:country|countries|jurisdictions?|eea|european economic area|european union|eu|uk|canada|united states|switzerland|state|region)|across (?:international )?borders|(?:anywhere|around|throughout|any part of) (?:in )?the (?:world|globe)|(?:globally|worldwide|internationally)|(?:countries|jurisdictions) (?:where|in which)|non-eea|beyond (?:your|the) (?:country|eea)|abroad|overseas|offshore)`;
// Storing, processing or moving data.
const MOVE = /\b(?:transferr?\w*|stor(?:e|ed|es|ing|age)|process\w*|host\w*|maintain\w*|kept|keep|hold|held|located|operated|based|reside|housed|servers?|transmit\w*|sent|send|moved?|accessed|shar(?:e|ed|ing))\b/i;
const DATA = /\b(?:information|data|pii|records|details|servers?|systems|computers|facilities|infrastructure|website|site|services?)\b/i;

// Legal mechanisms that keep data protected abroad.
const SAFEGUARDS = /\b(?:standard (?:contractual|data protection) clauses|model (?:contract(?:ual)? )?clauses|adequacy (?:decisions?|findings?|regulations?)|adequate level of (?:data )?protection|privacy shield|safe harbou?r|binding corporate rules|appropriate safeguards|(?:to|at) an? (?:eu|eea|european|gdpr) (?:standard|level)|data privacy framework|dpf|(?:required|bound|obliged|obligated|committed) by contract|contractually (?:required|bound|obliged|obligated|committed)|(?:standard|level) (?:of protection )?(?:required|set) by (?:the )?(?:gdpr|eu law|european law|uk gdpr))\b/i;

// Where the user's data is promised to stay.
const LOCAL = String.raw`(?:eu|eea|european (?:union|economic area)|europe|uk|united kingdom|switzerland|germany|canada|australia|your (?:home )?(?:country|region|jurisdiction)|(?:the )?country (?:where|in which) you)\b`;
// Data kept at home: "never leaves the EU", "we do not transfer it outside the EEA", "stored only in Canada".
const STAYS_LOCAL = new RegExp(
  String.raw`\b(?:never (?:leaves?|left|goes|travels) (?:\w+ ){0,2}${LOCAL}|(?:never|not|n't)\s+(?:\w+\s+){0,3}(?:transfer|mov|sen[dt]|export|stor|process|host)\w*\b(?:\W+\w+){0,6}\W+(?:outside|beyond|out of) (?:of )?(?:the )?${LOCAL}|(?:stored|kept|hosted|processed|held|located|housed|remains?|stays?) (?:\w+ ){0,2}(?:only|exclusively|solely|entirely) (?:\w+ ){0,4}(?:with)?in (?:the )?${LOCAL}|(?:only|exclusively|solely) (?:stored|kept|hosted|processed|held|located|housed) (?:\w+ ){0,4}(?:with)?in (?:the )?${LOCAL}|(?:stays?|remains?) (?:\w+ ){0,2}(?:with)?in (?:the )?${LOCAL})`,
  'i',
);

/** `international-transfer`: data stored or moved abroad, and the safeguards that go with it. */
export const internationalTransfer: CategoryRules = {
  category: 'international-transfer',
  cue: /\b(?:out of (?:the )?(?:eu|eea|uk|european|country|your country)|never (?:leaves?|left|goes|travels)|(?:remain|stay)s? (?:\w+ )?(?:with)?in\b|only (?:with)?in\b|exclusively|solely|entirely|data privacy framework|contractually|by contract|countr|united states|u\.?s\.?a?\b|international|border|jurisdiction|abroad|eea|european|world|globe|global|outside|foreign|nations|transfer|safe harbou?r|privacy shield|adequa|contractual clauses|model clauses|binding corporate)/i,
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
      match: /\b(?:standard (?:contractual|data protection) clauses|model (?:contract(?:ual)? )?clauses|adequacy (?:decisions?|findings?|regulations?)|adequate level of (?:data )?protection|privacy shield|safe harbou?r|binding corporate rules|(?:equivalent|similar|same|comparable|adequate|appropriate|suitable) (?:level of |degree of )?(?:protection|safeguards|standards?)|contractual (?:arrangements|safeguards|protections|obligations)|(?:to|at) an? (?:eu|eea|european|gdpr) (?:standard|level)|approved (?:transfer )?mechanisms?|approved (?:contract(?:ual)?|model) (?:terms|clauses)|data privacy framework)\b/i,
      polarity: 'affirmed',
      // The transfer may be named in the sentence or only in its heading ("International transfers").
      topic: /\b(?:transfer\w*|outside|out of|mov(?:e|es|ed|ing)|countr\w*|international\w*|abroad|cross-border|u\.?s\.?|united states|european|eu|eea|certif\w*|adhere|particip\w*|comply|complies|framework|principles)\b/i,
      also: [
        // A commitment, not a bare heading ("Our participation in the Privacy Shield").
        /\b(?:is|are|am|have|has|will|rely|relies|use|uses|comply|complies|adhere|adheres|participates?|certified|ensures?|appl(?:y|ies)|implement\w*|take|takes|put|transfer\w*|only|basis|based|under|through|via)\b/i,
      ],
      unless: [/\b(?:for more information|to learn more|to view|please visit|visit (?:the|our))\b/i, /\b(?:without|lack|lacks|lacking) (?:an? |any |the )?(?:adequate|equivalent|appropriate|similar|comparable|same)\b/i],
      confidence: 0.8,
    },
    {
      id: 'contract-abroad',
      stance: 'protection',
      // Recipients abroad bound by contract to a home-country standard; a processor's contract alone is not about transfers.
      match: /\b(?:(?:required|bound|obliged|obligated|committed) by contract|contractually (?:required|bound|obliged|obligated|committed)|(?:standard|level) (?:of protection )?(?:required|set) by (?:the )?(?:gdpr|eu law|european law|uk gdpr))\b/i,
      polarity: 'affirmed',
      also: [new RegExp(String.raw`\b${ABROAD}`, 'i')],
      confidence: 0.75,
    },
    {
      id: 'stored-abroad-stated',
      stance: 'risk',
      // "Your data is stored on servers in the United States, under standard contractual clauses":
      // a stated fact of storage abroad stays a risk beside its safeguard (a "when we transfer" does not).
      match: new RegExp(String.raw`\b(?:is|are|will be|gets?) (?:\w+ )?(?:stored|hosted|kept|held|processed|located|housed)\b(?:\W+\w+){0,4}\W+(?:in|on) (?:\w+ ){0,3}${ABROAD}`, 'i'),
      polarity: 'affirmed',
      also: [SAFEGUARDS],
      unless: [/^\W*(?:when|where|if|whenever|to the extent|should|in (?:the )?(?:event|case))\b/i, STAYS_LOCAL],
      confidence: 0.7,
    },
    {
      id: 'data-stays-local',
      stance: 'protection',
      match: STAYS_LOCAL,
      confidence: 0.7,
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
    { text: 'We never transfer your personal data outside the European Union.', labels: ['international-transfer:protection'] },
    { text: 'Customer files remain within the EEA at all times.', labels: ['international-transfer:protection'] },
    { text: 'Account data is hosted exclusively in data centres located in Canada.', labels: ['international-transfer:protection'] },
    {
      text: 'Our processors abroad are contractually bound to protect your data to the level required by the GDPR.',
      labels: ['international-transfer:protection'],
    },
    { text: 'We are certified under the EU-U.S. Data Privacy Framework.', labels: ['international-transfer:protection'] },
    {
      text: 'Personal data is held on servers in the United States under the standard contractual clauses.',
      labels: ['international-transfer:risk', 'international-transfer:protection'],
    },
    { text: 'We only use vendors who meet our security standards.', labels: [] },
    { text: 'This policy applies to residents of the United States.', labels: [] },
    { text: 'We collect your name and mailing address when you order a product.', labels: [] },
    { text: 'All of your data is stored in Germany and never leaves the EU.', labels: ['international-transfer:protection'] },
    { text: 'Data collected in Europe may be transferred to our headquarters in the United States.', labels: ['international-transfer:risk'] },
  ],
};
