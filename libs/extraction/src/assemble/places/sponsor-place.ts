// "انفصاليون موالون لروسيا", "الميليشيات المدعومة من إيران": the country a force is loyal to or backed by describes the
// force, not where it fights (read by location-cues.ts's isDescriptor). "القوات الموالية في عدن" (the loyalists in
// Aden) is where they are: only the place glued to ل, or after من, is the sponsor.
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';

/** Loyal to, with or without و and ال: موالون، الموالين، الموالية، موالية. */
const LOYAL = /^و?(?:ال)?موال(?:ي|يه|ون|ين|يا)?$/;
/** Backed by: مدعومة، المدعومين. */
const BACKED = /^و?(?:ال)?مدعوم(?:ه|ين|ون)?$/;

/** True when the place names whom a force serves: "موالون لروسيا", "المدعومة من إيران". */
export function isSponsorPlace(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  const t = tokens[p.first];
  const before = p.first - 1 >= lowest ? tokens[p.first - 1] : undefined;
  if (!t?.isArabic || !before) return false;
  if (t.norm.startsWith('ل') && LOYAL.test(before.norm)) return true;
  return before.norm === 'من' && p.first - 2 >= lowest && BACKED.test(tokens[p.first - 2].norm);
}
