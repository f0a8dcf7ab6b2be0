// Far towns whose Arabic name is an everyday word (place-stopwords.ts): the word alone is no place, the town after a
// place noun or in news naming its country still is.
import { findPlaces } from './find-places';

const names = (text: string) => findPlaces(text, { language: 'ar' }).map((m) => m.place.name);

describe('far towns named like words', () => {
  it.each([
    ['وثمة تعريفات تؤكد بأن العجب انفعال النفس عمّا خفي سببه.', 'Hefei'],
    ['الذين دخلوها منكسرين يبحثون عن عش يؤويهم، هاربين من تعب الظلم.', 'Harbin'],
    ['الاتفاقية التي تسببت بهزة كبرى في العلاقات والسياسات بمنطقة الشرق الأوسط.', 'Heze'],
    ['ودعا أوري أريئيل، وزير البناء والإسكان الإسرائيلي، إلى اقتحام الأقصى.', 'Uri'],
  ])('reads the word in %s as no town (%s)', (text, town) => {
    expect(names(text)).not.toContain(town);
  });

  it('still finds the town after a place noun or in news naming its country', () => {
    expect(names('وصل الوفد إلى مدينة هاربين الصينية.')).toContain('Harbin');
    expect(names('قتل جنود في هجوم على قاعدة للجيش الهندي في أوري بكشمير.')).toContain('Uri');
  });
});
