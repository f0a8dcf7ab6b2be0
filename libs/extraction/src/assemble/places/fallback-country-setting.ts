// Arabic "… وصلت طائرة إغاثة إلى مطار عدن. ومن المرتقب أن تصل طائرات تحمل مساعدات في اليومين المقبلين": a happening
// whose sentence gave it no place falls back to a country; when the sentence right before placed its happening in a
// town of that very country, the story is still there, and the town is the sharper reading of the same country.
import type { PlaceLike, Span } from '../assemble.types';
import type { AssembleState } from '../draft-context.types';

/** The previous sentence's town standing in for a fallback country it lies in, or null. */
export function fallbackCountrySetting(
  fallback: Span<PlaceLike>,
  state: Pick<AssembleState, 'setting' | 'settingFresh'>,
): Span<PlaceLike> | null {
  const { setting } = state;
  if (!state.settingFresh || !setting || fallback.value.kind !== 'country') return null;
  if (setting.value.kind === 'country' || setting.value.country !== fallback.value.country) return null;
  return setting;
}
