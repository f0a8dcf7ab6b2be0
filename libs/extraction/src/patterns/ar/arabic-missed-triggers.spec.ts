// Arabic wordings of arrests, closures, curfews, rulings, meetings, renewed calls, refutations, troop surges and
// resignations that the lexicon used to miss: gang take-downs, custody, dual and plural verb forms, conference openings.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const readings = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => `${m.spec.type}/${m.spec.mode}`);
};
const rules = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => rules.extract({ id: 't', body, language: 'ar' });

describe('Arabic triggers that were missing', () => {
  it.each([
    ['أطاحت شرطة المنطقة الشرقية أمس بعصابة تسرق السيارات.', 'COERCE/arrest'],
    ['تمكنت الأجهزة الأمنية من تفكيك خلية تضم خمسة أعضاء.', 'COERCE/arrest'],
    ['وأودعتهم الشرطة السجن المركزي.', 'COERCE/arrest'],
    ['قبضت دوريات الأمن على ثلاثة مشتبهين.', 'COERCE/arrest'],
    ['دهمت قوات الأمن منزلا في الحي الشرقي.', 'COERCE/arrest'],
    ['وجرى إيقافهم بعد سماع إفاداتهم.', 'COERCE/arrest'],
    ['وتم إيقاف السائق على ذمة التحقيق.', 'COERCE/arrest'],
    ['أصدرت البلدية قرارا بإغلاق 12 مطعما مخالفا.', 'COERCE/ban'],
    ['فرض المسلحون مساء أمس حظرا للتجوال في المدينة.', 'COERCE/curfew'],
    ['قضت محكمة الجنايات في القاهرة بسجن المتهم ثلاث سنوات.', 'COERCE/sentence'],
    ['وصدر بحقه حكم يقضي بسجنه سبع سنوات.', 'COERCE/sentence'],
    ['والتقيا أمس في القاهرة.', 'CONSULT/meet'],
    ['التقاه الرئيس في قصر الرئاسة.', 'CONSULT/meet'],
    ['انطلقت اليوم فعاليات المؤتمر الدولي للمانحين.', 'CONSULT/meet'],
    ['اتصل الملك هاتفيا بالرئيس الفرنسي.', 'CONSULT/phone'],
    ['غداة محادثة هاتفية بين الرئيس الأمريكي ونظيره التركي.', 'CONSULT/phone'],
    ['وجرت مباحثات هاتفية بين الوزيرين أمس.', 'CONSULT/phone'],
    ['وجدد الوزيران الدعوة إلى وقف القتال.', 'REQUEST/call'],
    ['فند المتحدث مزاعم المعارضة.', 'REJECT/deny'],
    ['واتهمتا الحكومة بخرق الهدنة.', 'ACCUSE/accuse'],
    ['أدانتا الهجوم على السفارة.', 'ACCUSE/condemn'],
    ['زجت الحكومة بقوات إضافية إلى الجبهة.', 'MOBILIZE/troops'],
    ['أمر الحاكم الليلة الماضية بتسليح حراس المدارس.', 'MOBILIZE/arm'],
  ])('%s → %s', (text, reading) => {
    expect(readings(text)).toContain(reading);
  });

  it('reads an announced resignation as the announcer resigning', () => {
    const index = triggerIndex('ar');
    const [m] = index ? matchTriggers(tokenize('أعلن رئيس الشركة اليابانية استقالته.'), index) : [];
    expect(`${m?.spec.type}/${m?.spec.mode}/${m?.spec.voice}`).toBe('RETREAT/resign/verb');
  });

  it('keeps ousters, defused bombs, works and press events out', () => {
    expect(readings('أطاحت الثورة بالرئيس السابق.')).not.toContain('COERCE/arrest');
    expect(readings('تم تفكيك عبوة ناسفة قرب الجسر.')).not.toContain('COERCE/arrest');
    expect(readings('تقرر إيقاف المشروع مؤقتا.')).not.toContain('COERCE/arrest');
    expect(readings('بدأت أعمال الصيانة في الطريق.')).not.toContain('CONSULT/meet');
  });

  it('reads jailing as custody, not as a troop surge', () => {
    expect(readings('زج الأمن بآلاف المعارضين في السجون.')).toEqual(['COERCE/arrest']);
  });

  it('extracts a gang take-down with its town', () => {
    const arrest = events('أطاحت شرطة منطقة القصيم أمس بعصابة من ثلاثة وافدين في بريدة.').find(
      (e) => e.type === 'COERCE',
    );
    expect(arrest?.mode).toBe('arrest');
    expect(arrest?.location?.name).toBe('Buraydah');
  });

  it('extracts a curfew with its imposer and city', () => {
    const curfew = events('فرض تنظيم داعش مساء أمس حظرا للتجوال في مدينة الموصل.').find((e) => e.type === 'COERCE');
    expect(curfew?.mode).toBe('curfew');
    expect(curfew?.location?.name).toBe('Mosul');
    expect(curfew?.actor?.name).toBe('Islamic State');
  });

  it('extracts a curfew whose subject and a linking phrase stand between verb and noun', () => {
    const curfew = events('وقعت اشتباكات، فرض تنظيم داعش على إثرها حظرا للتجوال في مدينة الموصل.').find(
      (e) => e.type === 'COERCE',
    );
    expect(curfew?.mode).toBe('curfew');
    expect(curfew?.actor?.name).toBe('Islamic State');
  });

  it('extracts troops thrown into a front by a state', () => {
    const surge = events('زجت إيران بقوات إضافية في ريف دمشق.').find((e) => e.type === 'MOBILIZE');
    expect(surge?.actor?.name).toBe('Iran');
    expect(surge?.location?.name).toBe('Rif Dimashq');
  });
});

describe('blame across a long subject', () => {
  it('reads حمّل … المسؤولية with a titled name and its accused between them', () => {
    const blame = 'وحمّل الرئيس الفلسطيني محمود عباس "أبو مازن" الحكومة الإسرائيلية المسؤولية الكاملة عن الجرائم.';
    expect(readings(blame)).toContain('ACCUSE/accuse');
  });
  it('keeps a task given far on (an indefinite مسؤولية) out of blame', () => {
    const task = 'وحمل الزيادي وزارتي التعليم والشؤون الإسلامية والأوقاف والدعوة والإرشاد مسؤولية توعية النشء.';
    expect(readings(task)).not.toContain('ACCUSE/accuse');
  });
});

describe('arrivals on a visit', () => {
  it('reads وصل … في زيارة across a titled name, the destination and a time word', () => {
    const arrival = 'وصل وزير الخارجية السعودي عادل الجبير إلى القاهرة أمس في زيارة رسمية تستغرق يومين.';
    expect(readings(arrival)).toContain('CONSULT/visit');
    // read as the verb's subject, the visit clears the default threshold (the bare noun alone did not)
    const visit = new RuleExtractor()
      .extract({ id: 't', body: arrival, language: 'ar' })
      .find((e) => e.type === 'CONSULT');
    expect(visit?.actor?.name).toBe('Adel al-Jubeir');
    expect(visit?.location?.name).toBe('Cairo');
  });
});

describe('plural participles of demand', () => {
  it('reads a crowd demanding (مطالبين) as its call, with the crowd as the actor', () => {
    const body =
      'ورفع المتظاهرون شعارات نددت بالفشل الحكومي، لا سيما على صعيد ملف الطاقة والكهرباء وانقطاع التيار في الصيف، مطالبين بإقالة وزير الكهرباء قاسم الفهداوي.';
    expect(readings(body)).toContain('REQUEST/call');
    expect(events(body).find((e) => e.type === 'REQUEST')?.actor?.name).toBe('protesters');
  });
});
