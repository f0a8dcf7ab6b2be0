// The convoy or bus passing when a bomb went off was hit: the group it carried did not set the bomb.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import { passingVictim } from './passing-victim';
import type { ActorLike, Span } from '../assemble.types';

const ex = new RuleExtractor({ minConfidence: 0 });
const actorsOf = (body: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-24T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.actor?.name ?? null);

function at(text: string, word: string): { tokens: ReturnType<typeof tokenize>; span: Span<ActorLike> } {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.surface === word);
  const value = { id: 'x', name: word, kind: 'police', country: null };
  return { tokens, span: { first: i, end: i + 1, start: tokens[i].start, stop: tokens[i].end, surface: word, value } };
}

describe('passingVictim', () => {
  it('does not make the passing convoy of a group the bomber', () => {
    const body =
      'وقال الجبوري إن سيارة مفخخة مركونة على جانب الطريق انفجرت عند مرور رتل لعناصر تنظيم داعش لدى دخوله بوابة مدينة الموصل ما أسفر عن مقتل 42 منهم.';
    expect(actorsOf(body)).not.toContain('Islamic State');
  });
  it('reads the passing after a word of time, within its phrase', () => {
    const bus = 'انفجرت عبوة ناسفة أثناء مرور حافلة تقل أفرادا للأمن المركزي في العريش';
    expect(passingVictim(bus, at(bus, 'للأمن').tokens, at(bus, 'للأمن').span)).toBe(true);
    const apart = 'انفجرت عبوة عند مرور الحافلة، وقالت الشرطة إنها تحقق';
    expect(passingVictim(apart, at(apart, 'الشرطة').tokens, at(apart, 'الشرطة').span)).toBe(false);
    const noWhen = 'منع مرور الشاحنات قرب الشرطة';
    expect(passingVictim(noWhen, at(noWhen, 'الشرطة').tokens, at(noWhen, 'الشرطة').span)).toBe(false);
  });
});
