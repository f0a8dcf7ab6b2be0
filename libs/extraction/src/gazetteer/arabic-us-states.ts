// Arabic "town بولاية STATE" / "town (ولاية STATE)": the US state written after a town name in Arabic news
// (ريتشموند بولاية كاليفورنيا, شاتانوغا (ولاية تينيسي)) settles which US namesake it is and vouches for the town
// the way "Paris, Texas" does in English. The states themselves are not places here: only the qualifier is read.

/** Arabic spellings of US states (folded: أ/إ/آ → ا, ى → ي, ة → ه) → GeoNames first-level code. */
const STATES: Record<string, string> = {
  كاليفورنيا: 'CA',
  تكساس: 'TX',
  تينيسي: 'TN',
  تنيسي: 'TN',
  تينسي: 'TN',
  فرجينيا: 'VA',
  فيرجينيا: 'VA',
  فرجينيا_الغربيه: 'WV',
  فلوريدا: 'FL',
  نيويورك: 'NY',
  اوهايو: 'OH',
  لويزيانا: 'LA',
  ميشيغان: 'MI',
  ميشيجان: 'MI',
  الينوي: 'IL',
  اريزونا: 'AZ',
  جورجيا: 'GA',
  كولورادو: 'CO',
  كلورادو: 'CO',
  ماساتشوستس: 'MA',
  ماساشوستس: 'MA',
  ماريلاند: 'MD',
  ميريلاند: 'MD',
  مينيسوتا: 'MN',
  نيوجيرسي: 'NJ',
  نيوجرسي: 'NJ',
  بنسلفانيا: 'PA',
  بنسيلفانيا: 'PA',
  واشنطن: 'WA',
  اوريغون: 'OR',
  اوريجون: 'OR',
  نيفادا: 'NV',
  يوتا: 'UT',
  اوكلاهوما: 'OK',
  كنتاكي: 'KY',
  الاباما: 'AL',
  ميسوري: 'MO',
  ويسكونسن: 'WI',
  انديانا: 'IN',
  كارولاينا_الشماليه: 'NC',
  كارولاينا_الجنوبيه: 'SC',
  كارولينا_الجنوبيه: 'SC',
  كارولينا_الشماليه: 'NC',
  ميسيسيبي: 'MS',
  اركنساس: 'AR',
  ايوا: 'IA',
  كانساس: 'KS',
  نبراسكا: 'NE',
  كونيتيكت: 'CT',
  هاواي: 'HI',
  الاسكا: 'AK',
  نيو_مكسيكو: 'NM',
  مونتانا: 'MT',
};

const fold = (s: string): string =>
  s
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[\u064B-\u0652]/g, '');

const HARAKAT = /[\u064B-\u0652]/;

const NAMES = Object.keys(STATES)
  .map((k) => k.replace(/_/g, ' '))
  .sort((a, b) => b.length - a.length);
const AFTER = new RegExp(`^\\s*\\(?\\s*(?:ب|في\\s+)?ولايه\\s+(${NAMES.join('|')})(?![\\u0621-\\u064A])`);

/**
 * The GeoNames first-level code ("US.CA") of a US state written right after a place name in Arabic text:
 * "ريتشموند بولاية كاليفورنيا" → "US.CA"; null when none follows.
 */
export function arabicUsStateAfter(text: string, end: number): string | null {
  const after = text.slice(end, end + 40);
  // fold only drops harakat and respells أ إ آ ى ة: without harakat, ولاية folds to ولايه only where و ل is written.
  if (!after.includes('ول') && !HARAKAT.test(after)) return null;
  const m = AFTER.exec(fold(after));
  return m ? `US.${STATES[m[1].replace(/ /g, '_')]}` : null;
}

/** "انتشار الشرطة في كولومبيا عاصمة الولاية … ولاية كارولينا الجنوبية": whether the text names the US state of this
 * first-level code ("US.SC") anywhere, under any of its Arabic spellings. */
export function namesUsState(text: string, admin1: string | null | undefined): boolean {
  if (!admin1?.startsWith('US.')) return false;
  const code = admin1.slice(3);
  const folded = fold(text);
  return Object.keys(STATES).some(
    (k) =>
      STATES[k] === code &&
      new RegExp(`(?<![\\u0621-\\u064A])${k.replace(/_/g, ' ')}(?![\\u0621-\\u064A])`).test(folded),
  );
}
