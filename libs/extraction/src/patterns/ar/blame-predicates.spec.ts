// Accusations told inside reported speech by a blame predicate of the accused (blame-predicates.ts): the speaker
// accuses; plain reports, denials, suspicions and sought culprits fire nothing.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('Arabic blame predicates in reported speech', () => {
  it('human shields after إن are the speaker’s accusation, not the accused’s act', () => {
    const body = 'وقال وزير الخارجية عادل الجبير إن الميليشيات تستخدم سكان القرى دروعا بشرية.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['Adel al-Jubeir']);
  });

  it('meddling said of a named party is an accusation', () => {
    expect(actorsOf('وقال عادل الجبير إن إيران تتدخل في شؤون الدول المجاورة.', 'ACCUSE')).toEqual(['Adel al-Jubeir']);
  });

  it('an act said to be deliberate stays the reported act: the blame phrase must not swallow its verb', () => {
    const body = 'وأكد عادل الجبير أن الميليشيات قصفت الأحياء السكنية بشكل متعمد.';
    expect(fieldsOf((e) => e.type, 'ar', '2015-07-25T10:00:00Z')(body, 'ASSAULT')).toEqual(['ASSAULT']);
  });

  it('naming the party behind an attack lays it at its door', () => {
    expect(actorsOf('وقال عادل الجبير إن تنظيم داعش يقف وراء التفجير.', 'ACCUSE')).toEqual(['Adel al-Jubeir']);
  });

  it('a speaker’s own act after أنها is no charge, though its victims are said to stand behind attacks', () => {
    const body = 'واعلنت اجهزة الامن الروسية الاحد انها قتلت ثمانية متطرفين بايعوا تنظيم داعش ويقفون وراء هجمات.';
    expect(actorsOf(body, 'ACCUSE')).toEqual([]);
    expect(actorsOf('وقال عادل الجبير إنه يقف وراء التفجير.', 'ACCUSE')).toHaveLength(1);
  });

  it('an attack taken up by the verb of its doer lays it at that party’s door', () => {
    expect(actorsOf('وقال عادل الجبير إن التفجير الانتحاري في المدينة نفذه تنظيم داعش.', 'ACCUSE')).toEqual([
      'Adel al-Jubeir',
    ]);
    expect(actorsOf('وأكد عادل الجبير أن هذا الهجوم ارتكبته ميليشيات الحوثي.', 'ACCUSE')).toEqual(['Adel al-Jubeir']);
  });

  it('an attack inside the report, a relative clause or a lone unnamed doer is no accusation', () => {
    expect(actorsOf('وقال المتحدث إن ثلاثة جنود قتلوا في هجوم نفذه مسلحون على الحاجز.', 'ACCUSE')).toEqual([]);
    expect(actorsOf('وقال المتحدث إن الهجوم الذي نفذه المسلحون أوقع قتلى.', 'ACCUSE')).toEqual([]);
    expect(actorsOf('وذكرت القناة أن التفجير نفذته امرأة كانت تحمل حزاما ناسفا.', 'ACCUSE')).toEqual([]);
  });

  it('a plain report of an act is no accusation', () => {
    expect(actorsOf('وقال المتحدث إن الجيش قتل خمسة مسلحين في القرية.', 'ACCUSE')).toEqual([]);
  });

  it('a denial, a suspicion or a sought culprit is no accusation', () => {
    expect(actorsOf('وقال المتحدث إن قواتنا لا تستخدم المدنيين دروعا بشرية.', 'ACCUSE')).toEqual([]);
    expect(actorsOf('وقالت الشرطة إنها تشتبه في أن رجلا يقف وراء الحريق.', 'ACCUSE')).toEqual([]);
    expect(actorsOf('وقالت الشرطة إنها تبحث عمن يقف وراء الحريق.', 'ACCUSE')).toEqual([]);
    expect(actorsOf('وغادر السكان بعد أن استخدم المسلحون المدارس دروعا بشرية.', 'ACCUSE')).toEqual([]);
  });

  it('crimes or violations a party is said to have committed are the speaker’s accusation', () => {
    const body = 'وقال عادل الجبير إن الانتهاكات الممنهجة التي قامت بها ميليشيات الحوثي ضد المدنيين لن تمر دون حساب.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['Adel al-Jubeir']);
    const done = 'وأكد عادل الجبير أن عملية تحرير عدن كشفت الجرائم المرتكبة من جانب الميليشيات.';
    expect(actorsOf(done, 'ACCUSE')).toEqual(['Adel al-Jubeir']);
  });

  it('crimes told by the reporter or already punished are no accusation', () => {
    expect(actorsOf('وشهدت المدينة الانتهاكات التي قامت بها ميليشيات الحوثي ضد المدنيين.', 'ACCUSE')).toEqual([]);
    const punished = 'وقال المتحدث إن بولارد يجب أن يقضي كامل عقوبته على الجرائم التي ارتكبها.';
    expect(actorsOf(punished, 'ACCUSE')).toEqual([]);
  });

  it('revealing the party behind attacks names it as their author; an unrevealed one is no charge', () => {
    const body = 'كشف عادل الجبير عن تنظيم سري يقف وراء الاعتداءات على المساجد.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['Adel al-Jubeir']);
    expect(actorsOf('ولم تكشف التحقيقات بعد من يقف وراء الهجوم.', 'ACCUSE')).toEqual([]);
  });
});
