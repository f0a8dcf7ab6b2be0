// Background, topic and request frames added to background-cues.ts, past-phrases.ts and topic-frame.ts: a relative
// pronoun with و, "في حالة", a past time opening the sentence, "last year" late in an English clause, prices, "any
// kind of", "the site of the attack" and a verb coordinated with a requested one. Sentences are made up.
import { tokenize } from '../text/tokenize';
import { backgroundCue } from './background-cues';
import { frameCue } from './topic-frame';

const at = (text: string, word: string) => {
  const tokens = tokenize(text);
  const first = tokens.findIndex((t) => t.surface === word);
  if (first < 0) throw new Error(`${word} not in text`);
  return { tokens, first };
};
const background = (text: string, word: string, month = 7) => {
  const { tokens, first } = at(text, word);
  return backgroundCue(tokens, first, { first: 0, end: tokens.length }, 0, 2015, new Set(), month);
};
const frame = (text: string, word: string, type = 'ASSAULT', voice = 'noun') => {
  const { tokens, first } = at(text, word);
  return frameCue(tokens, { first, spec: { voice, type } }, 0, false);
};

describe('background frames', () => {
  it('reads a verb after a relative pronoun with و, or coordinated with such a verb, as description', () => {
    expect(background('وهو الحادث والذي تطلب نقل المصابين إلى المستشفى.', 'تطلب')).toBe('relative:والذي');
    expect(background('المواثيق الدولية التي تمنع وترفض التدخل في شؤون الدول.', 'وترفض')).toBe('relative:تمنع');
  });
  it('reads "في حالة" as a condition', () => {
    expect(background('يجتمع الحلف في حالة حدوث أمر يهدد أمن أحد أعضائه.', 'يهدد')).toBe('past:if:في حال');
  });
  it('dates a whole clause by a past month or last year that opens the sentence', () => {
    const text = 'ففي منتصف يونيو قتل قائد التنظيم مع اثنين من مرافقيه في غارة على سيارته.';
    expect(background(text, 'غارة')).toBe('past:opening:يونيو');
    expect(background(text, 'غارة', 6)).toBeNull();
    expect(background('Last year, after weeks of fighting around the city, rebels seized the airport.', 'seized')).toBe(
      'past:opening:last year',
    );
  });
  it('reads "last year" late in a long English clause', () => {
    const text =
      'The rebels seized the two towns, the largest in the east, and the airport in a swift offensive late last year.';
    expect(background(text, 'seized')).toBe('past:last year');
  });
});

describe('topic and request frames', () => {
  it('reads goods after "prices" as a market, not aid', () => {
    expect(frame('وارتفعت أسعار المواد الغذائية في المدينة.', 'المواد', 'AID')).toBe('topic:اسعار');
  });
  it('reads a noun after "any kind of" as negative polarity', () => {
    expect(frame('ومنعت الميليشيا دخول أي نوع من المساعدات إلى المدينة.', 'المساعدات', 'AID')).toBe('any');
  });
  it('reads "the site of the attack" as a place named after a happening', () => {
    expect(frame('The minister visited the site of the attack on Wednesday.', 'attack')).toBe('topic:site');
  });
  it('reads an English verb coordinated with a requested one as request content', () => {
    const text = 'He urged Washington to press Israel to halt the strikes and withdraw from the hills.';
    expect(frame(text, 'withdraw', 'RETREAT', 'verb')).toBe('requested:urged');
  });
  it('reads a past verb after "and" as the subject\'s own act, not request content', () => {
    const text =
      'The foreign office asked Kabul to stop militants from crossing and accused the Taliban of sheltering them.';
    expect(frame(text, 'accused', 'ACCUSE', 'verb')).toBeNull();
  });
});
