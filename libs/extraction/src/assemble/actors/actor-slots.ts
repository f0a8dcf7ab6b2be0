// What chooseActor (choose-actor.ts) hands its language- and voice-specific cascades: the trigger's clause, its actor
// candidates split around the trigger, the role tests that rule candidates in or out, and `pick`, which keeps the
// first candidate a cascade offers (with the rule's name for --explain).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Voice } from '../../patterns/trigger.types';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';

type ActorTest = (a: Span<ActorLike>) => boolean;

export interface ActorSlots {
  text: string;
  tokens: Token[];
  trigger: TriggerMatch;
  type: string;
  /** A material event or a protest: victims and claim sources are no doers. */
  physical: boolean;
  actors: Span<ActorLike>[];
  clauseFirst: number;
  clauseEnd: number;
  /** Candidates of the clause outside the trigger; `before` nearest first, `after` in order (empty after a resumed
   * statement), `following` in order regardless. */
  inClause: Span<ActorLike>[];
  before: Span<ActorLike>[];
  after: Span<ActorLike>[];
  following: Span<ActorLike>[];
  eligible: ActorTest;
  ok: ActorTest;
  subj: ActorTest;
  loose: ActorTest;
  marked: ActorTest;
  selfReport: ActorTest;
  dBefore: (a: Span<ActorLike>) => number;
  dAfter: (a: Span<ActorLike>) => number;
  clean: ActorTest;
  tight: ActorTest;
  raw: () => Span<ActorLike> | null;
  pick: (a: Span<ActorLike> | null | undefined, rule: string) => void;
  /** Whether a candidate is kept already: a cascade stops there, since `pick` ignores every later offer. */
  picked: () => boolean;
  voice: Voice;
}
