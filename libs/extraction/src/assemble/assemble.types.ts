// Shapes shared by the assembly stage. Places and actors are typed structurally (the gazetteer and actor
// dictionary own the real types), so assembly can be tested with small fakes injected through parameters.
import type { PloverType } from '@marsad/contracts';
import type { TriggerMatch } from '../patterns/match-triggers';

export interface PlaceLike {
  id: string;
  name: string;
  nameAr: string | null;
  country: string | null;
  admin1: string | null;
  lat: number;
  lon: number;
  population: number;
  kind: 'country' | 'admin1' | 'city' | 'town' | 'district' | 'region' | 'frontline';
  geonameId: number | null;
}
export interface PlaceMentionLike {
  start: number;
  end: number;
  surface: string;
  place: PlaceLike;
  confidence: number;
}
export interface ActorLike {
  id: string;
  name: string;
  kind: string;
  country: string | null;
}
export interface ActorMentionLike {
  start: number;
  end: number;
  surface: string;
  actor: ActorLike;
}

/** What assembly needs from the gazetteer and the actor dictionary. */
export interface Resources {
  findPlaces(text: string, opts?: { language?: string }): PlaceMentionLike[];
  findActors(text: string, opts?: { language?: string }): ActorMentionLike[];
  /** The country as a place (its centroid), for events whose only clue to where is the forces' own country. */
  countryPlace?(cc: string): PlaceLike | null;
}

/** A mention mapped onto token indices [first, end). */
export interface Span<T> {
  first: number;
  end: number;
  start: number;
  stop: number;
  surface: string;
  value: T;
}

/** Why an event came out as it did (returned with --explain). */
export interface EventTrace {
  trigger: string;
  pattern: string;
  voice: string;
  actorRule: string | null;
  placeRule: string | null;
  countCues: string[];
  cues: string[];
  merged: number;
}

/** Cheap facts about where a mention was read, for the confidence model (calibration/features.ts). */
export interface MentionSignals {
  /** Tokens in the mention's sentence (long run-on sentences hold background). */
  sentenceTokens: number;
  /** The trigger sits inside an open quotation (« », “ ”, ") of its sentence: reported speech. */
  quoted: boolean;
  /** Triggers found in the mention's clause (a clause listing several happenings is often a summary). */
  clauseTriggers: number;
  /** A relative date ("أمس", "on Monday") was read in the clause or sentence. */
  dated: boolean;
  /** That date follows a verb of saying ("said on Wednesday that …"): it dates the statement (statement-date.ts). */
  statementDated?: boolean;
}

export interface DraftEvent {
  type: PloverType;
  mode: string | null;
  actor: ActorLike | null;
  /** The actor's mention as the article wrote it (for EventActor.aliases). */
  actorSurface: string | null;
  target: ActorLike | null;
  targetSurface: string | null;
  place: PlaceLike | null;
  date: string | null;
  killed: number | null;
  injured: number | null;
  /** The killed figure is a running total ("ارتفع عدد القتلى إلى", "the toll rose to"): merging prefers it. */
  killedTotal?: boolean;
  /** The killed figure counts only the attackers, killed by the other side ("neutralised about twenty assailants",
   * count-doers-en.ts): merging lends it to no happening told in another clause. */
  killedDoers?: boolean;
  /** The killed figure is a group's told in an aside as dying in this happening ("including 14 officers who died
   * when a crowd attacked", count-when-group-en.ts): in its clause it stands over the clause's wider toll. */
  killedGroup?: boolean;
  size: number | null;
  negated: boolean;
  /** A definite or demonstrative noun ("هذا القصف", "the blast") that most likely repeats an earlier happening. */
  backref: boolean;
  attribution: string | null;
  evidence: { text: string; start: number; end: number };
  confidence: number;
  trigger: TriggerMatch;
  sentence: number;
  signals?: MentionSignals;
  trace: EventTrace;
}
