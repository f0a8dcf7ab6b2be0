// Places that describe a person rather than the scene (location-cues.ts): an envoy's post after the body he serves,
// the constituency a deputy sits for.
import { placeName, fieldsOf } from '../../extractor/fields-of';

const placesOf = fieldsOf(placeName, 'ar', '2015-07-24T10:00:00Z');

describe('places describing a person', () => {
  it('an envoy’s post after the body he serves describes him', () => {
    expect(
      placesOf(
        'فقد منعت إسرائيل دخول وفد برلماني أوروبي حضر للقاء القائمة المشتركة ضم سفير الاتحاد الأوروبي في تل أبيب.',
        'COERCE',
      ),
    ).not.toContain('Tel Aviv');
  });

  it('an embassy named with its country is still the scene of an attack on it', () => {
    expect(placesOf('هاجم مسلحون مقر سفارة الإمارات في طرابلس.', 'ASSAULT')).toContain('Tripoli');
  });

  it('the constituency of a deputy is not where the fighting is', () => {
    expect(
      placesOf('وقصف الجيش مواقع المسلحين، بحسب النائب عن محافظة الأنبار فارس الفهداوي.', 'ASSAULT'),
    ).not.toContain('Anbar');
    expect(
      placesOf('وقصف الجيش مواقع المسلحين في الرمادي، بحسب النائب عن محافظة الأنبار فارس الفهداوي.', 'ASSAULT'),
    ).toEqual(['Ramadi']);
  });

  it('the unit a governor heads is his post, not the scene', () => {
    expect(
      placesOf(
        'وقتل عضوان من قوات الامن في الهجوم طبقا لما ذكره جول محمد بيدار نائب حاكم إقليم باداخشان شمال شرق البلاد.',
        'ASSAULT',
      ),
    ).not.toContain('Badakhshan');
    expect(
      placesOf('ناقش الأمير خالد الفيصل أمير منطقة مكة المكرمة مع القيادات الأمنية خطط الحج.', 'CONSULT'),
    ).not.toContain('Makkah Region');
    expect(placesOf('اعتقلت الشرطة 20 شخصا في ولاية الخرطوم.', 'COERCE')).toContain('Khartoum');
  });
  it('a commander’s post after his group, with his name after it, describes him', () => {
    expect(
      placesOf(
        'وقال قائد جبهة النصرة في اللاذقية عبد الله المحيسني إن «المعارك لم تعد محصورة في مناطقنا» بعد قصف الجيش مواقع المسلحين في ادلب.',
        'ASSAULT',
      ),
    ).not.toContain('Latakia');
  });
});
