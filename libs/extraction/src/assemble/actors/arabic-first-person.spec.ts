// A first-person stance inside a speaker's words ("أكدت له تضامني معه", "نؤيد الاتفاق") is the speaker's: the name
// it addresses or takes as object is no subject (choose-actor.ts FIRST_PERSON, stance-phrases.patterns.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const supporters = (body: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' })
    .filter((e) => e.type === 'SUPPORT')
    .map((e) => e.actor?.name ?? null);

describe('Arabic first-person support', () => {
  it('a first-person masdar of solidarity belongs to the speaker, not to the man it is addressed to', () => {
    const body = 'وقال الرئيس عبدربه منصور هادي بعد لقائه الرئيس سلام "أبلغته تضامني معه في هذه الظروف".';
    expect(supporters(body)).toEqual(['Abd Rabbuh Mansur Hadi']);
  });

  it('a first-person verb of support belongs to the speaker, not to the state it names', () => {
    const body = 'وقال الرئيس الأمريكي باراك أوباما أمس "نؤيد حق تركيا في الدفاع عن نفسها".';
    expect(supporters(body)).toEqual(['Barack Obama']);
  });
});
