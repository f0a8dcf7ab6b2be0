// The shape of trigger lexicon entries (data files under ar/ and en/) and a compact way to declare them.
import type { PloverType } from '@marsad/contracts';

/**
 * verb: active finite verb (subject follows in Arabic VSO, precedes in English);
 * noun: masdar / nominal (actor in an idafa after it, "X's attack", "attack by X");
 * passive: agent only through من قبل / على يد / by.
 */
export type Voice = 'verb' | 'noun' | 'passive';

export interface TriggerSpec {
  type: PloverType;
  mode: string | null;
  voice: Voice;
  /** How specific the cue is for its type (0..1): غارة جوية is sure, هجوم less, تعاون much less. */
  weight: number;
  /** Folded words; '~' allows a gap of up to two tokens (وقع ~ اتفاق), '~~' of up to seven (a subject between a
   * verb and its fixed object: ألقت ~~ القبض; the match then reports the verb alone, the gap being its subject),
   * '~~~' of up to thirteen (a subject with its attributes, before an object as telling as اتفاقا). */
  words: string[];
  /** The trigger reports deaths (killed/مقتل): it may stand alone as an ASSAULT but not for accidents. */
  killing: boolean;
  /** Words that, right after the match, cancel it (بحث عن = searching, not talks). */
  notBefore: string[];
  /** Words that, right before the match, cancel it (بناء على طلب = at the request of: background). */
  notAfter: string[];
  /** A gapped phrase whose gap holds another event's words ("إن التفجير … نفذه"): the matcher resumes right after
   * the head, so that those words still fire their own triggers. */
  keepsGap?: boolean;
  /** Source phrase, for --explain. */
  phrase: string;
}

export interface TriggerOptions {
  killing?: boolean;
  notBefore?: string[];
  notAfter?: string[];
  keepsGap?: boolean;
}

export type TriggerRow = [mode: string | null, voice: Voice, weight: number, phrases: string, options?: TriggerOptions];

/** Declares many triggers of one type: phrases are '|'-separated, words inside a phrase space-separated. */
export function triggers(type: PloverType, rows: TriggerRow[]): TriggerSpec[] {
  const out: TriggerSpec[] = [];
  for (const [mode, voice, weight, phrases, options] of rows) {
    for (const phrase of phrases
      .split('|')
      .map((p) => p.trim())
      .filter(Boolean)) {
      out.push({
        type,
        mode,
        voice,
        weight,
        phrase,
        words: phrase.split(/[\s-]+/),
        killing: options?.killing ?? false,
        notBefore: options?.notBefore ?? [],
        notAfter: options?.notAfter ?? [],
        keepsGap: options?.keepsGap ?? false,
      });
    }
  }
  return out;
}
