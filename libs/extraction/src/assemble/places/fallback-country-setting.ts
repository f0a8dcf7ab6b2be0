// Arabic "… وصلت طائرة إغاثة إلى مطار عدن. ومن المرتقب أن تصل طائرات تحمل مساعدات في اليومين المقبلين": a happening
// whose sentence gave it no place falls back to a country; when the sentence right before placed its own happening in
// a town of that very country, the story is still there, and the town is the sharper reading of the same country.
// Only a placed happening carries the scene: a sentence that merely names towns ("الأوضاع في عدن ولحج هادئة") sets
// none for what comes next, and an opener that turns to another matter ("وفي سياق آخر") leaves the scene behind.
import type { PlaceLike, Span } from '../assemble.types';
import type { AssembleState } from '../draft-context.types';

/** "في سياق آخر", "وعلى صعيد آخر", "من جهة أخرى", "في شأن آخر", "في سياق منفصل": the text turns to another matter. */
const ANOTHER_MATTER =
  /^[\s«"(]*[وف]?(?:في|على|من)\s+(?:سياق|صعيد|جهة|ناحية|شأن|موضوع|جانب|تطور|ملف)\s+(?:آخر|اخر|أخرى|اخرى|منفصل|مختلف)(?=[\s،,:]|$)/u;

/** The sentence (or clause) opens by turning to another matter. */
export function turnsToAnotherMatter(text: string): boolean {
  return ANOTHER_MATTER.test(text);
}

/** The previous sentence's happening town standing in for a fallback country it lies in, or null. */
export function fallbackCountrySetting(
  fallback: Span<PlaceLike>,
  state: Pick<AssembleState, 'happeningSetting'>,
): Span<PlaceLike> | null {
  const setting = state.happeningSetting;
  if (!setting || fallback.value.kind !== 'country') return null;
  if (setting.value.kind === 'country' || setting.value.country !== fallback.value.country) return null;
  return setting;
}
