// "في منطقة الفاو" in Yemeni news: an area named in a country the text never names is a local locality the
// gazetteer lacks, not the foreign town of that name; the town stays where its country is named or no area noun
// introduces it.
import { findPlaces } from './index';

const names = (text: string) => findPlaces(text, { language: 'ar' }).map((m) => m.place.name);

describe('foreign namesakes introduced as an area', () => {
  it('drops an Iraqi town read after "منطقة" in news about Yemen alone', () => {
    const text = 'تقدمت القوات الموالية للحكومة اليمنية في محافظة مأرب وسيطرت على مواقع في منطقة الفاو أمس.';
    expect(names(text)).not.toContain('Al Faw');
    expect(names(text)).toContain('Marib Governorate');
  });

  it('keeps the town when its own country is named', () => {
    const text = 'انتشرت قوات عراقية في منطقة الفاو جنوب العراق لتأمين الميناء.';
    expect(names(text)).toContain('Al Faw');
  });

  it('keeps the town after a city noun', () => {
    const text = 'تقدمت القوات اليمنية في محافظة مأرب بينما وصل وفد إلى مدينة الفاو أمس.';
    expect(names(text)).toContain('Al Faw');
  });

  it('reads "المنطقة الخضراء" as Baghdad’s Green Zone only where Iraq is named or no other country is', () => {
    expect(names('سلم قياديون حوثيون أنفسهم للمقاومة الشعبية في المنطقة الخضراء قرب عدن في اليمن.')).not.toContain(
      'Green Zone (Baghdad)',
    );
    expect(names('انفجرت سيارة مفخخة قرب المنطقة الخضراء في بغداد.')).toContain('Green Zone (Baghdad)');
    expect(names('انفجرت سيارة مفخخة قرب المنطقة الخضراء.')).toContain('Green Zone (Baghdad)');
  });
});
