// Arabic: a happening first placed in a whole province takes the one town of that province its own sentence goes on
// to name (province-spot.ts); not the province's chief town named again, nor a town given a province of its own.
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const placesOf = (body: string, type: string): (string | null)[] =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-21T10:00:00Z' })
    .filter((e) => e.type === type)
    .map((e) => e.location?.name ?? null);

describe('a province narrowed to a town by its own sentence', () => {
  it('"في ولاية هرات … في إقليم غوزارا" puts the bombing in Guzara', () => {
    const body =
      'قتل ستة من عناصر الشرطة في انفجار قنبلة كانت مزروعة إلى جانب الطريق في ولاية هرات الأفغانية، إذ قال المتحدث ' +
      'باسم الشرطة «لقد انفجرت قنبلة يدوية الصنع لدى مرور آلية للشرطة في إقليم غوزارا».';
    expect(placesOf(body, 'ASSAULT')).toEqual(['Guzara']);
  });

  it('"في ولاية بورنو، حيث قتل … القريبة من كودونغا" puts the attacks at Konduga', () => {
    const body =
      'وتواصلت هجمات بوكو حرام في نهاية الأسبوع، في ولاية بورنو، حيث قتل 13 شخصا، ليل السبت الأحد في قرية ' +
      'مالاري القريبة من كودونغا.';
    expect(new Set(placesOf(body, 'ASSAULT'))).toEqual(new Set(['Konduga']));
  });

  it('the province stays when the town named after it has a province of its own', () => {
    const body =
      'وهاجم مستوطنون قرية في محافظة الخليل فجر أمس، فيما رحلت السلطات عائلات من بلدة العيزرية في محافظة القدس.';
    expect(placesOf(body, 'ASSAULT')).toEqual(['Hebron']);
  });
});
