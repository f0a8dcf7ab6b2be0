// Arabic wire phrasings: subjects between a verb and its fixed object (long gap), Gulf-style arrest reports,
// announced bans, implied accusations, rejections, vows, phone calls, and demands or meetings that are not events.
import { receivesCrowd } from '../../assemble/filters/trigger-filters';
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';
import { seizesPeople } from './coerce.patterns';

const matches = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index);
};
const typesOf = (text: string) => matches(text).map((m) => m.spec.type);
const rules = new RuleExtractor({ minConfidence: 0 });
const extracted = (body: string) => rules.extract({ id: 't', body, language: 'ar' });
const types = (body: string) => extracted(body).map((e) => e.type);

describe('long gap between verb and fixed object', () => {
  it.each([
    ['من جهة أخرى ألقت الشرطة التركية القبض على 251 شخصا.', 'COERCE'],
    ['وحمّلت حركتا حماس والجهاد الإسلامي الخميس اسرائيل المسؤولية الكاملة عن قتل المواطن.', 'ACCUSE'],
    ['أطلقت قوات الأمن التونسية أمس سراح عدد من الناشطين.', 'RETREAT'],
    ['تمكنت المقاومة الشعبية اليمنية من أسر القيادي الحوثي حسين قناف.', 'COERCE'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });

  it('reports a long-gap phrase as its verb, leaving the subject to the actor rules', () => {
    const [m] = matches('ألقت الشرطة التركية القبض على 251 شخصا.');
    expect(m.spec.type).toBe('COERCE');
    expect(m.end - m.first).toBe(1);
    expect(matches('ألقت الشرطة التركية القبض على 251 شخصا.')).toHaveLength(1);
  });

  it('keeps the short gap for ordinary phrases and does not read families as captives', () => {
    expect(typesOf('وقع الوزيران أمس في الرياض بعد مباحثات طويلة الاتفاق')).not.toContain('AGREE');
    expect(typesOf('زار الوزير أسرته في عدن.')).not.toContain('COERCE');
  });
});

describe('ضبط of people', () => {
  const first = (text: string) => {
    const tokens = tokenize(text);
    const m = matches(text).find((t) => t.spec.type === 'COERCE');
    if (!m) throw new Error('no COERCE trigger');
    return seizesPeople(tokens, m);
  };
  it('reads ضبط with people or a personal pronoun as an arrest', () => {
    expect(first('تمكنت الجهات الأمنية من ضبط عاملين من جنسية عربية.')).toBe(true);
    expect(first('أعد كمين أمني لهما أسفر عن ضبطهما.')).toBe(true);
    expect(first('وضبطت الشرطة 5 أشخاص.')).toBe(false);
    expect(first('ضبط 5 أشخاص بحوزتهم أسلحة.')).toBe(true);
  });
  it('leaves ضبط of goods a confiscation', () => {
    expect(first('تمكنت الجهات الأمنية من ضبط كمية من الحشيش.')).toBe(false);
  });
  it('emits the arrest mode through the extractor', () => {
    const modes = (body: string) =>
      extracted(body)
        .filter((e) => e.type === 'COERCE')
        .map((e) => e.mode);
    expect(modes('تمكنت الجهات الأمنية في جدة من ضبط عاملين من جنسية عربية.')).toEqual(['arrest']);
    expect(modes('تمكنت الجهات الأمنية في جدة من ضبط كمية من الحشيش.')).toEqual(['confiscate']);
  });
});

describe('announced bans', () => {
  it('reads "لن تسمح ب" from an authority as a ban, not rhetoric', () => {
    expect(typesOf('قالت السلطات إنها لن تسمح بمسيرة سلمية في اسطنبول.')).toContain('COERCE');
    expect(typesOf('وقال الوزير إن الحكومة لن تسمح بأي تدخل في شؤونها.')).not.toContain('COERCE');
  });
});

describe('implied accusations', () => {
  it.each([
    ['ووصفت الخارجية الهجوم على المسجد بالإرهابي.', 'ACCUSE'],
    ['واعتبر الوزير أن قصف المدنيين جريمة حرب.', 'ACCUSE'],
    ['وقال الجبير إن ايران تدعم الإرهاب في المنطقة.', 'ACCUSE'],
    ['إن التصريحات تمثل تدخلا في شؤونها الداخلية.', 'ACCUSE'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });
  it('does not read a neutral description as blame', () => {
    expect(typesOf('ووصف الوزير القوات الكردية بأنها نموذج للقوة.')).not.toContain('ACCUSE');
  });
});

describe('rejections and vows', () => {
  it.each([
    ['وتبرأت الحركة من الهجوم.', 'REJECT'],
    ['أعلنت الحكومة رفضها القاطع للقرار.', 'REJECT'],
    ['قال قائد الحرس الثوري إن قرار مجلس الأمن غير مقبول.', 'REJECT'],
    ['وقالت الحركة إنها ستواصل استهداف النواب.', 'THREATEN'],
    ['وتعهد زعيم التنظيم في تسجيل صوتي بالانتقام.', 'THREATEN'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });
});

describe('meetings and calls', () => {
  it('reads a received phone call with its receiver as subject', () => {
    const m = matches('تلقى ولي ولي العهد وزير الدفاع اتصالا هاتفيا اليوم من الرئيس اليمني.');
    expect(m.map((x) => `${x.spec.type}/${x.spec.voice}`)).toContain('CONSULT/verb');
  });
  it('does not read receiving refugees as a meeting', () => {
    const crowd = (text: string) => {
      const tokens = tokenize(text);
      const m = matches(text).find((t) => t.spec.type === 'CONSULT');
      if (!m) throw new Error('no CONSULT trigger');
      return receivesCrowd(tokens, m, tokens.length);
    };
    expect(crowd('استقبلت مدينة كركوك أكثر من نصف مليون نازح.')).toBe(true);
    expect(crowd('استقبل الرئيس وزير الخارجية الفرنسي.')).toBe(false);
    expect(types('أشار إلى أن مدينة كركوك استقبلت أكثر من نصف مليون نازح.')).not.toContain('CONSULT');
    expect(types('استقبل الرئيس المصري في القاهرة وزير الخارجية الفرنسي.')).toContain('CONSULT');
  });
});

describe('releases and surrenders', () => {
  it.each([
    ['تمكنت الوحدات الأمنية من تحرير الرهائن.', 'RETREAT'],
    ['تم جلب والده لإقناعه بتسليم نفسه.', 'RETREAT'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });
});

describe('calls that are not demands', () => {
  it('does not read pundits advising or a name as a demand', () => {
    expect(typesOf('ودعا خبراء الحكومة إلى ايجاد حل شامل لأزمة النفايات.')).not.toContain('REQUEST');
    expect(typesOf('نصب مسلحون كمينا قرب مستشفى النداء الإنساني.')).not.toContain('REQUEST');
    expect(typesOf('التقى ساركوزي قيادات حزب نداء تونس.')).not.toContain('REQUEST');
    expect(typesOf('ودعا الوزير الحكومة إلى ايجاد حل.')).toContain('REQUEST');
  });
});
