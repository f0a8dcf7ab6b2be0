// What a draft event is built from: the article-wide readings, the clause being read, and the state carried from
// clause to clause (the place setting and the last verb's subject).
import type { Genre } from '../context/article-genre';
import type { DateCue } from '../dates/resolve-date';
import type { Clause, Sentence } from '../text/split-sentences';
import type { Token } from '../text/tokenize';
import type { ActorLike, MentionSignals, PlaceLike, Span } from './assemble.types';
import type { ClauseCounts } from './counts/read-counts';
import type { VerbMemory } from './clause/shared-subject';

/** Readings of the whole article, fixed before the first clause. */
export interface ArticleContext {
  text: string;
  tokens: Token[];
  arabic: boolean;
  /** Actor mentions after the dateline. */
  actors: Span<ActorLike>[];
  /** Place mentions after the dateline. */
  places: Span<PlaceLike>[];
  /** Token ends of named actors and places: a relative clause about one still reports. */
  nameEnds: Set<number>;
  /** The dateline's place, a fallback for material events that name none. */
  dateline: Span<PlaceLike> | null;
  articleDay: string | null;
  articleYear: number | null;
  articleMonth: number | null;
  genre: { genre: Genre; security: number };
  countryPlace: (cc: string) => PlaceLike | null;
}

/** Readings of one clause (and its sentence), shared by all its triggers. */
export interface ClauseContext {
  sentence: Sentence;
  clause: Clause;
  /** Sentence number. */
  si: number;
  sFirst: number;
  sEnd: number;
  cFirst: number;
  cEnd: number;
  question: boolean;
  hedge: string | null;
  accident: string | null;
  date: DateCue | null;
  continuation: boolean;
  counts: ClauseCounts;
  signals: Omit<MentionSignals, 'quoted'>;
}

/** Carried from clause to clause and updated by each draft, in text order. */
export interface AssembleState {
  /** The place setting of earlier sentences. */
  setting: Span<PlaceLike> | null;
  /** The place the current sentence sets (becomes the setting at the next sentence). */
  sentenceSetting: Span<PlaceLike> | null;
  /** The setting was placed by the sentence right before this one (not carried from further back). */
  settingFresh: boolean;
  /** The place the sentence right before placed a material happening in (a sentence that only names places, or
   * places none, leaves it null). */
  happeningSetting: Span<PlaceLike> | null;
  /** The place the current sentence placed a material happening in (becomes happeningSetting at the next one). */
  sentenceHappening: Span<PlaceLike> | null;
  verbMemory: VerbMemory | null;
}
