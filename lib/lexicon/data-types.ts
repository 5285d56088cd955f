import type { Lexicon, LexiconEntry } from './types';

/** The kinds of data a practice can be about. */
export type DataType =
  | 'contacts'
  | 'location'
  | 'identifiers'
  | 'activity'
  | 'financial'
  | 'health'
  | 'biometric'
  | 'communications'
  | 'government-id'
  | 'special-category'
  | 'personal-info';

// The user's device, where a contact list lives.
const DEVICE = '(device|phone|mobile device|handset|smartphone|computer|sim card)';
// People other than the user whose details a service can collect.
const OTHERS = '(friend|friends|colleague|colleagues|co worker|co workers|coworker|coworkers|family member|family members|contact|contacts|invitee|invitees|referral|referrals|recipient|recipients|connection|connections|followers)';
// What can be known about such a person.
const DETAILS = '(name|names|email|emails|email address|email addresses|e mail address|e mail addresses|phone number|phone numbers|mobile number|mobile numbers|telephone number|telephone numbers|contact information|contact info|contact details|information|data|details|personal information|personal data|profile|profiles|profile picture|profile pictures|user id|user ids|address|addresses)';

const contacts: LexiconEntry<DataType> = {
  id: 'contacts',
  gloss: "the user's contact list or address book, a social network's friends list, or data about people who are not users",
  terms: [
    '(contact|contacts) (list|book|entries|data)',
    'list of [your] (contacts|friends|connections)',
    '(address|phone) book',
    '(addressbook|phonebook) [entries|data]',
    '(friend|friends|buddy) list',
    'contacts',
    'social graph',
    `(contact|contacts) (information|info|details|entries|data) [stored|saved|kept] (on|in|from) [your|the] ${DEVICE}`,
    `(names|numbers|phone numbers|email addresses) (stored|saved|kept|listed) (on|in) [your|the] ${DEVICE}`,
    `${OTHERS}'s ${DETAILS}`,
    `${OTHERS}' ${DETAILS}`,
    `(friend|referral|invitee) ${DETAILS}`,
    `${DETAILS} of [your|the|those|these] ${OTHERS}`,
    '(information|data|details|personal information|personal data) (you|that you) (provide|give us|share|submit|enter) (about|of|regarding) (others|other people|someone else|another person|your friends|your contacts)',
    `${DETAILS} (about|of|relating to|regarding|concerning) (other people|others|someone else|another person|other individuals|non users|people who are not users|individuals who are not users|your friends|your contacts|people you know)`,
    '(people|persons|individuals|friends|contacts|anyone|someone) (you|whom you|who you|that you) (invite|refer|nominate|know|tag|mention|add|list|name)',
    '[the] (people|persons|users|contacts|individuals) (you|whom you|that you) (communicate|interact|chat|talk|connect|correspond|exchange messages) with',
    '[your] (friends|contacts|connections) who [also] (use|are on|have|joined)',
    '(your|their) connections',
    // People who are not users: "parents who do not have accounts", "visitors who do not use our service".
    '(people|persons|individuals|visitors|guests|parents|guardians|family members|relatives|others|anyone|those|someone) (who|that) (do not|don\'t|does not|doesn\'t|are not|aren\'t|is not|isn\'t) [yet|already] (use|have|registered|users|members|customers|a user|a member)',
    `(someone else's|somebody else's|another person's|other people's) ${DETAILS}`,
    '(the|a|another) person (you|being|whom you|who you|that you)',
    'other (travellers|travelers|passengers|guests|attendees|participants|family members)',
  ],
  // "contacts" as a verb: "if a partner contacts you", "when a user contacts us".
  not: [
    'contacts with (customer|support|our customer|our support|customer service|our customer service)',
    '(he|she|it|who|which|someone|anyone|one|company|partner|partners|advertiser|sponsor|business|team|representative|agent|user|member|customer|visitor) contacts (you|us)',
    '(business|emergency|media|press|sales|marketing|key|customer) contacts',
  ],
  examples: {
    yes: [
      'We may access your contact list',
      'the app uploads your phone contacts',
      'your address book may be uploaded',
      'phonebook entries',
      'contact information saved on your phone',
      'contact information from your device',
      "your friend's email address",
      'the email addresses of your friends',
      'friends lists from social networks',
      'information about people who are not users',
      'your friends who also use the app',
      'parents and guardians who do not have accounts',
      'people who are not yet members',
      "someone else's name",
      'the name of the person you would like us to notify',
    ],
    no: ['your contact information', 'please contact us', 'our business contacts', 'contacts with customer support', 'if a partner contacts you', 'when a user contacts us'],
  },
};

const location: LexiconEntry<DataType> = {
  id: 'location',
  gloss: "the device's physical location: GPS, cell towers, Wi-Fi, or location derived from the IP address",
  // "Locations" are places (offices, stores, servers), not the user's whereabouts.
  inflect: 'none',
  terms: [
    '[precise|approximate|general|physical|geographic|geographical|real time|current|device|gps|exact|coarse|fine] location [data|information|details|services|history|signals]',
    '(geolocation|geo location|geo location data|geo data|geographic data)',
    'gps [coordinates|data|signals|location]',
    '(trip|ride|route|map|geographic|geographical|location|your) coordinates',
    '(latitude|longitude)',
    'cell (tower|towers|site|sites) [information|data|location]',
    '(wi fi|wifi|wireless) (access points|signals|networks) [near|around|nearby]',
    'where you are',
    'your whereabouts',
    '(city|region|country) (level|derived from) [location]',
    '(which|what) (country|city|region|state|town) you are in',
    '(pickup|pick up|drop off|dropoff|pick up and drop off|pickup and drop off) (points|point|locations|location|addresses|address)',
    '(trip|travel) (routes|route|history)',
    'places you (visit|go)',
  ],
  not: [
    '(our|other|various|multiple|different|these|those|store|retail|office|business|server|storage|physical|event|any) locations',
    'location of (our|the|its|their) (servers|offices|data|business|stores|facilities)',
    'locations (outside|around|in)',
    '(in|at) (a|one|any|another) location',
  ],
  examples: {
    yes: ['We collect your precise location', 'GPS coordinates', 'geolocation data', 'nearby Wi-Fi access points', 'location services'],
    no: ['at our store locations', 'the location of our servers', 'data stored in other locations'],
  },
};

const identifiers: LexiconEntry<DataType> = {
  id: 'identifiers',
  gloss: 'device and online identifiers: IP address, device and advertising IDs, cookie IDs',
  terms: [
    'ip (address|addresses)',
    '(device|unique|online|persistent|mobile|cookie|advertising|ad|hardware|user|account|social network|social media|member|player|customer) (id|ids|identifier|identifiers)',
    '(mobile|ios|android|google) advertising (id|ids|identifier|identifiers)',
    '(idfa|idfv|aaid|gaid|imei|udid|mac address|mac addresses|android id)',
    'identifiers',
    'hashed (email|emails|email address|email addresses)',
  ],
  examples: { yes: ['your IP address', 'advertising identifiers', 'the IDFA', 'unique device IDs'], no: ['your name'] },
};

const activity: LexiconEntry<DataType> = {
  id: 'activity',
  gloss: 'browsing and usage activity: pages visited, searches, clicks, app use, viewing and purchase history',
  terms: [
    '(browsing|search|viewing|watch|purchase|transaction|listening|reading|navigation|clickstream) (history|activity|activities|data|information|behavior|behaviour|habits)',
    '(usage|activity|interaction|clickstream|behavioral|behavioural) (data|information|details)',
    '(online|internet|network|app|in app|web) activity',
    'your (activity|activities)',
    '(pages|websites|sites|apps|content|ads|products|items|videos|articles) (you|that you) (visit|view|use|click|watch|interact with|access|browse|search for)',
    'search (queries|terms)',
    'how you (use|interact with|navigate)',
    '(information|data) ** (through|by|via|using|with|from) [our|the] (cookies|pixels|web beacons|beacons|tags|sdks|tracking technologies|similar technologies|these technologies|log files|clear gifs|cookies and image tags)',
    '(information|data) about (your|how you) (use|activity|activities|visits|interactions|browsing)',
    'interests',
    // What is inferred from activity: "audience profiles", "inferences drawn from your activity".
    '(audience|consumer|marketing|interest|behavioral|behavioural|advertising) (profiles|profile|segments|segment)',
    'inferences',
  ],
  not: ['(legitimate|vital|best|business|commercial|legal|public) interests'],
  examples: { yes: ['your browsing history', 'usage data', 'pages you visit', 'how you use our services', 'sell the resulting audience profiles', 'inferences drawn from your activity'], no: ['your email address', 'your user profile'] },
};

const financial: LexiconEntry<DataType> = {
  id: 'financial',
  gloss: 'financial account or payment card numbers, bank details, credit history',
  terms: [
    '(credit|debit|payment|bank) card (number|numbers|details|information|data)',
    'card (number|numbers|details)',
    'bank (account|accounts|details|information) [number|numbers|information|details]',
    'financial (information|data|details|account|accounts|account numbers|account information)',
    '(account|routing) numbers',
    '(income|salary|tax returns|net worth)',
    'payment (information|info|details|data|card|cards|card details|method details)',
  ],
  not: ['credit card companies', 'credit card processors', 'payment processors'],
  examples: { yes: ['your credit card number', 'bank account details', 'financial account information', 'your payment information'], no: ['payment processors', 'your credit history'] },
};

const health: LexiconEntry<DataType> = {
  id: 'health',
  gloss: 'health, medical, fitness-body and genetic data',
  terms: [
    '(health|medical|wellness|clinical|genetic|mental health|reproductive|sexual health) (information|data|records|history|conditions|condition|details)',
    '(medical|health) (records|history)',
    '(heart rate|blood pressure|blood glucose|weight|sleep|menstrual cycle|menstrual cycles|pregnancy|symptoms|diagnoses|diagnosis|prescriptions|medications|disabilities|disability)',
    '(health|medical) (conditions|condition)',
    '(information|data|details) about your (health|medical condition|medical conditions|body|fitness)',
    'protected health information',
  ],
  examples: { yes: ['health information', 'your medical history', 'heart rate', 'protected health information'], no: ['healthy lifestyle tips'] },
};

const biometric: LexiconEntry<DataType> = {
  id: 'biometric',
  gloss: 'biometric identifiers and voice recordings',
  terms: [
    'biometric (data|information|identifiers|identifier|templates|details)',
    '(face|facial) (geometry|recognition|scans|scan|templates|features|data)',
    '(fingerprints|fingerprint scans|voiceprints|voice prints|faceprints|faceprint|face prints|retina scans|iris scans|palm prints)',
    '(voice|audio) (recordings|recording|data|samples|commands|inputs)',
    'recordings of your voice',
    'your voice',
    '(spoken|voice) (requests|commands|queries|inputs|interactions|search|searches)',
    'biometrics',
  ],
  examples: { yes: ['biometric data', 'facial recognition', 'voice recordings'], no: ['browser fingerprinting'] },
};

const communications: LexiconEntry<DataType> = {
  id: 'communications',
  gloss: "the content of the user's calls, messages, emails and voicemail, and call or message records",
  terms: [
    '(content|contents|text) of [your] (messages|communications|emails|calls|conversations|chats|texts|files|documents)',
    '(voice|video|phone) calls',
    '(calls|phone calls|conversations) (to|with) (our|us)',
    '(numbers|phone numbers) you (dial|call|text)',
    'call (duration|durations|length|lengths)',
    'communication (sent|transmitted|made|exchanged) (through|via|using|over|on)',
    '(message|messages|chat|email|call|communications) (content|contents)',
    '[private|direct|text|chat|instant|in app|sms] messages',
    // Bare "communications" is as often what the service sends the user ("newsletters and other communications").
    '(chats|conversations|voicemail|voicemails|texts|sms|faxes)',
    '(your|users|users\'|private|personal|electronic|online) communications',
    'communications (with|between) [other] (users|members|people|friends|contacts|each other)',
    '(call|calls|calling|phone call|phone calls) (recordings|recording|logs|log|history|records|detail records|metadata)',
    '(recordings|records|audio|transcripts|transcript|content|contents) of [your|the] (calls|call|phone calls|conversations|conversation)',
    // "we may record the call", "support calls may be monitored".
    '(the|your|phone|support|customer service|telephone|customer support) (call|calls)',
    '(emails|e mails) (you send|you receive|you send or receive|you exchange)',
    '(message|messaging|sms) (logs|history|records|metadata)',
  ],
  not: [
    '(marketing|promotional|commercial|service|transactional|relational|email|e mail|our|certain|these|follow up|spam|general) (messages|communications|emails|communication|texts|text messages|sms)',
    '(texts|text messages|messages|sms|emails) (from us|from our)',
    'communications (from us|preferences|settings)',
    '(the|a) call to action',
    '(messages|emails|communications) (you send|sent) to (us|our support|our customer support|customer support|support|our support team|our customer service)',
    // How the user engages with our emails is usage, not their content.
    '(interaction|interactions|engagement) with [our] (email|emails|message|messages) (content|contents)',
  ],
  examples: { yes: ['the content of your messages', 'call logs', 'voicemails', 'private messages', 'chats', 'we may record the call', 'the audio of your calls'], no: ['marketing communications', 'communications preferences'] },
};

const governmentId: LexiconEntry<DataType> = {
  id: 'government-id',
  gloss: "government identifiers: social security number, passport, driver's licence, national or tax id",
  terms: [
    'social security (number|numbers)',
    '(ssn|ssns)',
    'passport [number|numbers|details|information]',
    "(driver's|drivers|driving) (license|licence|licenses|licences) [number|numbers|details|information]",
    'national (id|identification|identity|insurance) [number|numbers|card|cards]',
    '(government|state) (issued|issued identification|identification|id|ids) [number|numbers|documents|cards|id|ids]',
    '(tax|taxpayer) (id|identification) [number|numbers]',
    '(identity|identification) (documents|cards)',
    'id (card|cards|documents)',
  ],
  examples: { yes: ['your social security number', "driver's license number", 'government-issued ID', 'passport details'], no: ['your user ID'] },
};

const specialCategory: LexiconEntry<DataType> = {
  id: 'special-category',
  gloss: 'data the law treats as a special category: racial or ethnic origin, sexual orientation, religious or political beliefs, union membership, criminal records',
  terms: [
    '(racial|ethnic) (origin|origins|background)',
    '(race|ethnicity|ancestry|religion)',
    'sexual (orientation|life|preferences|preference|behaviour|behavior)',
    '(sex life|sex lives)',
    '(religious|philosophical|political) (beliefs|belief|views|opinions|affiliation|affiliations)',
    '(trade|labor|labour) union (membership|memberships)',
    'special (category|categories) [of personal] [data|information]',
    'protected (classifications|classification|characteristics)',
    'criminal (records|convictions|history|offences|offenses)',
  ],
  // "Sensitive information" alone is whatever a policy defines it as (often the card number it protects): too loose.
  examples: { yes: ['sexual orientation', 'racial or ethnic origin', 'religious beliefs', 'special categories of personal data'], no: ['sensitive information', 'your email address'] },
};

const personalInfo: LexiconEntry<DataType> = {
  id: 'personal-info',
  sense: 'personal',
  gloss: 'personal information named as such: what identifies a user',
  terms: [
    '[your|the] personal (information|data|details|info)',
    'personally identifiable (information|data)',
    '(pii|profile information|account information|registration information)',
    '(mailing|customer|subscriber|member|membership|email|marketing|user) (list|lists|database|databases|records)',
    '(name|names|full name|first name|last name|email address|email addresses|e mail address|phone number|phone numbers|mobile number|telephone number|postal address|home address|mailing address|date of birth|birthday|age|gender|zip code|postcode|username|user name|photo|photos|profile picture)',
    'your (email|e mail)',
    'contact (information|info|details|data)',
  ],
  not: ['(non|not) personal (information|data)'],
  examples: { yes: ['your personal information', 'your contact information', 'email address', 'our mailing list'], no: ['non-personal information'] },
};

const genericInfo: LexiconEntry<DataType> = {
  id: 'personal-info',
  gloss: 'information in general ("your information", "such data"): personal unless the clause says it is aggregated',
  terms: [
    '(information|data|details) about you',
    '(your|such|this|that|the|their|user|users|customer|customers) (information|data|details)',
    'information that identifies you',
    '(information|data|details)',
  ],
  examples: { yes: ['information about you', 'such information', 'data'], no: ['your location'] },
};

/** Data types, most specific first (a tie on the same words goes to the earlier entry). */
export const DATA_TYPES: Lexicon<DataType> = {
  cls: 'data',
  entries: [contacts, location, identifiers, activity, financial, health, biometric, communications, governmentId, specialCategory, personalInfo, genericInfo],
};
