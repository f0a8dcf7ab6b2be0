// A masdar owned by a pronoun ("خلال لقائه", "زيارته", "اتصاله") has no idafa agent: the pronoun stands for the
// sentence's speaker or subject, not the nearest name before it nor the object after it.
import { actorName, fieldsOf } from '../../extractor/fields-of';
import type { TriggerMatch } from '../../patterns/match-triggers';
import { tokenize } from '../../text/tokenize';
import { possessiveMasdar } from './arabic-possessive-masdar';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

const nounAt = (text: string, word: string): [ReturnType<typeof tokenize>, TriggerMatch] => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.surface === word);
  return [tokens, { first: at, end: at + 1, spec: { voice: 'noun' } } as unknown as TriggerMatch];
};

describe('Arabic masdar with a possessive pronoun', () => {
  it('reads the pronoun suffix, not a taa marbuta', () => {
    expect(possessiveMasdar(...nounAt('خلال لقائه أمس', 'لقائه'))).toBe(true);
    expect(possessiveMasdar(...nounAt('خلال زيارته للرياض', 'زيارته'))).toBe(true);
    expect(possessiveMasdar(...nounAt('خلال اجتماعها أمس', 'اجتماعها'))).toBe(true);
    expect(possessiveMasdar(...nounAt('خلال زيارة للرياض', 'زيارة'))).toBe(false);
    expect(possessiveMasdar(...nounAt('خلال اجتماع أمس', 'اجتماع'))).toBe(false);
  });

  it('the meeting of "خلال لقائه" belongs to the speaker, not the militia named before it', () => {
    const body =
      'بدوره أكد الرئيس اليمني عبد ربه منصور هادي ضرورة احترام الهدنة من قبل المليشيات الحوثية وقوات صالح، مؤكِّداً خلال لقائه أمس في الرياض مبعوث الأمين العام للأمم المتحدة دعم الحكومة.';
    const consult = actorsOf(body, 'CONSULT');
    expect(consult.length).toBeGreaterThan(0);
    expect(consult).not.toContain('Houthis');
    expect(consult.every((n) => /hadi/i.test(n ?? ''))).toBe(true);
  });
});
