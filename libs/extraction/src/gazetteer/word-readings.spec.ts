// Names the text uses as words (word-readings.ts; البلاد in place-stopwords.ts) and curated local towns of a
// country far from the text's (place-acceptance.ts): the adjective مالي, a tell named after a province, Beita in
// Nigerian news, "the country" beside places.
import { findPlaces } from './index';

const names = (text: string) => findPlaces(text).map((m) => m.place.name);

describe('names read as words', () => {
  it.each([
    ['وبضبطه عثر على كمية من الحشيش ومبلغ مالي وهواتف نقالة في وادي الدواسر', 'Mali'],
    ['أعلنت الوزارة تقديم دعم مالي للأسر المتضررة في جدة', 'Mali'],
    ['دارت اشتباكات عنيفة في محيط قرى المشيك والزيارة وتل واسط والمنصورة في سهل الغاب', 'Wasit'],
    ['وحققت المقاومة تقدما في مأرب وسط البلاد ولحج جنوبها', 'Al Bilad'],
    ['وكتب الشيخ أن رجال الأمن هم حماة الوطن وحراسه الساهرون', 'Hamah'],
    ['ونشر المغردون صورا لجنود قالوا إنهم حماة الديار', 'Hamah'],
    ['وقال البيان إن المقاومة أشد حرصا على إيلام العدو', 'Ilam'],
    ['وتستقطب الشركات الخريجين للعمل لديها بأجور عالية', 'Bajaur'],
    ['ويغادر المصابون المستشفى وهم بأتم الصحة والعافية', 'Batam'],
    ['وقتل الجاني زميله بضربه بفأس وخشبة', 'Fes'],
    ['وقعت حوادث اصطدام مركبات بإبل سائبة على الطريق', 'Babil'],
    ['فاز المنتخب المغربي أمس. وغاب المدافع لإصابته بقطع في الرباط الصليبي', 'Rabat'],
    ['ورعى الحفل محافظ عفيف رشيد بن سليمان الجبرين', 'Rosetta'],
  ])('does not read the place in: %s', (text, wrong) => {
    expect(names(text)).not.toContain(wrong);
  });

  it.each([
    ['هاجم مسلحون قاعدة للجيش في شمال مالي', 'Mali'],
    ['قال رئيس مالي إن الاتفاق سيوقع الشهر المقبل', 'Mali'],
    ['وصل الوفد إلى مالي أمس', 'Mali'],
    ['سقطت قذيفة على محافظة واسط', 'Wasit'],
    ['سيطر المقاتلون الأكراد على بلدة تل أبيض', 'Tal Abyad'],
    ['قصف الطيران أحياء في مدينة حماة الليلة الماضية', 'Hamah'],
    ['ضرب زلزال محافظة إيلام الإيرانية فجر اليوم', 'Ilam'],
    ['وقع انفجار في إيلام غرب إيران', 'Ilam'],
    ['افتتح المعرض في فاس أمس', 'Fes'],
    ['سقطت قذيفة بأربيل أمس', 'Erbil'],
    ['فاز المنتخب المغربي في الرباط أمس', 'Rabat'],
    ['دمر تنظيم داعش في العراق ملعب الرمادي الأولمبي', 'Ramadi'],
    ['عثر على حجر رشيد في مدينة رشيد المصرية', 'Rosetta'],
  ])('keeps the place in: %s', (text, place) => {
    expect(names(text)).toContain(place);
  });
});

describe('curated local towns of a country the text never names', () => {
  it('drops a Palestinian village namesake in Nigerian news', () => {
    const text =
      'حرر الجيش النيجيري 178 رهينة في ولاية بورنو. وأعلن الجيش شن ضربات جوية على قرية بيتا قرب غابة سامبيسا';
    expect(names(text)).not.toContain('Beita');
    expect(names(text)).toContain('Sambisa Forest');
  });

  it('keeps the village in news from its own region', () => {
    expect(names('أصيب شاب برصاص الاحتلال في بلدة بيتا جنوب نابلس')).toContain('Beita');
  });
});
