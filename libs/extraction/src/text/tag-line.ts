// Trailing keyword lines: عين اليوم (3alyoum) ends every report with "سمات" and its tags ("سمات الحرب اليمن علي
// صالح"). The tags are index words, not sentences: "عقوبات" or "اعدام" there reports nothing.

const TAG_LINE = /(?:^|[.!?؟:»"”)\n])\s*(?:سمات|الوسوم|وسوم|كلمات مفتاحية|Tags)\s*:?[ \t\u00a0]+[^.!?؟\n]{1,200}\s*$/u;

/** Where a trailing tag line starts (the blank before its keyword, so that a sentence opening on that blank
 * counts as the tag line's), or text.length when the text has none. */
export function tagLineStart(text: string): number {
  const m = TAG_LINE.exec(text);
  if (!m) return text.length;
  return m.index + (/^\s/.test(m[0]) || m.index === 0 ? 0 : 1);
}
