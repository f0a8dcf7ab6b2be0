// "منظمة العفو الدولية التي تتخذ مقرًا في لندن", "الحكومة التي تتخذ من طبرق مقرا لها": the city a body has taken as
// its seat describes the body (as "ومقرها" does, location-cues.ts), not where the acts it reports took place.
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { wordSet } from '../../text/word-sets';

const SEAT = wordSet('مقرا');
const IN = wordSet('في');
const FROM = wordSet('من');
/** Forms of اتخذ (to take as): "تتخذ", "يتخذ", "اتخذت", "وتتخذ". */
const TAKES = /^[وف]?(?:ت|ي|ا)?تخذ/;

const takes = (t: Token | undefined): boolean => !!t?.isArabic && TAKES.test(t.norm);

/** True when the place is the seat a body "takes": "تتخذ مقرا في X" or "تتخذ من X مقرا". */
export function isTakenSeat(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  const k = p.first - 1;
  if (k - 2 >= lowest && IN.has(tokens[k].norm) && SEAT.has(tokens[k - 1].norm) && takes(tokens[k - 2])) return true;
  return k - 1 >= lowest && FROM.has(tokens[k].norm) && takes(tokens[k - 1]) && SEAT.has(tokens[p.end]?.norm ?? '');
}
