// "حاكم منطقة بركي براك حيث حصلت الغارة": a place followed by حيث and a verb of happening (حصل, وقع, جرى, دار) with
// its event noun is named as the scene by the text itself, whatever role (an official's district, a speaker's town)
// it plays in its own phrase. scene-places.ts keeps it against the drops of places that only describe an actor.
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { wordSet } from '../../text/word-sets';

const WHERE = wordSet('حيث');
// Verbs of taking place: the subject after them is the happening the place is the scene of.
const HAPPENED = wordSet('حصل حصلت وقع وقعت جرى جرت دار دارت نفذت نفذ');

/** The place is right before "حيث" and a verb of happening ("بركي براك حيث حصلت الغارة"). */
export function namedScene(tokens: Token[], place: Span<PlaceLike>): boolean {
  const where = tokens[place.end];
  const verb = tokens[place.end + 1];
  return !!where && !!verb && WHERE.has(where.norm) && HAPPENED.has(verb.norm);
}
