/**
 * Function words the clause analyser reads, one named set per role. Content words (data types,
 * recipients, verbs of data practice) live in the lexicons, not here.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/** The service speaking of itself. */
export const WE = set("we us our ourselves we'll we've we're");
/** The user. */
export const YOU = set("you your yourself you've you're");
/** Forms of "be" (and "get") that make a following participle passive. */
export const BE = set("be been being is are was were get gets got getting isn't aren't wasn't weren't");
/** Words that may stand between "be" and its participle ("will not also be shared"). */
export const BETWEEN_BE = set('not never also only ever further then automatically sometimes generally routinely typically usually directly indirectly otherwise in no way n\'t " \'');
/** Modal verbs by the modality they express. */
export const MAY = set("may might can could would may't");
export const WILL = set("will shall won't shall't we'll");
export const MUST = set('must need needs required');
/** Prepositions that introduce who receives data. */
export const TO = set('to with among between amongst');
/** Prepositions that introduce where data comes from ("via" and "through" name channels, not sources). */
export const FROM = set('from');
/** Words that hand an action to the noun before them ("partners who collect", "data that we hold"). */
export const RELATIVE = set('who which that whom whose');
/** Conjunctions that coordinate two verbs sharing one object ("collect and share your data"). */
export const COORD = set('and or , nor and/or');
/** Pronouns and determiners that point back at data or recipients named before. */
export const REFERENCE = set('it them this that these those such the same said above aforementioned this information');
/** Words that open an exception to what the clause just said. */
export const EXCEPT = set('except unless other than save apart besides but');
/** Words that end a clause: what follows has its own subject and polarity. */
export const CLAUSE_END = set('; . ? ! | however whereas although though');
