// Arabic place names that are also everyday words or given names (الباب "the door", العين "the eye", صور
// "pictures"): they count as places only after a trigger noun, in quotes, or listed next to a known place.
// Keys are normalizeKey forms. Grown from the frequency of gazetteer keys in Arabic news (see the spec).
export const PLACE_STOPWORDS = new Set<string>([
  'الباب', 'العين', 'صور', 'مدينه', 'رياض', 'الامير', 'الملك', 'منطقه', 'بلده', 'قريه', 'الرييس', 'السلام', 'النصر', 'الامل', 'الخير', 'النور', 'الحريه', 'الوحده', 'الجديده',
  'الشعب', 'الثوره', 'المدينه', 'الزاويه', 'البيضاء', 'الشيخ', 'الجزيره', 'الحمراء', 'المنار', 'الزهراء', 'الطوال',
]);
