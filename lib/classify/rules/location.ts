import type { CategoryRules } from '../rule';
import { DENIAL_NEGATOR, shortDenial } from './context-denial';

// The device's or user's physical whereabouts; "the location of our offices" is not it.
const LOC = String.raw`(?:(?:(?:precise|approximate|general|physical|actual|current|real[- ]time|exact|device(?:'s)?|mobile|your|user's|users'|geographic(?:al)?)\s+(?:\w+\s+)?)location(?:\s+(?:information|data|details|history))?|location[- ](?:based\s+)?(?:information|data|details|history|services?\s+(?:data|information))|geo[- ]?locations?(?:\s+(?:information|data))?|locational\s+(?:data|information)|geo[- ]?location-?based|gps(?:\s+(?:signals?|coordinates|location|data|information))?|latitude|longitude|cell(?:ular)?\s+(?:towers?|ids?|sites?)|wi-?fi\s+(?:access\s+points?|signals?|networks?\s+(?:near|around))|geographical\s+region|(?:city|country|region)\s+(?:and|or)\s+(?:city|country|region|state)|geo-?filtering|(?:pick-?up|drop-?off)\s+(?:locations?|points?|addresses|spots?)|(?<!\b(?:contact|bank|banking|postal)\s)coordinates|whereabouts|where\s+you\s+are(?:\s+located)?|places\s+(?:that\s+)?you\s+(?:visit|go|have\s+been|frequent))`;
const USE = String.raw`(?:collect\w*|access\w*|us(?:e|es|ed|ing)|shar(?:e|es|ed|ing)|track\w*|obtain\w*|receiv\w*|process\w*|stor(?:e|es|ed|ing)|maintain\w*|record\w*|log|logs|logged|logging|gather\w*|derive[sd]?|deriving|infer(?:s|red|ring)?|determin\w*|approximat\w*|estimat\w*|detect\w*|identify|identif(?:ies|ied)|know|disclos\w*|provid\w*|send|sends|sent|transmit\w*|get|gets|ask\w*\s+(?:you\s+)?for|request\w*|locate|includ(?:e|es|ing))`;
// For a promise not to: only the core verbs ("we do not own ..., including your location" is no promise).
const USE_CORE = String.raw`(?:collect\w*|access\w*|us(?:e|es|ed|ing)|shar(?:e|es|ed|ing)|track\w*|obtain\w*|receiv\w*|process\w*|stor(?:e|es|ed|ing)|record\w*|gather\w*|disclos\w*|transmit\w*|send|sell|ask\w*\s+(?:you\s+)?for|request\w*)`;
const USES_LOCATION_CORE = new RegExp(String.raw`\b${USE_CORE}\b(?=(?:[^\w.;]+\w+){0,10}?[^\w.;]+${LOC}\b)`, 'i');
const USES_LOCATION = new RegExp(String.raw`\b${USE}\b(?=(?:(?:[^\w.;]|\.(?=\w|,)|(?<=\b(?:e\.g|i\.e|etc))\.)+\w+){0,14}?[^\w.;]+${LOC}\b)`, 'i');
// Passive: "location data is collected", "location data is never shared". The participle is the trigger
// (so the negation before it is read); the lookbehind after it finds the location.
const LOCATION_USED = new RegExp(
  String.raw`\b(?:collected|accessed|used|shared|tracked|obtained|received|processed|stored|derived|inferred|determined|sent|transmitted|disclosed|recorded|logged|kept|retained|sold)\b(?<=\b${LOC}(?:[^\w.;]+\w+){0,8}?[^\w.;]+(?:is|are|may\s+be|will\s+be|can\s+be|be|being|been|gets?)\s+(?:\w+\s+){0,2}\w+)`,
  'i',
);
// Location from the IP address, used to place the user.
const FROM_IP = /\b(?:location|city|country|region|where\s+you\s+are)\b[^.;]{0,60}\b(?:from|based\s+(?:up)?on|using|through|derived\s+from|associated\s+with)\s+(?:\w+\s+){0,2}ip\s+address(?:es)?\b|\bip\s+address(?:es)?\b[^.;]{0,60}\b(?:to\s+(?:determine|infer|approximate|estimate|identify|know)|approximate|derive)\s+(?:\w+\s+){0,2}(?:location|city|country|region)/i;
// The user switching location off is a choice, not a collection.
const USER_OFF = /\b(?:turn\s+off|switch\s+off|disable|withdraw|revoke|stop\s+(?:sharing|allowing))\b/i;

// A heading or lead about the user's whereabouts; "Location of our servers" or "Storage location" is not.
const LOCATION_TOPIC = /^\W*(?:geo-?)?location\W*$|\b(?:your|device|precise|approximate|physical|geo-?)\s*location|\blocation\s+(?:data|information|services?|tracking|history|sharing|permissions?)|\bgps\b|geo-?location|where\s+you\s+are/i;

/** `location`: collecting or sharing the device's physical location. */
export const location: CategoryRules = {
  category: 'location',
  cue: /locat|gps|whereabouts|ip address|coordinat|pick-?up|drop-?off|where you are|places (?:that )?you|latitude|longitude|cell(?:ular)? (?:tower|id|site)|wi-?fi|geograph|geo-?|where you are|\bcity\b|country and/i,
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
      id: 'location-used',
      stance: 'risk',
      match: LOCATION_USED,
      polarity: 'affirmed',
      unless: [USER_OFF],
      confidence: 0.8,
    },
    {
      // "Location data is never shared with third parties", "where you are is not recorded".
      id: 'location-not-used',
      stance: 'protection',
      match: LOCATION_USED,
      polarity: 'negated',
      unless: [/\byou\s+(?:can|may)\s+(?:\w+\s+){0,3}(?:not|choose)/i, /\bnon-?personal\b|\bdoes\s+not\s+identify\b/i],
      confidence: 0.8,
    },
    {
      // Under a location heading or lead: "We may also infer it from your IP address", "we use this data to show nearby stores".
      id: 'uses-it-in-context',
      stance: 'risk',
      match: /\b(?:we|our\s+(?:apps?|services?|partners))\s+(?:\w+\s+){0,2}?(?:collect|infer|derive|determine|estimate|approximate|track|use|share|store|record|access|obtain|receive|disclose|sell)s?\s+(?:it|this|that|them|this\s+(?:information|data)|that\s+(?:information|data)|such\s+(?:information|data))\b/i,
      polarity: 'affirmed',
      topic: LOCATION_TOPIC,
      topicIn: ['heading', 'lead'],
      unless: [/\b(?:if|when|unless)\s+you\s+(?:\w+\s+){0,2}(?:not|n't|disable|deny|decline)/i, /\b(?:we|our\s+\w+)\s+(?:\w+\s+)?(?:(?:do|does|will|shall|can|would)\s*(?:not|n't)|never|cannot|won't)\b/i],
      confidence: 0.7,
    },
    {
      // Under a location heading: "None is collected by this app.", "We don't do it."
      id: 'denial-in-context',
      stance: 'protection',
      match: shortDenial(String.raw`collect|track|store|use|share|access|record|sell`, String.raw`collected|tracked|stored|used|shared|accessed|recorded|sold`),
      also: [DENIAL_NEGATOR],
      topic: LOCATION_TOPIC,
      topicIn: ['heading', 'lead'],
      confidence: 0.75,
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
      // "Location data never leaves your device", "your position is processed only on your phone".
      id: 'location-stays-local',
      stance: 'protection',
      match: new RegExp(String.raw`\b${LOC}\b[^.;]{0,40}?\b(?:never\s+leaves?\s+(?:your|the)\s+(?:device|phone)|(?:stays?|remains?|kept|stored|processed|handled)\s+(?:only\s+|entirely\s+|solely\s+)?(?:locally|on\s+(?:your|the)\s+(?:device|phone)|on-?device))`, 'i'),
      suppress: ['risk'],
      confidence: 0.8,
    },
    {
      // "We do not share that information with third parties" in a paragraph about location.
      id: 'no-location-sharing',
      stance: 'protection',
      match: /\b(?:share|disclose|sell|provide|give|transfer)\b/i,
      polarity: 'negated',
      also: [/\b(?:that|this|such|your|the)\s+(?:information|data)\b|\bit\b/i],
      topic: LOCATION_TOPIC,
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
    { text: 'We may collect general information (e.g. IP address, postcode) about your location.', labels: ['location:risk'] },
    { text: 'We work out which country you are in from your IP address.', labels: ['location:risk'] },
    { text: 'We do not collect or share location data.', labels: ['location:protection'] },
    { text: 'Please send us your contact coordinates so we can reach you.', labels: [] },
    { text: 'We store it in data centres in Ireland.', heading: 'Location of our servers', labels: [] },
    { text: 'Your precise location never leaves your device.', labels: ['location:protection'] },
    { text: "We don't track your whereabouts.", labels: ['location:protection'] },
    { text: 'GPS data is processed only on your phone to show the map.', labels: ['location:protection'] },
    { text: 'Your location history is never sold or shared with advertisers.', labels: ['location:protection'] },
    { text: 'At no point does the app record where you are.', labels: ['location:protection'] },
    { text: 'None is collected by our apps.', heading: 'Geolocation', labels: ['location:protection'] },
    { text: 'We may also estimate it from your IP address.', heading: 'Location information', labels: ['location:risk'] },
    { text: 'We may also estimate it from your IP address.', heading: 'Log files', labels: [] },
    { text: 'GPS coordinates of each delivery are recorded by the driver app.', labels: ['location:risk'] },
    { text: 'The app logs pickup and drop-off points for every ride.', labels: ['location:risk'] },
    { text: 'We use it to show you stores near you, but you can disable it at any time.', heading: 'Location services', labels: ['location:risk'] },
    { text: 'None of our apps will ever access or track any location-based information from your device.', labels: ['location:protection'] },
    { text: 'We do not share that information with third parties other than as required by law.', heading: 'Location information', labels: ['location:protection'] },
    { text: 'You can turn off the app\'s access to your location at any time in your phone settings.', labels: [] },
    { text: 'Our offices are located in Dublin, Ireland.', labels: [] },
    { text: 'We do not share that information with third parties.', heading: 'Payment details', labels: [] },
  ],
};
