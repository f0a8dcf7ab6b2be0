// "لقصف بالبراميل من طائرات النظام", "غارة من طيران التحالف": the owner of the aircraft or guns that "من" names
// after an attack word fired them; it is an agent like the one after "من قبل".
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';

const MEANS = new Set(
  ['طائرات', 'طيران', 'مقاتلات', 'مدفعية', 'مروحيات', 'دبابات', 'بوارج', 'زوارق', 'راجمات']
    .flatMap((w) => [w, 'ال' + w])
    .map(foldWord),
);

const FROM = new Set(['من', 'قبل']);

/** The mention owns the means right after "من" (or "من قبل"): "من طائرات النظام"; or it starts with them. */
export function afterMeansFrom(tokens: Token[], a: Span<ActorLike>): boolean {
  const means = (k: number) => !!tokens[k]?.isArabic && MEANS.has(tokens[k].norm);
  if (means(a.first)) return FROM.has(tokens[a.first - 1]?.norm ?? '');
  return means(a.first - 1) && FROM.has(tokens[a.first - 2]?.norm ?? '');
}
