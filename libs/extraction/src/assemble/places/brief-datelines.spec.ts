// Arabic news briefs of several datelined items: an item's city is neither its scene nor its actor.
import { assembleEvents } from '../assemble-events';
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';

const placesOf = (text: string, type = 'ASSAULT') =>
  assembleEvents({ text, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' }, DEFAULT_RESOURCES)
    .filter((d) => d.type === type)
    .map((d) => d.place?.name ?? null)
    .filter((name, k, all) => all.indexOf(name) === k);
const actorsOf = (text: string) =>
  assembleEvents({ text, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' }, DEFAULT_RESOURCES).map(
    (d) => d.actor?.id ?? null,
  );

const BRIEF = [
  'موجز الأخبار',
  '* الإسكندرية - «الشرق الأوسط»: اعتقلت الشرطة المصرية أمس ثلاثة رجال في مدينة طنطا بعد مداهمة شقة.',
  '* القاهرة - «الشرق الأوسط»: قتل جنديان في انفجار عبوة ناسفة أمس.',
].join('\n');

describe('brief item datelines', () => {
  it('an item that names a place of its own happened there, not at its dateline city', () => {
    expect(placesOf(BRIEF, 'COERCE')).toEqual(['Tanta']);
  });

  it('a capital heading an item is no actor of its happenings', () => {
    expect(actorsOf(BRIEF)).not.toContain('state:EG');
  });

  it('a city after a dash in running text is no item dateline', () => {
    const text = 'قالت الشرطة إن مسلحين هاجموا حافلة في باريس - وفق مصادر «رسمية»: ولم يصب أحد.';
    expect(placesOf(text)).toEqual(['Paris']);
  });
});
