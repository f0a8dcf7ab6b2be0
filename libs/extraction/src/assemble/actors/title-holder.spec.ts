// An office read as the plain-text subject is the person the article names with that office (title-holder.ts), and
// a rank between the office and its comma-apposed holder is not part of the name (apposed-name.ts).
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('an office stands for the holder the article names with it', () => {
  it('takes the holder named right after the office earlier in the article', () => {
    const body =
      'واشنطن - واس: وصل الرئيس الأميركي باراك أوباما إلى نيروبي أمس في زيارة رسمية.\n' +
      'وأشاد الرئيس الأميركي الذي يزور كينيا بعمل القوة الأفريقية في الصومال.';
    expect(actorsOf(body, 'SUPPORT')).toContain('Barack Obama');
  });

  it('reads through a rank between the office and the name', () => {
    const body =
      'بغداد - واس: وصل رئيس الأركان الأمريكي الجنرال مارتن ديمبسي إلى العاصمة العراقية في زيارة مفاجئة.\n' +
      'وقال مصدر حكومي إن رئيس الأركان الأمريكي طالب الحكومة العراقية بتسريع تدريب القوات.';
    expect(actorsOf(body, 'REQUEST')).toContain('Martin Dempsey');
  });

  it('keeps the office when the name after it holds another office (the object)', () => {
    const body =
      'عدن - واس: واستقبل رئيس الجمهورية السفير الإماراتي سالم بن خليفة في مكتبه.\n' +
      'وأشاد رئيس الجمهورية بمواقف الإمارات الداعمة لليمن.';
    expect(actorsOf(body, 'SUPPORT')).not.toContain('سالم بن خليفة');
  });

  it('keeps the office when the article names two holders of it', () => {
    const body =
      'القاهرة - واس: قارن المعلقون خطاب الرئيس الأميركي باراك أوباما بخطاب الرئيس الأميركي جورج بوش قبل عشر سنوات.\n' +
      'وأشاد الرئيس الأميركي الذي يزور مصر بعمل القوة الأفريقية في الصومال.';
    expect(actorsOf(body, 'SUPPORT')).not.toContain('Barack Obama');
  });
});

describe('a rank before the apposed name of an office', () => {
  it('takes the name after the rank as the doer', () => {
    const body = 'دبي - واس: ونفى مدير المستشفى في المدينة، الدكتور سالم المنصوري، صحة الأنباء المتداولة.';
    expect(actorsOf(body, 'REJECT')).toEqual(['سالم المنصوري']);
  });
});
