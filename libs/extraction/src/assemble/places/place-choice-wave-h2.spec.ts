// Arabic place choice: a demonstrative pointing back at a happening continues the previous sentence's setting, a
// place across a ", و<verb>" belongs to the happening on its side, a countryside quarter lies out that way from its
// city, a neighbourhood named after a city is no city, Saudi regions sit at their capitals, and سيول is Seoul in
// news naming South Korea.
import { assembleEvents } from '../assemble-events';
import { hasPlaceAnaphor } from './choose-location';
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { findPlaces } from '../../gazetteer';
import { tokenize } from '../../text/tokenize';

const drafts = (text: string, type = 'ASSAULT') =>
  assembleEvents({ text, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' }, DEFAULT_RESOURCES).filter(
    (d) => d.type === type,
  );
const placesOf = (text: string, type = 'ASSAULT') => drafts(text, type).map((d) => d.place?.name ?? null);
const anaphor = (text: string) => hasPlaceAnaphor(tokenize(text), 0, tokenize(text).length);

describe('demonstrative anaphora', () => {
  it('"لذلك الهجوم" and "هذا المبنى" point back; "هذا العام" does not', () => {
    expect(anaphor('وتصدت القوات لذلك الهجوم بعد ساعات')).toBe(true);
    expect(anaphor('وأوقف خمسة رجال بالقرب من هذا المبنى')).toBe(true);
    expect(anaphor('وقتل عشرة أشخاص هذا العام')).toBe(false);
  });

  it('a happening named by a demonstrative takes the place of the sentence before', () => {
    const text =
      'هاجم مسلحون حوثيون منفذ الطوال الحدودي أمس بقذائف الهاون. وتصدت القوات السعودية لذلك الهجوم بعد اشتباكات استمرت ست ساعات.';
    const second = drafts(text).filter((d) => d.sentence === 1);
    expect(second.length).toBeGreaterThan(0);
    expect(second.every((d) => d.place?.name === 'al-Tuwal crossing')).toBe(true);
  });
});

describe('conjoined clauses', () => {
  it('a place before ", و<verb>" is the earlier happening\'s when the trigger names its own', () => {
    const text =
      'تحدث مسؤول أمني عن اشتباكات عنيفة مع القوات العراقية شرق مدينة الرمادي، وقصف الجيش العراقي براجمات الصواريخ أحياء في الفلوجة.';
    const shelling = drafts(text).find((d) => d.trace.trigger === 'وقصف');
    expect(shelling?.place?.name).toBe('Fallujah');
  });

  it('a place fronted with في before the comma stays the setting', () => {
    expect(placesOf('وفي مدينة الرمادي، قصفت الطائرات مواقع للتنظيم.')).toContain('Ramadi');
  });

  it('a country alone after the comma does not outweigh the city before', () => {
    const text =
      'وتتابع السفارة قضية حادث مروري لمواطن دهس عاملا على طريق المطار في العاصمة الأردنية عمّان، وتم إيقاف المواطن على ذمة التحقيق لدى الجهات الأمنية، وأهاب السفير بالزائرين للأردن أخذ الحذر.';
    expect(placesOf(text, 'COERCE')).toEqual(['Amman']);
  });
});

describe('countryside quarters', () => {
  it('"ريف حلب الشمالي الشرقي" lies north-east of the city', () => {
    const [d] = drafts('قصف الطيران المروحي بالبراميل المتفجرة أمس قرية قصر البريج في ريف حلب الشمالي الشرقي.');
    expect(d.place?.lat).toBeGreaterThan(36.3);
    expect(d.place?.lon).toBeGreaterThan(37.3);
  });

  it('"بريف الرقة الشمالي" lies north of Raqqa', () => {
    const [d] = drafts('دارت اشتباكات بين الوحدات الكردية وعناصر داعش في محيط بلدة تل السمن بريف الرقة الشمالي.');
    expect(d.place?.lat).toBeGreaterThan(36.1);
  });

  it('a countryside without a quarter stays at its centre', () => {
    const [d] = drafts('قصف الطيران المروحي بالبراميل المتفجرة أمس قرية في ريف حلب.');
    expect(d.place?.lat).toBe(36.2);
  });
});

describe('Seoul', () => {
  it('is a place in news naming South Korea by its two-word adjective', () => {
    const names = findPlaces('قال مسؤول في شرطة العاصمة الكورية الجنوبية إن الرجل اعتقل بعد بلاغ من السفارة في سيول.', {
      language: 'ar',
    }).map((m) => m.place.name);
    expect(names).toContain('Seoul');
  });

  it('is still "floods" in weather news', () => {
    const names = findPlaces('جرفت سيول الأمطار عددا من السيارات في الوادي.', { language: 'ar' }).map(
      (m) => m.place.name,
    );
    expect(names).not.toContain('Seoul');
  });
});

describe('neighbourhoods named after places', () => {
  const names = (text: string) => findPlaces(text, { language: 'ar' }).map((m) => m.place.name);

  it('"بحي الجزيرة" in Riyadh is no Algiers, "حي الروضة" in Taiz no Syrian town', () => {
    expect(names('وأقيمت الفعاليات في ساحة العروض بحي الجزيرة في الرياض.')).toEqual(['Riyadh']);
    const shelling = placesOf('وفي مدينة تعز قامت الميليشيا بالقصف العشوائي على أحياء متفرقة في حي الروضة.');
    expect(shelling.every((n) => n === 'Taiz')).toBe(true);
  });

  it('a curated district after "حي" stays', () => {
    expect(names('قصف الطيران مواقع في حي التضامن بدمشق.')).toContain('al-Tadamon quarter (Damascus)');
  });
});

describe('Saudi regions', () => {
  it('"منطقة تبوك" lies at Tabuk, "المنطقة الشرقية" at Dammam', () => {
    const [tabuk] = findPlaces('أغلقت الهيئة عشر منشآت سياحية بمنطقة تبوك.', { language: 'ar' });
    expect(Math.abs(tabuk.place.lat - 28.38)).toBeLessThan(0.1);
    const [east] = findPlaces('أعلنت شرطة المنطقة الشرقية القبض على مطلوب.', { language: 'ar' });
    expect(east.place.lat).toBeGreaterThan(26);
  });
});

describe('areas inside a governorate', () => {
  it('a governorate yields to the named area next to it', () => {
    const text = 'قصفت الطائرات أمس مواقع المسلحين بريف محافظة اللاذقية في منطقة جبل التركمان.';
    expect(placesOf(text)).toContain('Jabal al-Turkman');
    expect(placesOf(text)).not.toContain('Latakia Governorate');
  });
});
