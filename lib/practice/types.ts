import type { Action, Condition, DataType, Purpose, Recipient } from '../lexicon';

/** Who does the action: the service, the user, or someone the recipient lexicon names. */
export type Actor = 'we' | 'user' | Recipient;

/** How firmly the policy states the practice. */
export type Modality = 'does' | 'may' | 'will' | 'must';

/**
 * One data practice read from a clause: who does what with which data, for whom, why and on what
 * condition. One recipient per practice: "we share it with advertisers and analytics providers" is two.
 */
export interface Practice {
  actor: Actor;
  action: Action;
  data: DataType[];
  /** Who receives the data (`we` when the user or a third party hands it to the service). */
  recipient?: Recipient | 'we';
  /** Where the data comes from, when the clause names it ("from data brokers"). */
  source?: Recipient;
  purpose?: Purpose;
  condition?: Condition;
  /** The action is denied ("we do not sell", "is never shared"). */
  negated: boolean;
  modality: Modality;
  /** Offsets of the evidence sentence in the extracted text. */
  start: number;
  end: number;
}

/** A practice with everything the label table reads; `Practice` is what leaves the engine. */
export interface ReadPractice extends Practice {
  /** Every purpose and condition of the clause (the public fields keep the first). */
  purposes: Purpose[];
  conditions: Condition[];
  /** How the action was found: a verb, a passive participle, a noun, or inherited from a lead or heading. */
  via: 'verb' | 'passive' | 'noun' | 'lead' | 'heading';
  /** The data is named only by a reference ("such information") resolved from context. */
  dataFromContext: boolean;
  /** The data is named by a reference ("the information", "such data", "it"), so it came from before. */
  dataIsReference: boolean;
  /** The sentence makes an exception after the action that names a case ("unless required by law"). */
  excepted: boolean;
  /** The sentence is short enough to state one thing. */
  brief?: boolean;
  /** The data is named as personal ("personal information"), not just "information". */
  personal?: boolean;
  /** The action's finer sense from its lexicon entry (`receive`, `buy`). */
  sense?: string;
}
