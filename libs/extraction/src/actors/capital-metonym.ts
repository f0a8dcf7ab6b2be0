// Capital metonyms (Juba = South Sudan): accepted only when the capital stands alone, not inside a longer
// capitalised name (Middle Juba) nor before a place head (Juba region, Juba River).
import type { Token } from '../gazetteer/tokenize';
import type { Span } from './phrase-match';

/** A capital as its state (Juba = South Sudan) only when it stands alone: not inside a longer capitalised name
 * (Middle Juba) nor before a place head (Juba region, Juba River). */
const CAPITAL_TAILS = new Set([
  'region',
  'river',
  'valley',
  'state',
  'province',
  'district',
  'county',
  'street',
  'gate',
]);

// "بجنوب بغداد", "شمالي العراق", "في ريف دمشق": a state or capital after a direction or area word is where
// something happened, never the state acting.
const AR_DIRECTION = /^[وف]?(?:ب|ل|ال|بال|لل)?(?:شمال|جنوب|شرق|غرب|وسط|ريف|ضواحي|محيط)ي?$/;

// "أمانة الرياض", "نادي الرياض", "جامعة صنعاء": a body of the city named after it, not the state.
const AR_CITY_BODIES = /^[وف]?(?:ب|ل)?(?:امانه|بلديه|نادي|جامعه|غرفه|امانات|بلديات)$/;
// "السعودية" is also the feminine adjective "Saudi": after a company, school or club noun ("الشركة السعودية
// للكهرباء", "الجامعات السعودية") it names a private body, not the state ("الطائرات السعودية" stays the state's).
const AR_ADJECTIVE_STATES = new Set(['السعوديه']);
const AR_PRIVATE_BODIES =
  /^[وف]?(?:ب|ل)?(?:ال|لل)(?:شركه|شركات|جامعه|جامعات|جمعيه|جمعيات|بنوك|مصارف|اسواق|سوق|مدارس|انديه|خطوط|اسر|عايلات)$/;

function arabicStateOk(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev?.arabic) return !(prev?.arabic && AR_DIRECTION.test(prev.key));
  if (AR_DIRECTION.test(prev.key) || AR_CITY_BODIES.test(prev.key)) return false;
  return !(AR_ADJECTIVE_STATES.has(tokens[i].key) && AR_PRIVATE_BODIES.test(prev.key));
}

/** False when the one-token state match at i is a capital that is part of a longer name or a place's name. */
export function capitalMetonymOk(text: string, tokens: Token[], i: number, m: Span): boolean {
  if (m.actor.kind !== 'state' || m.next !== i + 1) return true;
  const t = tokens[i];
  if (t.arabic) return arabicStateOk(tokens, i);
  const next = tokens[i + 1];
  if (next && !next.arabic && CAPITAL_TAILS.has(next.key) && next.start - t.end <= 1) return false;
  const prev = tokens[i - 1];
  if (!prev || prev.arabic || !prev.cap || prev.upper || t.start - prev.end !== 1 || text[prev.end] !== ' ')
    return true;
  // A capitalised word right before, that does not start a sentence: part of a longer name.
  return /[.!?\n]\s*$/.test(text.slice(Math.max(0, prev.start - 3), prev.start)) || prev.start === 0;
}
