// Trigger words with a second, non-event sense: names, idioms, masdars after prepositions, objects or subjects
// the event cannot have. Each case pairs the non-event reading with an event reading that must survive.
import { tokenize } from '../text/tokenize';
import { triggerIndex } from './lexicon';
import { matchTriggers } from './match-triggers';

const types = (text: string, language = 'ar') => {
  const index = triggerIndex(language);
  if (!index) throw new Error(`no ${language} lexicon`);
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic names and idioms', () => {
  it('reads بارك as a name or a blessing, not praise', () => {
    expect(types('التقى الرئيس الأمريكي نظيرته الكورية بارك في سيول')).not.toContain('SUPPORT');
    expect(types('بارك الله في جهودكم')).not.toContain('SUPPORT');
    expect(types('باركت الحكومة الاتفاق الجديد')).toContain('SUPPORT');
  });
  it('reads بصدر رحب as an idiom', () => {
    expect(types('أجاب الوزير بصدر رحب عن الأسئلة')).not.toContain('SUPPORT');
  });
  it('reads مجلس التعاون and منظمة العفو الدولية as bodies', () => {
    expect(types('عقد وزراء دول مجلس التعاون لقاء تشاوريا')).not.toContain('COOPERATE');
    expect(types('قالت منظمة العفو الدولية في تقريرها')).not.toContain('CONCEDE');
    expect(types('أصدر الرئيس عفوا عن المعتقلين السياسيين')).toContain('CONCEDE');
  });
});

describe('Arabic objects and companions', () => {
  it('needs على for an agreement, not concurrence with an opinion', () => {
    expect(types('قال الوزير إنه اتفق بشكل كامل مع المقترح')).not.toContain('AGREE');
    expect(types('اتفق الطرفان في الدوحة أمس على وقف القتال')).toContain('AGREE');
  });
  it('does not read taking in patients or requests as a meeting', () => {
    expect(types('واصل المستشفى استقبال المرضى خلال العيد')).not.toContain('CONSULT');
    expect(types('واصلت العيادة استقبال نحو ألف حالة')).not.toContain('CONSULT');
    expect(types('تواصل الحدائق استقبال الأهالي في العيد')).not.toContain('CONSULT');
    expect(types('وجرى خلال استقبال الأمير للسفير بحث العلاقات')).toContain('CONSULT');
  });
  it('needs a partner or a meeting for بحث: one party weighing a matter holds no talks', () => {
    expect(types('بحث الاتحاد الأوروبي أمس فرض عقوبات على أطراف الصراع')).not.toContain('CONSULT');
    expect(types('ويبحث المحققون في حواسيب المشتبه به')).not.toContain('CONSULT');
    expect(types('بحث الملك سلمان مساء أمس مع وزير الخارجية المصري العلاقات')).toContain('CONSULT');
    expect(types('بحث وزير الخارجية ونظيره الفرنسي الأوضاع في المنطقة')).toContain('CONSULT');
    expect(types('وجرى خلال الاتصال بحث تطورات الأوضاع في اليمن')).toContain('CONSULT');
    expect(types('وكانت التطورات على طاولة مجلس الأمن الذي بحث أمس في جلسة خاصة الأوضاع')).toContain('CONSULT');
  });
  it('does not read visiting patients as a diplomatic visit', () => {
    expect(types('قام المحافظ بزيارة المرضى في المستشفى')).not.toContain('CONSULT');
    expect(types('بدأ وزير الخارجية زيارة رسمية إلى القاهرة')).toContain('CONSULT');
  });
  it('does not read a blood donation as aid', () => {
    expect(types('دعت الوزارة إلى التبرع بالدم في المستشفيات')).not.toContain('AID');
    expect(types('تبرعت المملكة بمبلغ عشرة ملايين دولار للاجئين')).toContain('AID');
  });
  it('reads compensation as a concession only when someone wronged is paid', () => {
    expect(types('وافق المجلس على صرف تعويض عشرة عقارات لتوسعة الطريق')).not.toContain('CONCEDE');
    expect(types('أعلنت الشركة دفع تعويضات لأسر الضحايا')).toContain('CONCEDE');
  });
  it('does not read putting out a fire as taking ground', () => {
    expect(types('تمكنت فرق الدفاع المدني من السيطرة على حريق في المستودع')).not.toContain('COERCE');
    expect(types('سيطرت فرق الإطفاء أمس على حريق شب في شقة')).not.toContain('COERCE');
    expect(types('سيطرت قوات المقاومة أمس على جبل الكسارة')).toContain('COERCE');
  });
  it('reads قمة جبل as a mountain top, not a summit', () => {
    expect(types('قصفت المدفعية قرى على قمة جبل صبر')).not.toContain('CONSULT');
    expect(types('انطلقت أعمال قمة الرياض بحضور القادة')).toContain('CONSULT');
  });
  it('reads a safety advisory as no threat', () => {
    expect(types('حذرت الجمعية الطبية من خطورة الألعاب النارية')).not.toContain('THREATEN');
    expect(types('حذرت دراسة جديدة من تناول السكر')).not.toContain('THREATEN');
    expect(types('حذر الوزير الميليشيات من مغبة التصعيد')).toContain('THREATEN');
  });
  it('does not read a drone named as a weapon as a strike', () => {
    expect(types('يستخدم الجيش القاعدة لإطلاق طائرات بدون طيار')).not.toContain('ASSAULT');
  });
  it('does not read the masdar هدم as a demolition verb', () => {
    expect(types('دعا المسؤول إلى تجميد عمليات هدم المنازل')).not.toContain('ASSAULT');
    expect(types('هدمت القوات منزلا في القرية')).toContain('ASSAULT');
  });
});

describe('Arabic participles, deadlines, provinces and rights', () => {
  it('reads صادر عن as "issued by", not confiscation', () => {
    expect(types('وقال بيان صادر عن الوزارة إن الاجتماع انتهى')).not.toContain('COERCE');
    expect(types('صادر الجيش أسلحة من المنزل')).toContain('COERCE');
  });
  it('reads a recruit named in a statement as no mobilisation', () => {
    expect(types('وتبين أن المتهم تم تجنيده من قبل الخلية')).not.toContain('MOBILIZE');
  });
  it('reads holding the veto as no veto', () => {
    expect(types('الدول التي تملك حق الفيتو في المجلس')).not.toContain('REJECT');
    expect(types('استخدمت روسيا حق الفيتو ضد القرار')).toContain('REJECT');
  });
  it('reads الأبعاد and a province as no deportation or boycott', () => {
    expect(types('ناقش الوزيران الأبعاد الإقليمية للأزمة')).not.toContain('COERCE');
    expect(types('وصل الناجون من مقاطعة مارجيبي')).not.toContain('PROTEST');
    expect(types('أعلنت الحكومة إبعاد ثلاثة دبلوماسيين')).toContain('COERCE');
  });
  it('reads penalties a law provides as no sanction', () => {
    expect(types('أقر البرلمان قانونا ينص على عقوبات تصل إلى السجن')).not.toContain('SANCTION');
    expect(types('فرضت الحكومة الأمريكية عقوبات على ثلاثة قادة')).toContain('SANCTION');
  });
  it('reads a deadline as no threat, granting one as an ultimatum', () => {
    expect(types('اتفق الطرفان على تمديد مهلة المفاوضات')).not.toContain('THREATEN');
    expect(types('أمهل الجيش المسلحين يومين لتسليم أسلحتهم')).toContain('THREATEN');
  });
});

describe('Arabic masdars homographic with verbs', () => {
  it('reads ل + a past form and a verb after a preposition as masdars', () => {
    expect(types('لم ترد الوزارة على الفور لطلب التعليق')).not.toContain('REQUEST');
    expect(types('عقد المجلس اجتماعا لبحث الفرص الاستثمارية')).toEqual(['CONSULT']);
    expect(types('لم يمل في طلب الحق')).not.toContain('REQUEST');
  });
  it('keeps the verbs themselves and an answered request', () => {
    expect(types('وطلب الوزير من الأمم المتحدة إرسال مراقبين')).toContain('REQUEST');
    expect(types('ليطالب النواب بالتحقيق')).toContain('REQUEST');
    expect(types('جاءت الهدنة استجابة لطلب الرئيس اليمني')).toContain('REQUEST');
  });
  it('reads an allocation masdar as aid', () => {
    expect(types('أعلنت السفيرة عن تخصيص 90 مليون يورو للنازحين')).toContain('AID');
  });
});

describe('English objects and subjects', () => {
  it('does not read a convoy arriving, or arriving in a lorry, as a visit', () => {
    expect(types('A convoy of 22 trucks organised by the agencies arrived in Tawila.', 'en')).not.toContain('CONSULT');
    expect(types('The driver arrived in a lorry at the crossing.', 'en')).not.toContain('CONSULT');
    expect(types('The foreign minister arrived in Doha on Wednesday.', 'en')).toContain('CONSULT');
  });
  it('does not read deploying clinics as a show of force', () => {
    expect(types('Health partners have deployed two mobile clinics to the camp.', 'en')).not.toContain('MOBILIZE');
    expect(types('The army deployed additional troops to the border.', 'en')).toContain('MOBILIZE');
  });
  it('reads materials, haste, pressure and software as no mobilisation', () => {
    expect(types('The shelter has reinforced concrete walls.', 'en')).not.toContain('MOBILIZE');
    expect(types('Officials scrambled to contain the blaze.', 'en')).not.toContain('MOBILIZE');
    expect(types('A build-up of pressure caused the blast.', 'en')).not.toContain('MOBILIZE');
    expect(types('The air force scrambled jets over the border.', 'en')).toContain('MOBILIZE');
  });
  it('reads charging at a line and an appeal court as no accusation or request', () => {
    expect(types('Riders charged at the police line.', 'en')).not.toContain('ACCUSE');
    expect(types('Prosecutors charged him with murder.', 'en')).toContain('ACCUSE');
    expect(types('The appeal court upheld the ruling.', 'en')).not.toContain('REQUEST');
  });
  it('does not read pushing for an output increase as a request', () => {
    expect(types('Sources said Russia had pushed for a modest increase.', 'en')).not.toContain('REQUEST');
  });
});
