// Arabic "town بولاية STATE": the US state written after a town picks the namesake in that state and vouches for
// the town; plus Arabic spellings GeoNames lacks for places the news names (شاتانوغا, برمال).
import { arabicUsStateAfter } from './arabic-us-states';
import { findPlaces, type PlaceMention } from './index';

function find(text: string, surface: string): PlaceMention | undefined {
  return findPlaces(text, { language: 'ar' }).find((m) => m.surface === surface);
}

describe('Arabic US state qualifiers', () => {
  it.each([
    [' بولاية كاليفورنيا الأمريكية', 'US.CA'],
    [' (ولاية تنيسي)', 'US.TN'],
    [' في ولاية فيرجينيا', 'US.VA'],
    [' بولاية كارولاينا الشمالية', 'US.NC'],
    [' بوِلاية كاليفورنيا', 'US.CA'], // a kasra between و and ل
  ])('reads the state in %s', (after, code) => {
    expect(arabicUsStateAfter(`مدينة${after}`, 5)).toBe(code);
  });

  it('reads nothing but a state', () => {
    expect(arabicUsStateAfter('مدينة بولاية الفقيه', 5)).toBeNull();
    expect(arabicUsStateAfter('مدينة كاليفورنيا', 5)).toBeNull();
  });

  it('picks the namesake in the state named after the town', () => {
    const m = find('قالت الشرطة في منطقة ريتشموند بولاية كاليفورنيا إنها أنقذت امرأة', 'ريتشموند');
    expect(m?.place.admin1).toBe('US.CA');
  });

  it('keeps the settled namesake where the town is named again bare', () => {
    const text = 'أنقذت الشرطة في ريتشموند بولاية كاليفورنيا امرأة. وقالت شرطة ريتشموند إن الولايات المتحدة تحقق';
    const all = findPlaces(text, { language: 'ar' }).filter((m) => m.surface === 'ريتشموند');
    expect(all.map((m) => m.place.admin1)).toEqual(['US.CA', 'US.CA']);
  });

  it('accepts an American town vouched for by its state', () => {
    const m = find('أطلق مسلح النار في تشاتانوغا بولاية تينيسي يوم الخميس', 'تشاتانوغا');
    expect(m?.place.country).toBe('US');
  });
});

describe('Arabic spellings of news places', () => {
  it.each([
    ['قتل مسلح أربعة جنود في مكتب عسكري بشاتانوغا أمس', 'شاتانوغا', 'US'],
    ['قتل في ضربة جوية في منطقة برمال بإقليم بكتيكا', 'برمال', 'AF'],
  ])('finds %s', (text, surface, cc) => {
    expect(find(text, surface)?.place.country).toBe(cc);
  });
});

describe('كولومبيا: the country, the US city only where its state is named', () => {
  it('reads Colombia in a story that also says أمريكا', () => {
    const text = 'فتجمع كولومبيا مع البيرو في التصفيات الأمريكية الجنوبية، وتلعب الولايات المتحدة مع المكسيك.';
    expect(find(text, 'كولومبيا')?.place.country).toBe('CO');
  });
  it('keeps Columbia, South Carolina, where the story names the state', () => {
    const text =
      'تظاهر أعضاء المنظمة الأمريكية أمام برلمان ولاية كارولينا الجنوبية في الولايات المتحدة، وانتشرت الشرطة في كولومبيا عاصمة الولاية.';
    expect(find(text, 'كولومبيا')?.place.country).toBe('US');
  });
});
