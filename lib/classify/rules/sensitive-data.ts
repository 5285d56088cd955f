import type { CategoryRules } from '../rule';

// Sensitive data by the taxonomy: government ids, financial account or card numbers, health, biometrics, voice.
const SENSITIVE = String.raw`(?:social\s+security\s+(?:numbers?|nos?\.?)|\bssns?\b|social\s+insurance\s+numbers?|passports?(?:\s+(?:numbers?|details|data|information))?|driver'?s?'?\s+licen[cs]es?(?:\s+numbers?)?|driving\s+licen[cs]es?|national\s+(?:id|identity|identification)(?:\s+(?:numbers?|cards?))?|government[- ](?:issued\s+)?(?:id|identification|identity)(?:\s+(?:numbers?|cards?|documents?))?|tax\s+(?:id|identification)(?:\s+numbers?)?|(?:credit|debit|payment|bank)\s+card(?:\s+(?:numbers?|information|details|data))?(?!\s+(?:compan|payments?|transactions?|process|issuers?|statements?|networks?|brands?|fraud|charges?|billing|associations?))|card\s+numbers?|(?:bank|financial|checking|savings)\s+account(?:\s+(?:numbers?|information|details))?|routing\s+numbers?|bank(?:ing)?\s+(?:details|information|data|account\s+details)|iban|financial\s+(?:information|data|details)|(?:protected\s+)?health(?:[- ]related)?\s+(?:information|data|records|conditions?)|medical\s+(?:information|data|records|history|conditions?)|biometric\s+(?:information|data|identifiers?|templates?)|biometrics|(?<!\b(?:device|browser|canvas|digital|audio)\s)fingerprints?(?!\w)|face\s*prints?|facial\s+(?:recognition|geometry|scans?|data|features|images)|voice\s*prints?|voice\s+(?:recordings?|data|samples?|commands?|inputs?|queries|searches|requests?|interactions?|clips?)|spoken\s+(?:commands?|requests?|queries)|(?:your|the\s+user's|users')\s+voices?\b(?!\s+(?:over|in|to)\b)|audio\s+(?:of\s+your\s+voice|clips?\s+of\s+your\s+voice)|audio\s+recordings?|recordings?\s+of\s+(?:your\s+)?(?:voice|calls?)|genetic\s+(?:information|data)|dna(?:\s+data)?|sexual\s+orientation|(?:information|data|details)\s+(?:about|regarding|concerning|on)\s+your\s+(?:physical\s+or\s+mental\s+|mental\s+)?(?:health|medical\s+\w+|medications?|diagnos\w+|sex\s+life|sexual\s+\w+|biometrics?|genetics?)|racial\s+or\s+ethnic|religious\s+beliefs|political\s+opinions|trade\s+union\s+membership)`;
const ASK = String.raw`(?:collect\w*|ask\w*(?:\s+you)?(?:\s+to\s+provide)?|request(?:s|ed|ing)?|requir(?:e|es|ed|ing)|obtain\w*|receiv\w*|process\w*|stor(?:e|es|ed|ing)|retain\w*|keep|keeps|kept|record\w*|captur\w*|scan\w*|us(?:e|es|ed|ing)|provid\w*|submit\w*|enter\w*|supply|supplies|gather\w*|access\w*|verif\w*|need|needs|hold|holds|maintain\w*)`;
// A definition of the term is not a collection.
const DEFINITION = /\b(?:shall\s+(?:refer|mean)|means|refers?\s+to|defined\s+as|as\s+defined|is\s+defined)\b/i;
const ASKS_SENSITIVE = new RegExp(String.raw`\b${ASK}\b(?=(?:(?:[^\w.;]|\.(?=\w|,))+\w+){0,16}?[^\w;]+${SENSITIVE})`, 'i');
// A payment processor that receives the card instead of us: still a collection through the service, but
// "we never see or store your card number" is not.
const NOT_OURS = /\b(?:we|us)\s+(?:do\s+not|don't|never|will\s+not|won't)\s+(?:\w+\s+){0,3}(?:see|store|receive|have\s+access\s+to|collect|retain|keep)\b/i;

/** `sensitive-data`: collecting government ids, financial account numbers, health, biometric or voice data. */
export const sensitiveData: CategoryRules = {
  category: 'sensitive-data',
  cue: /social security|ssn|insurance number|passport|licen[cs]e|national (?:id|identi)|government|tax (?:id|identi)|card|account (?:number|info|detail)|bank|routing|iban|financial|sensitive|health|medical|biometric|fingerprint|face|facial|voice|audio|genetic|dna|sexual|racial|religio|political|union|spoken/i,
  rules: [
    {
      // "We ask you to provide ... your credit card number", "we may collect biometric identifiers".
      id: 'collects-sensitive',
      stance: 'risk',
      match: ASKS_SENSITIVE,
      polarity: 'affirmed',
      unless: [NOT_OURS, DEFINITION],
      confidence: 0.8,
    },
    {
      // "We use a secured connection only for the collection of sensitive personal information."
      id: 'collects-sensitive-generic',
      stance: 'risk',
      match: /\bcollect(?:ion|s|ed|ing)?\s+(?:of\s+)?(?:\w+\s+){0,2}sensitive\s+(?:personal\s+)?(?:information|data)\b/i,
      polarity: 'affirmed',
      unless: [DEFINITION],
      confidence: 0.7,
    },
    {
      // A data-category line: "Biometric information, such as...", "Financial information (such as credit card number)".
      id: 'sensitive-category',
      stance: 'risk',
      match: new RegExp(String.raw`^\W*(?:\w+\s+){0,2}${SENSITIVE}\s*(?:[,:(–-]|\s+(?:such\s+as|for\s+example|e\.g|including|like)\b)`, 'i'),
      polarity: 'affirmed',
      unless: [NOT_OURS, DEFINITION, /\b(?:we|us)\s+(?:do\s+not|don't|never)\s+collect\b/i],
      confidence: 0.7,
    },
    {
      // Passive: "credit card numbers are collected", "your voice recordings may be stored".
      id: 'sensitive-collected',
      stance: 'risk',
      // Participle first (a literal scan), the lookbehind after it finds the sensitive data.
      match: new RegExp(String.raw`\b(?:collected|required|requested|stored|processed|retained|recorded|captured|used|kept|present|sent|uploaded|transmitted|analy[sz]ed|transcribed)\b(?<=${SENSITIVE}(?:[^\w.;]+\w+){0,6}?[^\w.;]+(?:is|are|may\s+be|will\s+be|be|being|been)\s+(?:\w+\s+){0,3}\w+)`, 'i'),
      confidence: 0.75,
      polarity: 'affirmed',
      unless: [NOT_OURS, DEFINITION],
    },
  ],
  examples: [
    { text: 'We ask you to provide your name, address and your credit card number when you pay.', labels: ['sensitive-data:risk'] },
    { text: 'To verify your identity we may collect a copy of your passport or driver\'s license.', labels: ['sensitive-data:risk'] },
    { text: 'The app may collect biometric data such as your fingerprint to unlock your account.', labels: ['sensitive-data:risk'] },
    { text: 'Voice recordings of customer service calls may be stored for quality purposes.', labels: ['sensitive-data:risk'] },
    { text: 'Health information, such as your symptoms and medications, if you choose to log them.', labels: ['sensitive-data:risk'] },
    { text: 'Your voice commands are recorded and sent to our servers to be transcribed.', labels: ['sensitive-data:risk'] },
    { text: 'The assistant stores spoken requests to improve speech recognition.', labels: ['sensitive-data:risk'] },
    { text: 'Requirements for a government ID to open a bank account are set by law.', labels: [] },
    { text: 'We use device fingerprinting to recognise your browser.', labels: [] },
    { text: 'You can unlock the app with your fingerprint, which we never receive.', labels: [] },
    { text: 'We collect information about your health only if you choose to log it.', labels: ['sensitive-data:risk'] },
    { text: 'The app records your voice when you use voice search.', labels: ['sensitive-data:risk'] },
    { text: 'We ask for your bank details to process refunds.', labels: ['sensitive-data:risk'] },
    { text: 'We do not collect sensitive personal information.', labels: [] },
    { text: 'We use an outside credit card processing company to bill you.', labels: [] },
    { text: '"Sensitive Personal Information" means your social security number or bank account number.', labels: [] },
    { text: 'Payments are handled by our processor; we never see or store your card number.', labels: [] },
    { text: 'We collect your name and email address.', labels: [] },
  ],
};
