import type { CategoryRules } from '../rule';

// The device's or user's physical whereabouts; "the location of our offices" is not it.
const LOC = String.raw`(?:(?:(?:precise|approximate|general|physical|actual|current|real[- ]time|exact|device(?:'s)?|mobile|your|user's|users'|geographic(?:al)?)\s+(?:\w+\s+)?)location(?:\s+(?:information|data|details|history))?|location[- ](?:based\s+)?(?:information|data|details|history|services?\s+(?:data|information))|geo[- ]?locations?(?:\s+(?:information|data))?|locational\s+(?:data|information)|geo[- ]?location-?based|gps(?:\s+(?:signals?|coordinates|location|data|information))?|latitude|longitude|cell(?:ular)?\s+(?:towers?|ids?|sites?)|wi-?fi\s+(?:access\s+points?|signals?|networks?\s+(?:near|around))|geographical\s+region|(?:city|country|region)\s+(?:and|or)\s+(?:city|country|region|state)|geo-?filtering)`;
const USE = String.raw`(?:collect\w*|access\w*|us(?:e|es|ed|ing)|shar(?:e|es|ed|ing)|track\w*|obtain\w*|receiv\w*|process\w*|stor(?:e|es|ed|ing)|maintain\w*|record\w*|gather\w*|derive[sd]?|deriving|infer(?:s|red|ring)?|determin\w*|approximat\w*|estimat\w*|detect\w*|identify|identif(?:ies|ied)|know|disclos\w*|provid\w*|send|sends|sent|transmit\w*|get|gets|ask\w*\s+(?:you\s+)?for|request\w*|locate|includ(?:e|es|ing))`;
// For a promise not to: only the core verbs ("we do not own ..., including your location" is no promise).
const USE_CORE = String.raw`(?:collect\w*|access\w*|us(?:e|es|ed|ing)|shar(?:e|es|ed|ing)|track\w*|obtain\w*|receiv\w*|process\w*|stor(?:e|es|ed|ing)|record\w*|gather\w*|disclos\w*|transmit\w*|send|sell|ask\w*\s+(?:you\s+)?for|request\w*)`;
const USES_LOCATION_CORE = new RegExp(String.raw`\b${USE_CORE}\b(?=(?:[^\w.;]+\w+){0,10}?[^\w.;]+${LOC}\b)`, 'i');
const USES_LOCATION = new RegExp(
  String.raw`\b${USE}\b(?=(?:(?:[^\w.;]|\.(?=\w|,))+\w+){0,14}?[^\w.;]+${LOC}\b)|\b${LOC}\b(?=(?:[^\w.;]+\w+){0,8}?[^\w.;]+(?:is|are|may\s+be|will\s+be|be|being|been)\s+(?:\w+\s+)?(?:collected|accessed|used|shared|tracked|obtained|received|processed|stored|derived|inferred|determined|sent|transmitted|disclosed)\b)`,
  'i',
);
// Location from the IP address, used to place the user.
const FROM_IP = /\b(?:location|city|country|region|where\s+you\s+are)\b[^.;]{0,60}\b(?:from|based\s+(?:up)?on|using|through|derived\s+from|associated\s+with)\s+(?:\w+\s+){0,2}ip\s+address(?:es)?\b|\bip\s+address(?:es)?\b[^.;]{0,60}\b(?:to\s+(?:determine|infer|approximate|estimate|identify|know)|approximate|derive)\s+(?:\w+\s+){0,2}(?:location|city|country|region)/i;
// The user switching location off is a choice, not a collection.
const USER_OFF = /\b(?:turn\s+off|switch\s+off|disable|withdraw|revoke|stop\s+(?:sharing|allowing))\b/i;

/** `location`: collecting or sharing the device's physical location. */
export const location: CategoryRules = {
  category: 'location',
  cue: /locat|gps|latitude|longitude|cell(?:ular)? (?:tower|id|site)|wi-?fi|geograph|geo-?|where you are|\bcity\b|country and/i,
  rules: [
    {
      // "We may collect information about your actual location, like GPS signals", "we may share your location with partners".
      id: 'uses-location',
      stance: 'risk',
      match: USES_LOCATION,
      polarity: 'affirmed',
      unless: [USER_OFF, /\blocations?\s+(?:of|where)\s+(?:our|its|the)\s+(?:offices?|servers?|facilities|stores?|data\s+cent(?:er|re)s?)/i],
      confidence: 0.8,
    },
    {
      id: 'location-from-ip',
      stance: 'risk',
      match: FROM_IP,
      polarity: 'affirmed',
      confidence: 0.75,
    },
    {
      // A data-category heading: "Geo-Location Information: some devices allow...", "Location Data, including your precise location".
      id: 'location-category',
      stance: 'risk',
      match: /^\W*(?:\w+\s+){0,2}(?:geo-?location|location|gps)\s+(?:information|data)\b\s*[:.,(]/i,
      unless: [USER_OFF, /\b(?:not|never|no)\b/i],
      confidence: 0.7,
    },
    {
      // "We do not collect or share location data", "none of our apps will access your location".
      id: 'no-location',
      stance: 'protection',
      match: USES_LOCATION_CORE,
      polarity: 'negated',
      unless: [/\byou\s+(?:can|may)\s+(?:\w+\s+){0,3}(?:not|choose)/i, /\bnon-?personal\b|\bdoes\s+not\s+identify\b/i],
      confidence: 0.85,
    },
    {
      // "We do not share that information with third parties" in a paragraph about location.
      id: 'no-location-sharing',
      stance: 'protection',
      match: /\b(?:share|disclose|sell|provide|give|transfer)\b/i,
      polarity: 'negated',
      also: [/\b(?:that|this|such|your|the)\s+(?:information|data)\b|\bit\b/i],
      topic: /\blocation|\bgps\b|geolocation/i,
      topicIn: ['heading', 'lead'],
      // "If you do not wish us to share it, opt out": the user's negation.
      unless: [/\bif\s+you\s+(?:do\s+not|don't)\b|\byou\s+(?:can|may)\b/i],
      confidence: 0.7,
    },
  ],
  examples: [
    { text: 'When you use the app, we may collect your precise location using GPS signals from your device.', labels: ['location:risk'] },
    { text: 'We may share your device location with advertising partners.', labels: ['location:risk'] },
    { text: 'We infer your approximate location from your IP address to show local content.', labels: ['location:risk'] },
    { text: 'Your geolocation data may be used to personalise offers.', labels: ['location:risk'] },
    { text: 'Location Information: when you enable location services, we receive information about nearby Wi-Fi access points.', labels: ['location:risk'] },
    { text: 'We do not collect or share location data.', labels: ['location:protection'] },
    { text: 'None of our apps will ever access or track any location-based information from your device.', labels: ['location:protection'] },
    { text: 'We do not share that information with third parties other than as required by law.', heading: 'Location information', labels: ['location:protection'] },
    { text: 'You can turn off the app\'s access to your location at any time in your phone settings.', labels: [] },
    { text: 'Our offices are located in Dublin, Ireland.', labels: [] },
    { text: 'We do not share that information with third parties.', heading: 'Payment details', labels: [] },
  ],
};
