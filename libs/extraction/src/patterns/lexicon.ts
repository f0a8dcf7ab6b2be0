// The trigger lexicons per language, compiled once on first use.
import { AR_ASSAULT } from './ar/assault.patterns';
import { AR_BASING_RIGHTS } from './ar/basing-rights.patterns';
import { AR_ENDORSEMENTS } from './ar/endorsements.patterns';
import { AR_COERCE } from './ar/coerce.patterns';
import { AR_CONCEDE } from './ar/concede.patterns';
import { AR_AGREE, AR_AID, AR_CONSULT, AR_COOPERATE, AR_SANCTION, AR_SUPPORT } from './ar/cooperative.patterns';
import { AR_ASSAULT_FORMS, AR_COERCE_FORMS, AR_CONSULT_FORMS, AR_VERBAL_FORMS } from './ar/inflections.patterns';
import { AR_MOBILIZE } from './ar/mobilize.patterns';
import { AR_CONSULT_SESSIONS, AR_SESSION_SENSES } from './ar/sessions.patterns';
import { AR_RETREAT } from './ar/retreat.patterns';
import { AR_STANCE_PHRASES } from './ar/stance-phrases.patterns';
import { AR_SENSES } from './ar/senses';
import { AR_CIVIC_SENSES } from './ar/senses-civic';
import { AR_SUBJECT_GAP, AR_SUBJECT_GAP_SENSES } from './ar/subject-gap.patterns';
import { AR_MATERIAL_SENSES } from './ar/material-readings';
import { AR_ACCUSE, AR_REJECT, AR_REQUEST, AR_THREATEN } from './ar/verbal.patterns';
import { AR_VERBAL_ATTACK } from './ar/verbal-attacks.patterns';
import { AR_COMPLAINTS } from './ar/complaints.patterns';
import { AR_LINKED_ATTACKS } from './ar/linked-attacks.patterns';
import { AR_WARNED_ABUSES } from './ar/warned-abuses.patterns';
import { AR_PROTEST } from './ar/protest.patterns';
import { AR_THANKS } from './ar/thanks.patterns';
import { AR_COWARDLY_ACT } from './ar/cowardly-act.patterns';
import { AR_VOWS_AND_REFUSALS } from './ar/vows-and-refusals.patterns';
import { EN_ASSAULT, EN_COERCE, EN_MOBILIZE, EN_PROTEST, EN_RETREAT } from './en/material.patterns';
import { EN_ACCUSE, EN_REJECT, EN_REQUEST, EN_THREATEN } from './en/verbal.patterns';
import {
  EN_AGREE,
  EN_AID,
  EN_CONCEDE,
  EN_CONSULT,
  EN_COOPERATE,
  EN_SANCTION,
  EN_SUPPORT,
} from './en/cooperative.patterns';
import { EN_SENSES } from './en/senses';
import { compileTriggers, type TriggerIndex } from './compile-triggers';
import type { TriggerSpec } from './trigger.types';

export const ARABIC_TRIGGERS: TriggerSpec[] = [
  ...AR_ASSAULT,
  ...AR_COERCE,
  ...AR_RETREAT,
  ...AR_MOBILIZE,
  ...AR_REQUEST,
  ...AR_ACCUSE,
  ...AR_REJECT,
  ...AR_THREATEN,
  ...AR_PROTEST,
  ...AR_AGREE,
  ...AR_CONSULT,
  ...AR_SUPPORT,
  ...AR_CONCEDE,
  ...AR_COOPERATE,
  ...AR_AID,
  ...AR_SANCTION,
  ...AR_ASSAULT_FORMS,
  ...AR_COERCE_FORMS,
  ...AR_VERBAL_FORMS,
  ...AR_CONSULT_FORMS,
  ...AR_CONSULT_SESSIONS,
  ...AR_BASING_RIGHTS,
  ...AR_ENDORSEMENTS,
  ...AR_SUBJECT_GAP,
  ...AR_STANCE_PHRASES,
  ...AR_VERBAL_ATTACK,
  ...AR_COMPLAINTS,
  ...AR_LINKED_ATTACKS,
  ...AR_WARNED_ABUSES,
  ...AR_THANKS,
  ...AR_COWARDLY_ACT,
  ...AR_VOWS_AND_REFUSALS,
];
export const ENGLISH_TRIGGERS: TriggerSpec[] = [
  ...EN_ASSAULT,
  ...EN_COERCE,
  ...EN_RETREAT,
  ...EN_MOBILIZE,
  ...EN_REQUEST,
  ...EN_ACCUSE,
  ...EN_REJECT,
  ...EN_THREATEN,
  ...EN_PROTEST,
  ...EN_AGREE,
  ...EN_CONSULT,
  ...EN_SUPPORT,
  ...EN_CONCEDE,
  ...EN_COOPERATE,
  ...EN_AID,
  ...EN_SANCTION,
];

const cache = new Map<string, TriggerIndex>();

/** The compiled trigger index for 'ar' or 'en' (null for languages without rules). */
export function triggerIndex(language: string): TriggerIndex | null {
  if (language !== 'ar' && language !== 'en') return null;
  let index = cache.get(language);
  if (!index) {
    // One sense rule per phrase and type: compileSenses refuses a second (sense-rule-conflicts.spec.ts).
    index =
      language === 'ar'
        ? compileTriggers(ARABIC_TRIGGERS, [
            ...AR_MATERIAL_SENSES,
            ...AR_SENSES,
            ...AR_CIVIC_SENSES,
            ...AR_SUBJECT_GAP_SENSES,
            ...AR_SESSION_SENSES,
          ])
        : compileTriggers(ENGLISH_TRIGGERS, EN_SENSES);
    cache.set(language, index);
  }
  return index;
}
