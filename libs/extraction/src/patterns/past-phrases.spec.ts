// Past-time and conditional phrases: what happened months ago, "at the time", or only "if", is not news.
import { tokenize } from '../text/tokenize';
import { backgroundCue } from './background-cues';

const cueAt = (text: string, word: string, month = 7) => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.surface === word);
  if (at < 0) throw new Error(`${word} not in text`);
  return backgroundCue(tokens, at, { first: 0, end: tokens.length }, 0, 2015, new Set(), month);
};

describe('past phrases', () => {
  it('reads an earlier month of the same year as background', () => {
    expect(cueAt('وأطلقت القوات في أبريل عملية عسكرية في المحافظة.', 'عملية')).toBe('past:month:ابريل');
    expect(cueAt('وأغلقت الدولة سفارتها في فبراير بعد المعارك.', 'وأغلقت')).toBe('past:month:فبراير');
    expect(cueAt('The army launched an offensive in April.', 'launched')).toBe('past:month:april');
  });
  it('reads an opening "Under a March 2013 pact" as dating the sentence', () => {
    expect(cueAt('Under a March 2013 security pact between the two, Iraq agreed to disarm the groups.', 'agreed')).toBe(
      'past:opening:2013',
    );
  });
  it('reads an English past month told last, after the place', () => {
    expect(cueAt('Congo and Rwanda signed a separate peace agreement in Washington in June.', 'signed')).toBe(
      'past:month:june',
    );
    expect(cueAt('Police arrested the suspects who had fled to Lagos in June.', 'arrested')).toBeNull();
  });
  it('leaves a past month inside a relative clause to that clause', () => {
    expect(cueAt('Police freed the journalist, who was arrested in March.', 'freed')).toBeNull();
    expect(cueAt('The journalist, who was arrested in March, was freed on Tuesday.', 'freed')).toBeNull();
    expect(cueAt('Police freed the journalist in March.', 'freed')).toBe('past:month:march');
    expect(
      cueAt('A bank director who was kidnapped in Tripoli in March was released on Thursday.', 'released'),
    ).toBeNull();
  });
  it('keeps the current month, a later month and the next month', () => {
    expect(cueAt('وقصفت الطائرات المدينة في يوليو.', 'وقصفت')).toBeNull();
    expect(cueAt('وأغلقت الدولة سفارتها في فبراير المقبل.', 'وأغلقت', 1)).toBeNull();
  });
  it('reads "earlier", "at that time" and "over the past months"', () => {
    expect(cueAt('وأبرم الطرفان الاتفاق في وقت سابق هذا الشهر.', 'وأبرم')).toBe('past:earlier');
    expect(cueAt('واعتقلت الشرطة أمس في وقت سابق اليوم ثلاثة.', 'واعتقلت')).toBeNull();
    expect(cueAt('هدد مدير الوكالة آنذاك بالاستقالة.', 'هدد')).toBe('past:then:انذاك');
    expect(cueAt('واضطر الجيش في الشهور القليلة الماضية إلى الانسحاب من المدينة.', 'الانسحاب')).toBe(
      'past:span:الشهور',
    );
    expect(cueAt('The army withdrew from the towns over the past few months.', 'withdrew')).toBe('past:span:months');
    expect(cueAt('ونفذ التنظيم في الآونة الأخيرة سلسلة من التفجيرات في المدينة.', 'التفجيرات')).toBe(
      'past:span:الاونه',
    );
  });
  it('reads a conditional as no happening', () => {
    expect(cueAt('هدد بالاستقالة في حال وافق الرئيس على الإفراج.', 'وافق')).toBe('past:if:في حال');
    expect(cueAt('وقال إنه إذا هاجمت القوات المدينة سيرد.', 'هاجمت')).toBe('past:if:اذا');
  });
});

describe('a past year opening the sentence', () => {
  it('dates every trigger of the opening clause, however far', () => {
    const letter =
      'في عام 1964، عندما تدهورت العلاقات بين البلدين، بعث الرئيس ليندون جونسون رسالة شديدة اللهجة إلى رئيس الوزراء يهدد فيها بالتخلي عن تركيا.';
    expect(cueAt(letter, 'يهدد')).toBe('past:opening:1964');
    expect(
      cueAt(
        'وفي عام 1981 عاد الشيخ إلى الأردن واستقر فيها وبرز قياديا في الجماعة وتعرض لاعتقالات متلاحقة.',
        'لاعتقالات',
      ),
    ).toBe('past:opening:1981');
  });
  it('keeps the article year, a year that only labels, and "since"', () => {
    expect(cueAt('في عام 2015 الجاري قصفت الطائرات مواقع المسلحين في المدينة وقتلت عشرة منهم.', 'قصفت')).toBeNull();
    expect(
      cueAt('وقال إن قرار 2216 يلزم الحوثيين بالانسحاب من صنعاء فورا والمدن الأخرى كلها.', 'بالانسحاب'),
    ).toBeNull();
  });
});

describe('a schedule governing its clause', () => {
  it('reads a trigger far after "من المقرر أن" as intention', () => {
    const plan = 'ومن المقرر أن تعقد اللجنة المشتركة بين البلدين اجتماعا في موسكو في شهر أكتوبر القادم.';
    expect(cueAt(plan, 'اجتماعا')).toBe('intent:المقرر');
  });
  it('keeps a trigger after a reported "أكد أن"', () => {
    expect(cueAt('وأكد المتحدث أن اللجنة المشتركة بين البلدين عقدت اجتماعا في موسكو أمس.', 'اجتماعا')).toBeNull();
  });
});

describe('English "earlier this year"', () => {
  it('reads it as background, opening the sentence or after the act', () => {
    expect(cueAt('Earlier this year, the two neighbours recalled their envoys.', 'recalled')).not.toBeNull();
    expect(cueAt('The council adopted a relief package earlier this year.', 'adopted')).not.toBeNull();
  });
  it('keeps "earlier this week" as the news', () => {
    expect(cueAt('The council adopted a relief package earlier this week.', 'adopted')).toBeNull();
  });
});
