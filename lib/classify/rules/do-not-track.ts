import type { CategoryRules } from '../rule';
import { DENIAL_NEGATOR, shortDenial } from './context-denial';

// The signal, by any of its names: Do Not Track, DNT, Global Privacy Control, browser opt-out signals.
// "we do not track you" is prose, not the signal's name: a subject or adverb right before it rules it out.
const DNT = String.raw`(?:do[- ]not[- ]track(?<!\b(?:we|they|i|you|it|which|that|who|also|currently|still|and|generally|simply|will|does|do)\s+do[- ]not[- ]track)|\bdnt\b|global\s+privacy\s+control|\bgpc\b|opt[- ]out\s+preference\s+signals?|browser[- ]initiated\s+signals?|universal\s+opt[- ]out)`;
const DNT_RE = new RegExp(DNT, 'i');
// What a service does with the signal. Negated = risk, affirmed = protection.
const HEED = String.raw`(?:respond(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|respect(?:s|ed|ing)?|recogni[sz](?:e|es|ed|ing)|support(?:s|ed|ing)?|compl(?:y|ies|ied)\s+with|obey(?:s|ed)?|acknowledge[sd]?|process(?:es|ed)?|accommodate[sd]?|act(?:s|ed)?\s+(?:up)?on|adhere[sd]?\s+to|follow(?:s|ed)?|observe[sd]?|implement(?:s|ed)?|read(?:s)?|alter(?:s|ed)?|change[sd]?|modif(?:y|ies|ied)|take\s+(?:any\s+)?action|offer(?:s|ed)?|interpret(?:s|ed)?|treat(?:s|ed)?|react(?:s|ed)?)`;
// Verbs that, affirmed, say the signal is honoured ("change" or "offer" affirmed say nothing).
const HONOUR = String.raw`(?:respond(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|respect(?:s|ed|ing)?|recogni[sz](?:e|es|ed|ing)|support(?:s|ed|ing)?|compl(?:y|ies|ied)\s+with|obey(?:s|ed)?|acknowledge[sd]?|act(?:s|ed)?\s+(?:up)?on|adhere[sd]?\s+to|follow(?:s|ed)?|observe[sd]?|implement(?:s|ed)?|process(?:es|ed)?|abide[sd]?\s+by|give[sn]?\s+effect\s+to|appl(?:y|ies|ied))`;
// What the service stops doing once it sees the signal: "we do not load trackers", "we switch off analytics cookies".
const STOPS = String.raw`(?:(?:will\s+)?(?:do\s+not|does\s+not|don't|doesn't|won't|will\s+not|not|never)\s+(?:\w+\s+){0,2}(?:track|collect|count|set|load|use|record|log|send|share|sell|store|serve|fire|run|place|drop)|(?:will\s+|automatically\s+)*(?:stop|disable|switch\s+off|turn\s+off|block|suppress|opt\s+you\s+out|treat\s+(?:it|this|that|you))\w*)`;
// The verb must be about a signal: "respond to those signals", "honor DNT requests".
const aboutSignal = (verb: string) =>
  new RegExp(
    String.raw`\b${verb}\b(?=(?:\W+\w+){0,12}?\W+(?:${DNT}|signals?|headers?|settings?|requests?|preferences?|mechanisms?|features?|flags?|them|these|such|it|this)\b)`,
    'i',
  );
const HEED_SIGNAL = aboutSignal(HEED);
// Passive, with the signal as subject: "DNT signals are not currently recognized by our site",
// "Such signals are not honoured" (the signal named by the heading or lead-in), or a table cell
// "Do Not Track signals | Not honored". The participle is the trigger (negation is read before it);
// the lookbehind after it finds the signal.
const SIGNAL_SUBJECT = String.raw`(?:${DNT}|\bsignals?\b|\bheaders?\b)`;
const SIGNAL_HEEDED = new RegExp(
  String.raw`\b(?:honou?red|recogni[sz]ed|respected|supported|followed|processed|acknowledged|obeyed|observed|implemented|acted\s+(?:up)?on|responded\s+to)\b(?<=${SIGNAL_SUBJECT}[^.;]{0,80}?(?:\b(?:is|are|will\s+be|be|been|being)\s+(?:\w+\s+){0,2}\w+(?:\s+\w+)?|[|:]\s*(?:not|never)\s+\w+))`,
  'i',
);
const HONOUR_SIGNAL = aboutSignal(HONOUR);
// "if you have not enabled DNT on a browser that supports it": the user's negation, not the service's.
const USER_NEGATION = /\b(?:if|unless|when)\s+you\s+(?:have\s+|do\s+)?(?:not|n't|never)\b/i;

// "there is no standard for how a site should respond" says nothing of this service...
// unless the sentence also says the service does not respond.
const NO_STANDARD = /^(?![\s\S]*\b(?:we|our|us|currently|therefore|accordingly|as such|so)\b[\s\S]*(?:\bnot\b|n't|unable|never)\s+(?:\w+\s+){0,3}(?:respond|honou?r|recogni[sz]e|support|alter|take))[\s\S]*\bno\s+(?:\w+\s+){0,4}(?:standard|consensus|agreement)/i;

/** `do-not-track`: whether Do Not Track / Global Privacy Control signals are honoured. */
export const doNotTrack: CategoryRules = {
  category: 'do-not-track',
  cue: /do[- ]not[- ]track|\bdnt\b|privacy control|\bgpc\b|signals?|header|opt[- ]out preference|universal opt/i,
  rules: [
    {
      // "We do not respond to DNT signals", "our systems do not recognize browser DNT requests",
      // "we are unable to respond to these signals" (under a DNT heading or paragraph).
      id: 'not-heeded',
      stance: 'risk',
      match: HEED_SIGNAL,
      polarity: 'negated',
      topic: DNT_RE,
      suppress: ['protection'],
      unless: [
        USER_NEGATION,
        // "Not all browsers offer a DNT option" is about browsers.
        /\bnot\s+all\s+(?:web\s+)?browsers\b/i,
        NO_STANDARD,
      ],
      confidence: 0.9,
    },
    {
      id: 'signal-not-heeded',
      stance: 'risk',
      match: SIGNAL_HEEDED,
      polarity: 'negated',
      topic: DNT_RE,
      suppress: ['protection'],
      confidence: 0.85,
    },
    {
      id: 'signal-heeded',
      stance: 'protection',
      match: SIGNAL_HEEDED,
      polarity: 'affirmed',
      topic: DNT_RE,
      confidence: 0.75,
    },
    {
      // "When we detect a GPC signal, we treat it as a request to opt out of sales."
      id: 'treated-as-opt-out',
      stance: 'protection',
      match: /\btreat\w*\s+(?:it|them|this|these|(?:(?:such|the|that|this|a|an|any|your)\s+)?(?:[\w-]+\s+){0,4}?(?:signals?|requests?|headers?|preferences?|settings?))\s+as\s+(?:an?\s+)?(?:valid\s+)?(?:request|opt[- ]out|instruction|choice)/i,
      polarity: 'affirmed',
      also: [DNT_RE],
      confidence: 0.8,
    },
    {
      // "Not all of our websites currently respond to DNT signals" (negator too far for the window).
      id: 'not-all-heed',
      stance: 'risk',
      match: new RegExp(String.raw`\bnot\s+all\s+(?:\w+\s+){0,8}?${HEED}\b`, 'i'),
      also: [DNT_RE],
      suppress: ['protection'],
      confidence: 0.85,
    },
    {
      // "We ignore DNT signals", "DNT headers are disregarded".
      id: 'ignored',
      stance: 'risk',
      match: /\b(?:ignor(?:e|es|ed|ing)|disregard(?:s|ed|ing)?|override[sd]?)\b|\b(?:do|does|will|would)\s*(?:not|n't)\s+(?:\w+\s+)?(?:operate|behave|act|work|function|respond|perform)\s+(?:any\s+)?differently\b|\b(?:treat|handle)(?:s|ed|ing)?\b[^.;]{0,80}\b(?:the\s+same|no\s+differently|like\s+any\s+other)\b/i,
      polarity: 'affirmed',
      // The signal may be named by the heading or lead-in ("We currently ignore such signals." under "Do Not Track").
      topic: DNT_RE,
      suppress: ['protection'],
      confidence: 0.85,
    },
    {
      // Under a Do Not Track heading or lead-in, the signal named by a pronoun: "We do not take any action in response to them."
      id: 'not-heeded-in-context',
      stance: 'risk',
      match: new RegExp(String.raw`\b${HEED}\b(?=(?:\W+\w+){0,6}?\W+(?:them|these|those|such\s+\w+|it)\b)`, 'i'),
      polarity: 'negated',
      topic: DNT_RE,
      topicIn: ['heading', 'lead'],
      unless: [USER_NEGATION, NO_STANDARD],
      suppress: ['protection'],
      confidence: 0.75,
    },
    {
      // "We track you regardless of your DNT setting", "even if you enable Do Not Track".
      id: 'track-anyway',
      stance: 'risk',
      match: new RegExp(String.raw`\b(?:regardless\s+of|even\s+(?:if|when|though)|despite|whether\s+or\s+not)\s+(?:[\w'"]+\s+){0,5}?["']?${DNT}`, 'i'),
      confidence: 0.8,
    },
    {
      // "Your browser's DNT preference will have no effect on how we collect data", "GPC does not change our practices".
      id: 'no-effect',
      stance: 'risk',
      match: new RegExp(String.raw`${DNT}[^.;]{0,60}?\b(?:(?:will\s+)?(?:ha(?:ve|s)|had)\s+no\s+(?:\w+\s+)?(?:effect|impact|bearing|influence)|(?:does|do|will|would)\s*(?:not|n't)\s+(?:\w+\s+)?(?:affect|change|alter|impact|influence|stop|prevent|limit)|(?:does|do|will|would)\s*(?:not|n't)\s+have\s+(?:any|an)\s+(?:\w+\s+)?(?:effect|impact|bearing|influence)|won't\s+(?:affect|change|alter|impact|stop|prevent|limit))\b`, 'i'),
      unless: [USER_NEGATION],
      suppress: ['protection'],
      confidence: 0.8,
    },
    {
      // Under "How we respond to Do Not Track signals" or "Do you honor DNT?": "We don't.", "No.", "We do not support them."
      // Only when the heading asks about responding: under a bare "Do Not Track" heading, "we don't" may deny tracking.
      id: 'denial-under-respond-heading',
      stance: 'risk',
      match: shortDenial(String.raw`respond\s+to|honou?r|recogni[sz]e|support|follow|act\s+on|respect`, String.raw`honou?red|recogni[sz]ed|supported|followed|respected`),
      also: [DENIAL_NEGATOR],
      topic: new RegExp(String.raw`\b(?:respond|honou?r|recogni[sz]e|support|respect|follow)\w*\b[^.:]{0,40}${DNT}|${DNT}[^.:]{0,40}\b(?:respond|honou?r|recogni[sz]|support|respect|follow)\w*`, 'i'),
      topicIn: ['heading', 'lead'],
      confidence: 0.75,
    },
    {
      // Under a "Do Not Track" heading: "When we detect this signal, we do not load any third-party tracking scripts."
      id: 'stops-on-signal-in-context',
      stance: 'protection',
      match: new RegExp(String.raw`\b(?:when|if|whenever|once)\s+(?:we|our\s+\w+|your\s+browser)\s+(?:\w+\s+)?(?:detect|receive|see|recogni[sz]e|get|send|sends|transmit)\w*\s+(?:this|the|such|that|a|an|one|it|your)\b[^.;]{0,60}?\b(?:we|it)\s+${STOPS}\b`, 'i'),
      topic: DNT_RE,
      topicIn: ['heading', 'lead'],
      confidence: 0.75,
    },
    {
      // "We honor Do Not Track", "we respect your browser's DNT preference", "we support GPC".
      id: 'heeded',
      stance: 'protection',
      match: HONOUR_SIGNAL,
      polarity: 'affirmed',
      also: [DNT_RE],
      unless: [
        // Describes the signal or the industry, not the service: "signals that tell sites you do not wish to be tracked".
        /\b(?:no|lack\s+of|not\s+yet\s+(?:a|an))\s+(?:\w+\s+){0,4}(?:standard|consensus|agreement)\b/i,
        /\b(?:how|whether)\b[^.;]{0,60}\b(?:honou?r|respond|recogni[sz]e|support|respect)/i,
        // Hypotheticals and legal duties: "a website that responds to DNT...", "operators must disclose how they respond".
        /\b(?:a|any)\s+(?:website|site|service|operator)s?\s+(?:that|which)\s+(?:respond|honou?r|recogni[sz]e)|\brequired\s+to\s+disclose\b/i,
        // A future or hypothetical: "if we start responding to DNT signals, we will update this policy".
        /\b(?:if|should|once|when)\s+we\s+(?:\w+\s+){0,2}(?:start|begin|decide|choose|adopt)\w*|\bin\s+the\s+future\b/i,
        // The user changing a browser setting is a choice, not the service honouring the signal.
        /\byou\s+(?:can|may|could)\s+(?:also\s+)?(?:change|set|turn|enable|use|adjust)\b/i,
      ],
      confidence: 0.75,
    },
    {
      // "If you have DNT enabled we do not collect analytics data", "enable DNT and we won't count you".
      id: 'dnt-stops-tracking',
      stance: 'protection',
      match: new RegExp(
        String.raw`${DNT}[^.;]{0,120}?\b(?:we|it|our\s+\w+)\s+${STOPS}\b`,
        'i',
      ),
      confidence: 0.8,
      suppress: ['risk'],
    },
  ],
  examples: [
    { text: 'At present we take no steps in response to them.', heading: 'Do Not Track', labels: [] },
    { text: 'We do not act on them in any way.', heading: 'How we respond to Do Not Track signals', labels: ['do-not-track:risk'] },
    { text: 'We currently disregard such signals.', heading: 'Browser signals', lead: 'Some browsers send a Do Not Track signal.', labels: ['do-not-track:risk'] },
    { text: 'We do not share it with anyone.', heading: 'Do Not Track', labels: [] },
    { text: 'We do not respond to Do Not Track signals.', labels: ['do-not-track:risk'] },
    { text: 'Our website is not designed to respond to "do not track" signals received from browsers.', labels: ['do-not-track:risk'] },
    { text: 'There is no industry standard for DNT, so we do not respond to these signals.', labels: ['do-not-track:risk'] },
    { text: 'We currently do not honor browser DNT settings.', labels: ['do-not-track:risk'] },
    { text: 'At this time our services do not recognize or act upon Global Privacy Control signals.', labels: ['do-not-track:risk'] },
    { text: 'We are unable to respond to these signals at this time.', heading: 'Do Not Track', labels: ['do-not-track:risk'] },
    { text: 'Do Not Track signals sent by your browser are ignored.', labels: ['do-not-track:risk'] },
    { text: 'Not all of our sites and apps currently respond to DNT requests.', labels: ['do-not-track:risk'] },
    { text: 'We honor Do Not Track and Global Privacy Control signals.', labels: ['do-not-track:protection'] },
    { text: 'We respect your browser\'s "Do Not Track" setting and stop analytics when it is on.', labels: ['do-not-track:protection'] },
    { text: 'If your browser sends a Do Not Track signal, we will not set advertising cookies.', labels: ['do-not-track:protection'] },
    { text: 'Your browser\'s Do Not Track setting has no effect on the data we collect.', labels: ['do-not-track:risk'] },
    { text: 'Turning on Global Privacy Control will not change how our advertising partners collect information.', labels: ['do-not-track:risk'] },
    { text: 'Ad partners may keep collecting data about you even if your browser sends a "Do Not Track" header.', labels: ['do-not-track:risk'] },
    { text: 'We keep collecting usage data whether or not your browser sends a Do Not Track signal.', labels: ['do-not-track:risk'] },
    { text: 'We process Global Privacy Control signals as a valid opt-out request.', labels: ['do-not-track:protection'] },
    { text: 'We give effect to opt-out preference signals such as GPC.', labels: ['do-not-track:protection'] },
    { text: 'Our site treats a Global Privacy Control signal as a request to opt out of sharing.', labels: ['do-not-track:protection'] },
    { text: 'When we receive this signal, we stop all third-party analytics.', heading: 'Do Not Track', labels: ['do-not-track:protection'] },
    { text: 'If your browser sends a DNT header, we automatically switch off advertising cookies.', labels: ['do-not-track:protection'] },
    { text: 'When we receive this signal, we stop all third-party analytics.', heading: 'Cookies', labels: [] },
    { text: "We don't.", heading: 'How we respond to Do Not Track signals', labels: ['do-not-track:risk'] },
    { text: 'We do not support them at this time.', lead: 'Do we honor Global Privacy Control signals?', labels: ['do-not-track:risk'] },
    { text: "We don't.", heading: 'Do Not Track', labels: [] },
    { text: 'Our apps do not behave any differently when they receive a GPC signal.', labels: ['do-not-track:risk'] },
    { text: 'Should we begin honoring Do Not Track signals in the future, we will say so here.', labels: [] },
    { text: 'Do Not Track signals tell a website that you do not want to be tracked.', labels: [] },
    { text: 'Global Privacy Control | Not supported', heading: 'Privacy signals', labels: ['do-not-track:risk'] },
    { text: 'These signals are not recognised by our apps.', heading: 'Do Not Track', labels: ['do-not-track:risk'] },
    { text: 'These signals are not recognised by our apps.', heading: 'Error reporting', labels: [] },
    { text: 'Turning on DNT in your browser will not have any effect on the ads you see.', labels: ['do-not-track:risk'] },
    { text: 'We do not track you across other websites.', labels: [] },
    { text: 'We do not respond to requests sent by unverified email addresses.', labels: [] },
    { text: 'There is no uniform standard for how websites should respond to these signals.', heading: 'Do Not Track', labels: [] },
  ],
};
