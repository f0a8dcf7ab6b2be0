import { arabicDatelineLength } from './arabic-dateline';

const dateline = (text: string): string => text.slice(0, arabicDatelineLength(text));

describe('arabicDatelineLength: reporters and spelled agencies', () => {
  it('reads the Sabq reporter before the agency', () => {
    expect(dateline('عبدالله الراجحي- سبق- جدة: أعلنت الخطوط السعودية')).toBe('عبدالله الراجحي- سبق- جدة:');
    expect(dateline('مهنا التميمي-سبق-الجوف: انطلق فريق')).toBe('مهنا التميمي-سبق-الجوف:');
    expect(dateline('بدر العتيبي، عبدالله البرقاوي- سبق- الرياض: تناقل نشطاء')).toBe(
      'بدر العتيبي، عبدالله البرقاوي- سبق- الرياض:',
    );
    expect(dateline('دعاء بهاء الدين- ريم سليمان- سبق- جدة: أجمع')).toBe('دعاء بهاء الدين- ريم سليمان- سبق- جدة:');
  });

  it('reads agencies spelled letter by letter and invisible marks before the dateline', () => {
    expect(dateline('أ ف ب- أبو ظبي: أعلنت وزارة الداخلية')).toBe('أ ف ب- أبو ظبي:');
    expect(dateline('د ب أ- الرياض: قال')).toBe('د ب أ- الرياض:');
    expect(dateline('\u200f\u202bسبق- جدة: احتفل')).toBe('\u200f\u202bسبق- جدة:');
  });

  it('finds nothing in a lead that only has a dash', () => {
    expect(arabicDatelineLength('قتل 18 شخصا أمس في مدينة تعز - بحسب مصادر: الوضع')).toBe(0);
    expect(arabicDatelineLength('- في نظر القارة: أنت ملك آسيا')).toBe(0);
  });
});
