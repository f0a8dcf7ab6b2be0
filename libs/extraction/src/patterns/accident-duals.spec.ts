// Road deaths told with the dual of حادث ("في حادثين منفصلين", "حادثان مروريان") are accidents, not attacks.
import { RuleExtractor } from '../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-31' }).map((e) => e.type);

describe('Arabic accident duals', () => {
  it('reads deaths in two separate accidents as no assault', () => {
    expect(
      types(
        'لقي ثلاثة أشخاص مصرعهم، وأصيب 3 آخرون بإصابات متوسطة، في حادثين منفصلين، مساء أمس، في محافظة ينبع والعيص.',
      ),
    ).not.toContain('ASSAULT');
    expect(types('لقي شخصان مصرعهما في حادثان منفصلان بمحافظة ينبع.')).not.toContain('ASSAULT');
  });
  it('still reads a killing in an attack as an assault', () => {
    expect(types('لقي ثلاثة أشخاص مصرعهم في هجوم مسلح على نقطة تفتيش في محافظة ينبع.')).toContain('ASSAULT');
  });
});
