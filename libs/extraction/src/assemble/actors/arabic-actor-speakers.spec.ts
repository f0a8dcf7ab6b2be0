// Arabic actor classes: a long honorific title between a light verb and its masdar, speech verbs that open a
// speaker's statement (أشار، أعرب، لفت), a name after a complementizer (وأضاف بأن X) that is the reported clause's
// subject rather than a source, and a bare التحالف read by the story's country.
import { RuleExtractor } from '../../extractor/rule-extractor';
import type { TriggerMatch } from '../../patterns/match-triggers';
import { tokenize } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { sentenceSpeaker } from '../clause/shared-subject';

const ex = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => ex.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' });
const actorsOf = (body: string, type: string) =>
  events(body)
    .filter((e) => e.type === type)
    .map((e) => e.actor?.name ?? null);

describe('Arabic actor speakers and titles', () => {
  it('takes the first actor after a light verb when a long title keeps it from the masdar', () => {
    const body =
      'تلقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع اتصالاً هاتفيًا اليوم من فخامة الرئيس عبدربه منصور هادي رئيس الجمهورية اليمنية .';
    expect(actorsOf(body, 'CONSULT')).toContain('Mohammed bin Salman');
  });

  it('a participle with its object before a fixed word (محملا X مسؤولية) belongs to the speaker, not to the object', () => {
    const named = 'وقال الرئيس هادي إن الوضع صعب، محملا الحوثيين مسؤولية فشل الهدنة.';
    expect(actorsOf(named, 'ACCUSE')).toEqual(['Abd Rabbuh Mansur Hadi']);
  });

  it('a speaker the dictionary has no name for is still the participle subject, not the object after it', () => {
    const body = 'وقال وزير الخارجية إن الوضع صعب، متهما الحوثيين بخرق الهدنة.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['وزير الخارجية']);
  });

  it('a statement with no subject of its own belongs to the speaker of أشار', () => {
    const body = 'وأشار الرئيس عبدربه منصور هادي إلى دعم السعودية لليمن، داعيا المجتمع الدولي إلى تقديم المساعدات.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['Abd Rabbuh Mansur Hadi']);
  });

  it('a name after "أشار إلى أن" belongs to the reported clause, not the speaker slot', () => {
    const text = 'وأشار إلى أن التحالف يسيطر على الجو داعيا إلى دعم القوات';
    const tokens = tokenize(text);
    const at = tokens.findIndex((t) => t.surface === 'التحالف');
    const actor = { first: at, end: at + 1, start: tokens[at].start, stop: tokens[at].end, surface: 'التحالف' };
    const span = {
      ...actor,
      value: { id: 'mil:coalition-us', name: 'US-led coalition', kind: 'military', country: null },
    };
    const call = tokens.findIndex((t) => t.surface === 'داعيا');
    const trigger = { first: call, end: call + 1, spec: { voice: 'verb' } } as unknown as TriggerMatch;
    expect(sentenceSpeaker(tokens, [span as Span<ActorLike>], trigger, 0)).toBeNull();
  });

  it('the subject after "وأضاف بأن" acted; it is not the source of the claim', () => {
    const body =
      'وأضاف بأن «التحالف وجه ضربة جوية على تجمع لإرهابيي داعش في العراق، ما أسفرت عن قتل 21 منهم قرب مصفى بيجي».';
    expect(actorsOf(body, 'ASSAULT')).toContain('US-led coalition');
    expect(actorsOf(body, 'ASSAULT')).not.toContain('Islamic State');
  });

  it("a participle after the speaker's reported clause is the speaker's, not that clause's subject's", () => {
    const body =
      'وأكد وزير الخارجية عادل الجبير أن التحالف لا يستهدف المدنيين، محملا مليشيات الحوثي مسؤولية فشل الهدنة.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['Adel al-Jubeir']);
  });

  it('a bare التحالف is the Saudi-led coalition in a Yemeni story', () => {
    const body = 'وشن طيران التحالف غارات على مواقع الحوثيين في صنعاء وعدن باليمن.';
    expect(actorsOf(body, 'ASSAULT')).toContain('Saudi-led coalition');
  });
});
