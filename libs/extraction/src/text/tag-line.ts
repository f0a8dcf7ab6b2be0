// Trailing keyword lines: عين اليوم (3alyoum) ends every report with "سمات" and its tags ("سمات الحرب اليمن علي
// صالح"). The tags are index words, not sentences: "عقوبات" or "اعدام" there reports nothing.

const TAG_LINE = /(?:^|[.!?؟:»"”)\n])[ \t]*\n?[ \t]*(?:سمات|الوسوم|وسوم|كلمات مفتاحية|Tags)[ \t]*:?[ \t]+[^.!?؟\n]{1,200}\s*$/u;

/** Where a trailing tag line starts (at its keyword), or text.length when the text has none. */
export function tagLineStart(text: string): number {
  const m = TAG_LINE.exec(text);
  if (!m) return text.length;
  const keyword = m[0].search(/سمات|الوسوم|وسوم|كلمات مفتاحية|Tags/u);
  return m.index + keyword;
}
