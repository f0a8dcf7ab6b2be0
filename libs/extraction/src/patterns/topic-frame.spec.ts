// Topic, request, necessity and name frames: triggers that name a subject of talk or a wish are not happenings.
import { tokenize } from '../text/tokenize';
import { frameCue } from './topic-frame';

const cue = (text: string, word: string, voice = 'noun', type = 'ASSAULT', counted = false) => {
  const tokens = tokenize(text);
  const first = tokens.findIndex((t) => t.surface === word);
  if (first < 0) throw new Error(`${word} not in text`);
  return frameCue(tokens, { first, spec: { voice, type } }, 0, counted);
};

describe('verb-listed phrases after a time head', () => {
  it('reads a phrase right after بعد as a masdar, even with a toll in the clause, unless it is an attack', () => {
    expect(cue('تصدت القوات لهجمات بعد سريان الهدنة بساعة.', 'سريان', 'verb', 'RETREAT')).toBe('topic:بعد');
    expect(cue('تصدت القوات لهجمات بعد سريان الهدنة وقتل 3.', 'سريان', 'verb', 'RETREAT', true)).toBe('topic:بعد');
    expect(cue('بدأ سريان الهدنة منتصف الليل.', 'سريان', 'verb', 'RETREAT')).toBeNull();
  });

  it('reads a phrase after an indefinite "في وقت" ("at a time when") as a verb with its own subject', () => {
    expect(cue('في وقت شن طيران التحالف غارات على معسكر في مدينة المخاء.', 'شن', 'verb')).toBeNull();
    expect(cue('وفي وقت شن طيران التحالف غارات على مواقع في صرواح.', 'شن', 'verb')).toBeNull();
    expect(cue('أصيب جندي وقت شن الغارات على المدينة.', 'شن', 'verb', 'RETREAT')).toBe('topic:وقت');
  });
});

describe('topic frames', () => {
  it('drops nouns governed by a topic head', () => {
    expect(cue('ناقش الوزير مع نظيره مسألة الإغاثة في المحافظة.', 'الإغاثة', 'noun', 'AID')).toBe('topic:مساله');
    expect(cue('شدد المبعوث على احترام الهدنة في المدينة.', 'الهدنة', 'noun', 'RETREAT')).toBe('topic:احترام');
    expect(cue('وقعت الأطراف اتفاقا يهدف إلى إنهاء القتال.', 'القتال')).toBe('topic:انهاء');
    expect(cue('فتشت الشرطة الحي بحثا عن منفذي عملية التفجير.', 'التفجير')).toBe('topic:منفذي');
    expect(cue('تجمع المحتجون بعد الهجوم على السوق.', 'الهجوم')).toBe('topic:بعد');
    expect(cue('Officials met to talk about the raid on the village.', 'raid')).toBe('topic:about');
  });
  it('reaches a topic head across a quantifier or a participle preposition, and reads command names', () => {
    expect(cue('طالب المنسق بتجميد جميع عمليات الهدم في القرية.', 'الهدم')).toBe('topic:بتجميد');
    expect(cue('وصلت السفينة لمساعدة المتضررين من الحصار على المدينة.', 'الحصار', 'noun', 'COERCE')).toBe(
      'topic:المتضررين',
    );
    expect(cue('قالت قيادة العمليات المشتركة إن القوات تقدمت.', 'العمليات', 'noun', 'COOPERATE')).toBe('topic:قياده');
    expect(cue('استعرض الوزيران مجالات الإغاثة للمحافظة.', 'الإغاثة', 'noun', 'AID')).toBe('topic:مجالات');
    expect(cue('اندلعت اشتباكات عنيفة من جديد في الحي.', 'اشتباكات')).toBeNull();
  });
  it('keeps new happenings and counted nouns', () => {
    expect(cue('وقعت اشتباكات عنيفة في المدينة.', 'اشتباكات')).toBeNull();
    expect(cue('تقدمت القوات بعد اشتباكات مع المسلحين.', 'اشتباكات')).toBeNull();
    expect(cue('قتل خمسة بعد القصف على الحي.', 'القصف', 'noun', 'ASSAULT', true)).toBeNull();
  });
  it('drops the content of a request', () => {
    expect(cue('دعا المنسق الحكومة إلى تجميد عمليات الهدم.', 'تجميد', 'noun', 'SANCTION')).toBe('requested:دعا');
    expect(cue('تظاهر العشرات داعين البرلمان إلى رفض القانون.', 'رفض', 'verb', 'REJECT')).toBe('requested:داعين');
    expect(cue('He urged parliament to reject the bill.', 'reject', 'verb', 'REJECT')).toBe('requested:urged');
  });
  it('drops a noun that is the object of the verb an English request asks for', () => {
    expect(cue('She called on her allies to tighten sanctions on the regime.', 'sanctions', 'noun', 'SANCTION')).toBe(
      'requested:called',
    );
    expect(cue('The agency urged donors to send more aid to the camps.', 'aid', 'noun', 'AID')).toBe('requested:urged');
    expect(cue('The minister called for an end to the sanctions.', 'sanctions', 'noun', 'SANCTION')).toBeNull();
    expect(cue('The bloc agreed to impose sanctions on the firms.', 'sanctions', 'noun', 'SANCTION')).toBeNull();
  });
  it('drops prescriptions and negative polarity', () => {
    expect(cue('يرى الخبراء أنه لا بد من نشر قوات دولية.', 'نشر', 'verb', 'MOBILIZE')).toBe('necessity:بد');
    expect(cue('لم تسمح الحكومة بشن أي غارات من القاعدة.', 'غارات')).toBe('any');
    expect(cue('وقال إنه لا بد من الحل وطالب بالإفراج عنهم.', 'وطالب', 'verb', 'REQUEST')).toBeNull();
  });
  it('ends an Arabic necessity at a complement clause or a new speech participle', () => {
    expect(
      cue('صدرت تعليمات بضرورة التزام القانون، وأن السلطات اعتقلت 21 جنديا.', 'اعتقلت', 'verb', 'COERCE'),
    ).toBeNull();
    expect(
      cue('أكد هادي ضرورة احترام الهدنة، مؤكدا خلال لقائه المبعوث أن المدينة آمنة.', 'لقائه', 'noun', 'CONSULT'),
    ).toBeNull();
    expect(cue('قال الوزير إنه يجب أن تنسحب القوات من المدينة.', 'تنسحب', 'verb', 'RETREAT')).toBe('necessity:يجب');
    expect(cue('أكد ضرورة أن تنسحب القوات من المدينة.', 'تنسحب', 'verb', 'RETREAT')).toBe('necessity:ضروره');
    expect(cue('شدد على ضرورة التزام القانون والانسحاب من المواقع.', 'والانسحاب', 'noun', 'RETREAT')).toBe(
      'necessity:ضروره',
    );
  });
  it('drops verb forms inside names and counts', () => {
    expect(cue('صلى المصلون في مسجد علي بن أبي طالب أمس.', 'طالب', 'verb', 'REQUEST')).toBe('nominal');
    expect(cue('استوعبت المدارس 60 ألف طالب من النازحين.', 'طالب', 'verb', 'REQUEST')).toBe('nominal');
    expect(cue('طالب الوزير بالإفراج عن المعتقلين.', 'طالب', 'verb', 'REQUEST')).toBeNull();
  });
  it('reads a verb after a named year as a verb: a year counts nothing', () => {
    expect(cue('كما فعلوا قبيل اغتيال رابين في عام 1995، وهددوه بالقتل.', 'وهددوه', 'verb', 'THREATEN')).toBeNull();
    expect(cue('وإنهاء الفقر بحلول العام 2030، ودعا إلى تكثيف الجهود.', 'ودعا', 'verb', 'REQUEST')).toBeNull();
    expect(cue('وتضم الجامعة 2030 طالب من الخارج.', 'طالب', 'verb', 'REQUEST')).toBe('nominal');
  });
});

describe('talks told with their parties after a time head', () => {
  const phone = (text: string) => {
    const tokens = tokenize(text);
    const first = tokens.findIndex((t) => t.surface === 'المكالمة');
    return frameCue(
      tokens,
      { first, end: first + 2, spec: { voice: 'noun', type: 'CONSULT', mode: 'phone' } },
      0,
      false,
    );
  };
  it('keeps a call whose relative clause names both parties, drops a bare call pointed back to', () => {
    expect(phone('تم الاتفاق بعد المكالمة الهاتفية التي جرت بين الرئيس أوباما والرئيس التركي الأربعاء.')).toBeNull();
    expect(phone('تم الاتفاق بعد المكالمة الهاتفية مع الرئيس.')).toBe('topic:بعد');
  });
});
