// The hand-set confidence of a draft event from the strength of its cues (calibration may replace it later).
import type { DraftEvent } from './assemble.types';
import { nearestReading } from './actors/actor-reading';
import { MATERIAL } from './event-classes';

/** Confidence from what backs the event up: a specific trigger, a finite verb rather than a bare noun (nouns are
 * often topics: "الاتفاق", "the raid"), a named actor, and for material events a place named in the clause rather
 * than a fallback. Repeats add to it at merge time. Calibrated on the train splits (see DEFAULT_MIN_CONFIDENCE). */
export function confidenceOf(e: Omit<DraftEvent, 'confidence'>, hedge: boolean, placeRule: string | null): number {
  let c = 0.3 + e.trigger.spec.weight * 0.3;
  if (e.trigger.spec.voice !== 'noun') c += 0.12;
  // A subject in its grammatical slot backs the event up; a nearest-mention guess hardly does.
  if (e.actor) c += nearestReading(e) ? 0.1 : 0.15;
  if (MATERIAL.has(e.type)) {
    if (placeRule === 'nearest in clause' || placeRule === 'earlier in sentence') c += 0.08;
    else c -= 0.1;
  }
  if (e.killed !== null || e.injured !== null) c += 0.05;
  if (e.attribution) c += 0.02;
  if (hedge) c -= 0.15;
  if (e.negated) c -= 0.1;
  return Math.round(Math.min(0.99, Math.max(0.05, c)) * 100) / 100;
}
