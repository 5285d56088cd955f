import type { CategoryRules } from '../rule';

// Keeping data.
const KEEP = String.raw`(?:retain\w*|retention|keep|keeps|kept|keeping|stor(?:e|ed|es|ing)|hold|holds|held|maintain\w*|preserv\w*|remain\w*|persist\w*|exist|log|logs|logged|archiv\w*)`;
// A stated, finite period.
// Keeping data, without verbs that usually mean something else ("maintain an account").
const KEEP_DATA = String.raw`(?:stay|stays|stayed|retain\w*|retention|keep|keeps|kept|keeping|stor(?:e|ed|es|ing)|hold|holds|held|preserv\w*|remain\w*|persist\w*|archiv\w*)`;
const PERIOD = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|sixty|ninety|a|an)(?:\s*\(\w+\))?[- ](?:calendar |consecutive |business |academic |school |fiscal |financial )?(?:hours?|days?|weeks?|months?|years?)`;
const DELETE = String.raw`(?:delet\w*|eras\w*|destroy\w*|purg\w*|anonymi[sz]\w*|de-?identif\w*|remov\w*|overwrit\w*|discard\w*|dispos\w*)`;

/** `retention`: how long data is kept, and whether it outlives the account. */
export const retention: CategoryRules = {
  category: 'retention',
  cue: /\b(?:as long as|stay|remov|uninstall|retain|retention|keep|kept|stor(?:e|ed|es|ing|age)|hold|held|preserv|remain|persist|archiv|logs?\b|logging|delet|eras|destroy|purg|anonymi|backup|longer|indefinite|perpetu|permanent|forever|unlimited|no (?:set |fixed |specific )?(?:time )?limit|no (?:set |fixed |specific |defined |maximum )?(?:retention |storage )(?:period|time ?frame|limit|schedule)|without (?:a |any )?(?:time )?limit|shortest|minimi)/i,
  rules: [
    {
      id: 'indefinitely',
      stance: 'risk',
      match: /\b(?:indefinite(?:ly)?|perpetual(?:ly)?|permanently|forever|in perpetuity|without (?:a |any )?(?:time )?limit|no (?:set |fixed |specific )?(?:time )?limit|no (?:set |fixed |specific |defined |maximum )?(?:retention |storage )(?:period|time ?frame|limit|schedule)|for an unlimited (?:time|period))\b/i,
      polarity: 'affirmed',
      also: [new RegExp(String.raw`\b(?:${KEEP}|available|license|licence)\b`, 'i')],
      // "permanently deleted" is a deletion, not a retention.
      unless: [new RegExp(String.raw`\bpermanently (?:and \w+ )?${DELETE}|${DELETE}\w* permanently|no (?:\w+ )?logs? (?:are|is) kept indefinitely|not (?:be )?(?:kept|retained|stored) (?:\w+ )?indefinitely`, 'i')],
      confidence: 0.8,
    },
    {
      id: 'kept-after-deletion',
      stance: 'risk',
      // The deletion event triggers; a leading "after/if/when" is not required (it is too common to scan for).
      match: new RegExp(String.raw`\b(?:(?:you|users?) (?:\w+ ){0,3}(?:delete|close|deactivate|terminate|cancel|remove|erase)\w*|deleted (?:\w+ )?(?:messages|content|data|files|information|posts|items|photos|accounts?|e-?mails|records)|(?:deletion|closure|termination|deactivation|cancell?ation|erasure|removal) of (?:your|the|an?|their) (?:\w+ )?(?:account|data|information|profile|content|membership)|(?:your|the|an?) (?:\w+ )?(?:account|profile|membership) (?:is|has been|was|are|have been) (?:deleted|closed|terminated|deactivated|cancell?ed|removed)|(?:account|profile) (?:deletion|closure|termination|deactivation|cancell?ation)|(?:deletion|erasure) requests?|requests? (?:for|to) (?:deletion|erasure|delete|erase)|(?:delete|deletes|deleted|close|closes|closed|remove|removes|removed|terminate|terminates|terminated|deactivate|deactivates|deactivated) (?:a|an|your|the|their) (?:\w+ )?(?:account|profile)|uninstall\w*|stop using|in case you (?:\w+ ){0,3}(?:restore|reactivate|return|come back))\b`, 'i'),
      also: [new RegExp(String.raw`\b(?:still|continue to|may|might|will|can|some|certain|copies|copy|backups?|archives?|records?|residual|even)\b(?:\W+\w+){0,8}\W+${KEEP_DATA}\b|\b${KEEP_DATA}\b(?:\W+\w+){0,10}\W+(?:even |still )?(?:after|following|despite|in (?:our )?(?:backup|archiv|records|files))`, 'i')],
      // "after you delete your account, we delete your data" keeps nothing.
      unless: [
        // (Not "after your account is deleted": that is the event, not what happens to the data.)
        new RegExp(String.raw`(?<!(?:account|profile|membership) )\b(?:will|shall|is|are|be) (?:\w+ )?(?:immediately |promptly |permanently |automatically )?${DELETE}\b(?:(?!\bexcept|\bbut|\bhowever|\bbackup|\bretain|\bkeep).){0,80}$`, 'i'),
        /\bno longer (?:be )?(?:visible|available|accessible)\b/i,
        /\b(?:cookies?|browser|local(?:ly)? stor\w*)\b/i,
        // "stored until you delete your account" states the limit.
        /\buntil (?:you|the user) (?:\w+ )?(?:delete|close|deactivate|cancel|remove)/i,
      ],
      confidence: 0.75,
    },
    {
      id: 'kept-in-backups',
      stance: 'risk',
      match: /\b(?:backups?|backup (?:copies|systems|storage|media)|archived copies|residual copies)\b/i,
      also: [new RegExp(String.raw`\b(?:${KEEP}|still)\b`, 'i'), new RegExp(String.raw`\b(?:${DELETE}|after|removed?|cancel\w*|clos\w*)`, 'i')],
      unless: [new RegExp(String.raw`\b(?:(?:for|up to|within|after) ${PERIOD})`, 'i')],
      confidence: 0.7,
    },
    {
      id: 'kept-for-business-or-law',
      stance: 'risk',
      // The reason triggers (rarer than "may"); the modal retention verb is checked by `also`.
      match: /\b(?:legitimate (?:business )?(?:interests?|purposes|needs|operating purposes)|business (?:needs?|purposes|interests|reasons|requirements)|(?:permitted|allowed) by (?:applicable )?law|as (?:we|it) (?:deems?|considers?) (?:it )?(?:necessary|appropriate)|(?:as long as )?(?:we|it) (?:see|sees) fit|as long as (?:we|it) (?:wants?|wish(?:es)?|likes?|chooses?)|reasonably (?:require|need)|(?:prevent|detect)\w* fraud|fraud (?:prevention|detection)|resolve disputes|enforce our (?:terms|agreements)|(?:as )?(?:required|obligated) by law|legal (?:obligations?|requirements?|reasons|claims)|legal (?:and|or) (?:\w+ )?(?:obligations|requirements)|record ?keeping|longer (?:retention )?periods?)/i,
      also: [/\b(?:may|might|will|can|must|continue to|need to|have to|reserve the right to)\s+(?:also\s+|still\s+|further\s+)?(?:(?!not\b|never\b)\w+\s+){0,2}(?:retain|keep|kept|store|hold|held|preserve)\w*/i],
      unless: [/\bunless (?:there is )?(?:a )?(?:specific )?legal requirement/i],
      confidence: 0.65,
    },
    {
      id: 'kept-at-will',
      stance: 'risk',
      match: /\b(?:until (?:we|it|the company) (?:decides?|chooses?) (?:otherwise|to (?:delete|remove|erase))|(?:we|it|the company) (?:see|sees) fit|as long as (?:we|it|the company) (?:wants?|wish(?:es)?|likes?|chooses?|deems? (?:it )?(?:useful|appropriate|necessary)|considers? (?:it )?(?:useful|appropriate|necessary)))\b/i,
      also: [new RegExp(String.raw`\b${KEEP_DATA}\b`, 'i')],
      confidence: 0.7,
    },
    {
      id: 'longer-if-law-permits',
      stance: 'risk',
      match: /\b(?:(?:kept|retained|stored|retain|keep|store) (?:\w+ ){0,8}for (?:a |an )?(?:longer|extended|additional) (?:period|time)|longer (?:retention |storage )?(?:period|time)s? (?:is|are|may be) (?:\w+ )?(?:required|permitted|allowed)|(?:required|permitted) (?:or (?:required|permitted) )?(?:by law )?to (?:retain|keep)(?:\W+\w+){0,4}\W+longer|law provides for (?:a )?longer)\b/i,
      confidence: 0.65,
    },
    {
      id: 'deletion-not-complete',
      stance: 'risk',
      match: /\b(?:(?:deletion|erasure|removal) (?:\w+ ){0,2}(?:not|never) (?:apply|extend|include)|(?:cannot|can't|not (?:be )?(?:able|allowed|possible) to) (?:always )?(?:be )?(?:delete|erase|remove)d?|cannot (?:be )?(?:fully |completely )?(?:deleted|erased|removed))\b/i,
      also: [/\b(?:backups?|retention|retain\w*|records|archiv\w*|logs?|legal|law|technical)\b/i],
      confidence: 0.65,
    },
    {
      id: 'never-deleted',
      stance: 'risk',
      // "We do not delete account data", "messages are never erased".
      // The negation is spelled out next to the verb: a loose "no ... delete" ("a no-questions-asked
      // delete option") is not a refusal to delete.
      match: new RegExp(String.raw`(?:\bnot|\bnever|n't)\s+(?:\w+\s+){0,2}?(?:be\s+|get\s+|been\s+)?${DELETE}`, 'i'),
      unless: [
        /\b(?:without|unless|until|except|cannot|can't|unable|not able|not possible|no longer|deleted by you)\b/i,
        /\b(?:you|users?) (?:\w+ )?(?:should|must|need|may) not\b/i,
        // The user not deleting, or asked not to delete, is not the service keeping data.
        /\b(?:you|users?) (?:\w+ )?(?:do not|don't|never|cannot|can't|did not|didn't)\b|\bplease\b/i,
        /\b(?:cookies?|browser|copyright|notices?|labels?)\b/i,
      ],
      confidence: 0.7,
    },
    {
      // "for at least seven years", "a minimum of five years": a floor, not a limit.
      id: 'at-least-period',
      stance: 'risk',
      match: new RegExp(String.raw`\b(?:at least|a minimum of|not less than|no less than|minimum of) ${PERIOD}`, 'i'),
      also: [new RegExp(String.raw`\b${KEEP_DATA}\b`, 'i')],
      unless: [/\b(?:not|never) (?:\w+ ){0,3}(?:longer|more) than\b/i],
      confidence: 0.65,
    },
    {
      // "It may not always be possible to completely remove all of your information", "we cannot promise that all data will be deleted".
      id: 'deletion-not-assured',
      stance: 'risk',
      match: new RegExp(String.raw`\b(?:(?:not (?:always )?(?:be )?(?:able|possible|feasible)|unable) to (?:\w+ ){0,2}${DELETE}|(?:cannot|can't|can not|do not|don't) (?:promise|guarantee|ensure) (?:that )?(?:\w+ ){0,5}(?:will )?(?:be )?${DELETE})`, 'i'),
      confidence: 0.65,
    },
    {
      id: 'stated-period',
      stance: 'protection',
      // The unit of time triggers; the preposition that makes it a limit is checked by `also`.
      match: /\b(?:hours?|days?|weeks?|months?|years?|period|expiry|expiration)\b/i,
      also: [
        new RegExp(String.raw`\b(?:${KEEP}|${DELETE})\b`, 'i'),
        new RegExp(String.raw`\b(?:(?:not|never)\b(?:\W+\w+){0,5}\W+(?:longer|more) than ${PERIOD}|(?:for|up to|within|after|no (?:more|longer|later) than|maximum of|at most|not exceeding|a period of|older than|only) (?:a (?:maximum|period) of |the |about |approximately )?${PERIOD}|${PERIOD} (?:after|from|following|maximum)|(?:at the end|after (?:the )?expiry|upon expiry) of (?:the |this )?(?:\w+ ){0,3}(?:period|retention)|on a (?:rolling |regular )?${PERIOD} (?:cycle|basis|schedule))\b`, 'i'),
      ],
      // "We will respond within 30 days" is about answering a request, not keeping data.
      unless: [/\b(?:respond|reply|answer|acknowledge)\w*\b(?:\W+\w+){0,6}\W+within\b/i],
      confidence: 0.75,
    },
    {
      id: 'only-as-long-as-necessary',
      stance: 'protection',
      match: /\b(?:(?:no|not)\b(?:\W+\w+){0,6}\W+longer than (?:is |it is )?(?:necessary|needed|required|reasonably necessary|legally permitted|permitted|the period|(?:the |its |their |our |that |such )?(?:\w+ )?(?:purposes?|reasons?|task) (?:requires?|demands?|for which))|(?:only )?(?:for )?as long as (?:(?:is|it is|it's|they are|we)\s+)?(?:reasonably |strictly |legitimately )?(?:necessary|needed|required|need)|only (?:\w+ ){0,3}as (?:long as )?(?:necessary|needed)|shortest (?:amount of |period of |possible )?time|(?:period|time) (?:required|prescribed|set) by (?:applicable )?law\b(?:\W+\w+){0,4}\W+(?:then|after which|thereafter)|(?:data|storage) minimi[sz]ation|delet\w* (?:\w+ ){0,3}periodically|(?:once|if|when) (?:it is |they are |we |it's )?no longer (?:need|necessary|required)\w*|as long as (?:it|we) needs? (?:to|it)|as long as (?:the |our |this |that |such |each |a )?(?:\w+ )?(?:purposes?|reasons?|task|service) (?:requires?|justif\w*|demands?|lasts?))\b/i,
      // The keeping may be named in the sentence or only in its heading ("How long we keep your data").
      topic: new RegExp(String.raw`\b(?:${KEEP}|${DELETE}|period|how long)\b`, 'i'),
      unless: [/\bindefinite/i],
      confidence: 0.75,
    },
    {
      // "Chat messages are automatically deleted after they are delivered", "we delete it once that purpose is fulfilled".
      id: 'deleted-after-use',
      stance: 'protection',
      match: new RegExp(String.raw`\b(?:(?:are|is|be|get|gets) (?:\w+ )?${DELETE}|(?:we|it) (?:\w+ )?${DELETE}\w* (?:it|them|this|that|such|the|your) ?(?:\w+ )?)(?:\w+ )?(?:after|once|when|as soon as) (?:they|it|the|that|this|its|their|your|we) (?:\w+ ){0,3}(?:delivered|sent|read|processed|completed|fulfilled|served|achieved|resolved|verified|used|expire[sd]?|ends?|no longer)\b`, 'i'),
      unless: [/\b(?:you|users?) (?:\w+ )?(?:delete|close|deactivate|remove)\w*\b/i],
      confidence: 0.7,
    },
    {
      id: 'no-logs',
      stance: 'protection',
      match: /\b(?:logs?|logging|retain|store|keep)\b/i,
      polarity: 'negated',
      also: [/\b(?:logs?|logging|history|historical)\b/i],
      unless: [/\bnot (?:\w+ )?(?:limited|only)\b/i],
      confidence: 0.7,
    },
  ],
  examples: [
    { text: 'Voice clips are erased as soon as the request has been processed.', labels: ['retention:protection'] },
    { text: 'We keep your data only as long as it is strictly necessary for the service.', labels: ['retention:protection'] },
    { text: 'Session recordings are kept for one school year.', labels: ['retention:protection'] },
    { text: 'Logs are overwritten on a rolling 30-day cycle.', labels: ['retention:protection'] },
    { text: 'After you delete a message, it is removed once your contacts have read it.', labels: [] },
    { text: 'We may retain your information indefinitely.', labels: ['retention:risk'] },
    {
      text: 'Even after you delete your account, we may keep copies of your content in our archives.',
      labels: ['retention:risk'],
    },
    {
      text: 'Some information may remain in our backup systems after you delete it.',
      labels: ['retention:risk'],
    },
    {
      text: 'We may retain certain information for our legitimate business interests, such as fraud prevention.',
      labels: ['retention:risk'],
    },
    { text: 'Server logs are deleted after 30 days.', labels: ['retention:protection'] },
    { text: 'We keep access logs for up to ninety days and then erase them.', labels: ['retention:protection'] },
    {
      text: 'We will retain your personal data only for as long as is necessary for the purposes for which it was collected.',
      labels: ['retention:protection'],
    },
    { text: 'We never keep logs of your browsing activity.', labels: ['retention:protection'] },
    {
      text: 'When you close your account, all your data is permanently deleted from our servers.',
      labels: [],
    },
    { text: 'Purchase records are never purged from our database.', labels: ['retention:risk'] },
    { text: 'There is no fixed retention period for the recordings we hold.', labels: ['retention:risk'] },
    { text: 'Comments you posted stay online even after your profile has been removed.', labels: ['retention:risk'] },
    { text: 'We hold your files until we decide otherwise.', labels: ['retention:risk'] },
    { text: 'Only for as long as the purpose requires.', heading: 'How long do we store data?', labels: ['retention:protection'] },
    { text: 'We will answer your access request within one month.', heading: 'Your rights', labels: [] },
    { text: 'If you do not delete your old messages, your inbox may fill up.', labels: [] },
    { text: 'Please keep your password confidential.', labels: [] },
    { text: 'We store your preferences so the site remembers your language.', labels: [] },
    { text: 'We will not keep your data longer than 12 months.', labels: ['retention:protection'] },
    { text: 'Tax records are kept for a minimum of six years.', labels: ['retention:risk'] },
    { text: 'We may be unable to fully erase every copy of your data because of technical limits.', labels: ['retention:risk'] },
    { text: 'It will not always be possible to remove every trace of your data from our systems.', labels: ['retention:risk'] },
    { text: 'If you remove the app from your phone, its device identifier will continue to be stored on our servers.', labels: ['retention:risk'] },
    { text: 'Some records must be held to meet our legal and regulatory obligations.', labels: ['retention:risk'] },
    { text: 'We keep your order history so you can reorder at least three times faster.', labels: [] },
    { text: 'This information is stored until you delete your account.', labels: [] },
  ],
};
