// A police force named after the place it serves: "شرطة جدة", "شرطة منطقة عسير", "شرطة المدينة المنورة", "شرطة
// ولاية هرات". Gulf and wire reports credit arrests to such forces, and the news means the police of the country the
// place lies in (the gold names them "Jeddah police", "Asir police"), not a person or nobody.
import type { KeyVariant } from '../gazetteer/arabic-clitics';
import { findPlaces } from '../gazetteer/find-places';
import type { Token } from '../gazetteer/tokenize';
import type { ActorStore } from './actor-store';
import { institutionActor } from './institution-actor';
import { joined, type Span } from './phrase-match';

// How many words the place's name may take, with its administrative head (منطقة, محافظة, ولاية).
const PLACE_WORDS = 4;

/** The reading of a word that is "شرطة" (a plain loop: this runs for every Arabic word). */
export function policeReading(vs: KeyVariant[]): KeyVariant | undefined {
  for (const x of vs) if (x.key === 'شرطه') return x;
  return undefined;
}

/** "شرطة" in construct with a place the gazetteer knows: that country's police, spanning the place's name. */
export function policeOfPlace(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  i: number,
  store: ActorStore,
): (Span & { skip: number }) | null {
  const v = policeReading(vars[i]);
  const first = tokens[i + 1];
  if (!v || !first?.arabic || !joined(text, tokens[i], first)) return null;
  // "ورد لشرطة محافظة خميس مشيط بلاغ": with a glued ل the police receive a report; they are not the doer a subject
  // rule would take them for.
  if (text.slice(tokens[i].start, tokens[i].start + v.skip).includes('ل')) return null;
  const last = tokens[Math.min(tokens.length - 1, i + PLACE_WORDS)];
  const slice = text.slice(first.start, last.end);
  // The place must follow "شرطة" directly or after its administrative head: the first word or the second.
  const second = tokens[i + 2];
  const reach = second && joined(text, first, second) ? second.start - first.start : 0;
  const place = findPlaces(slice, { language: 'ar' }).find((p) => p.start <= reach && p.place.country);
  if (!place?.place.country) return null;
  const end = first.start + place.end;
  let next = i + 1;
  while (next < tokens.length && tokens[next].end <= end) next++;
  return {
    next,
    end: tokens[next - 1].end,
    actor: institutionActor(store, 'police', place.place.country),
    skip: v.skip,
  };
}
