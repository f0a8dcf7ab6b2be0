// Arabic subjects that were misread: a partitive group before an active verb ("عناصر من داعش هاجموا") acted; after
// "إن X" the phrase following the verb is its object; groups of people appeal ("طالب نشطاء"), and a light verb's
// plain subject does its masdar ("وجه ناشطون نداء"); who foiled an attack ("إحباط محاولة هجوم") or voiced concern
// about it ("عن قلقها إزاء تجدد الاشتباكات") did not make it; a group after من قبل did the passive act; a noun of
// protesters ("على متظاهرين") is its protest's actor, not the police dispersing it.
import { actorName, fieldsOf } from '../../extractor/fields-of';
import { tokenize } from '../../text/tokenize';
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, Span } from '../assemble.types';
import { isVictim } from '../clause/actor-roles';
import { foiled } from '../clause/subject-verbs';

function mention(text: string, word: string): { tokens: ReturnType<typeof tokenize>; span: Span<ActorLike> } {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.surface === word);
  const span = {
    first: at,
    end: at + 1,
    start: tokens[at].start,
    stop: tokens[at].end,
    surface: word,
    value: { id: 'x', name: 'X', kind: 'armed_group', country: null },
  } as Span<ActorLike>;
  return { tokens, span };
}

const trigger = (tokens: ReturnType<typeof tokenize>, word: string, voice: string, killing: boolean) => {
  const at = tokens.findIndex((t) => t.surface === word);
  return { first: at, end: at + 1, spec: { type: 'ASSAULT', voice, killing } } as unknown as TriggerMatch;
};

describe('a partitive group before an active verb', () => {
  it('is the subject of the verb, not its victim', () => {
    const { tokens, span } = mention('أفاد مصدر أمني بأن عناصر من داعش هاجموا مقر الفوج الثالث', 'داعش');
    expect(isVictim(tokens, span, trigger(tokens, 'هاجموا', 'verb', false))).toBe(false);
  });
  it('is still the victim of a death verb or a masdar', () => {
    const a = mention('وكان 13 عنصرا من داعش قتلوا في المواجهات', 'داعش');
    expect(isVictim(a.tokens, a.span, trigger(a.tokens, 'قتلوا', 'verb', true))).toBe(true);
    const b = mention('أسفر القصف عن مقتل عناصر من داعش في الهجوم', 'داعش');
    expect(isVictim(b.tokens, b.span, trigger(b.tokens, 'الهجوم', 'noun', false))).toBe(true);
  });
});

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('a plain subject between إن and the verb', () => {
  it('acts; the phrase after the verb is its object', () => {
    const body = 'وقال مسؤول عراقي إن رئيس الأركان الأمريكي طالب رئيس الوزراء العراقي بالحفاظ على التزامه.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['رئيس الأركان الأمريكي']);
  });
  it('leaves a verb-first sentence to the phrase after the verb', () => {
    expect(actorsOf('طالبت وزارة الخارجية المصرية المجتمع الدولي بالتحرك.', 'REQUEST')[0]).toMatch(/Egypt|وزارة/);
  });
});

describe('members of parliament as a plain subject', () => {
  it('reads نواب as the head of the subject after the verb', () => {
    expect(actorsOf('هدد نواب محافظون بسحب الثقة من الحكومة.', 'THREATEN')).toEqual(['نواب محافظون']);
  });
  it('ends a phrase at a sound plural with its nun: the definite name after it is the object', () => {
    expect(actorsOf('وانتقد نواب معارضون الحكومة التركية بسبب الغارات.', 'ACCUSE')).toEqual(['نواب معارضون']);
    expect(actorsOf('وهدد نواب متشددون الرئيس روحاني بإلغاء الاتفاق.', 'THREATEN')).toEqual(['نواب متشددون']);
  });
});

describe('a definite plural of people after a verb of speech', () => {
  it('is the subject; the name after it is the object', () => {
    expect(actorsOf('واتهم الانفصاليون الجيش الأوكراني بتكثيف هجومه.', 'ACCUSE')).toEqual(['separatists']);
  });
  it('leaves nouns of things to the dictionary name after them', () => {
    expect(actorsOf('وانتقدت الشؤون الإسلامية الحكومة.', 'ACCUSE')[0]).not.toBe('الشؤون');
  });
});

describe('a plain subject between كان and the verb', () => {
  it('acted, whatever plural heads it', () => {
    const body = 'وكان متطرفون فتحوا الخميس النار من سوريا على مركز حدودي للجيش التركي في كيليس.';
    expect(actorsOf(body, 'ASSAULT')).toEqual(['متطرفون']);
  });
});

describe('plain subjects of appeals and light verbs', () => {
  it('reads a group of people as the subject of an appeal', () => {
    expect(actorsOf('وطالب نشطاء في مجال حقوق الإنسان الحكومة بالإفراج عن المعتقلين.', 'REQUEST')).toEqual(['نشطاء']);
  });
  it('does not read a group of people after an arrest verb as its doer', () => {
    expect(actorsOf('واعتقل ناشطون خلال تظاهرة في المدينة أمس.', 'COERCE')).not.toContain('ناشطون');
  });
  it('gives a masdar the plain subject of its light verb', () => {
    const body = 'من جهة ثانية، وجه ناشطون فلسطينيون في لبنان نداء إلى الأمم المتحدة للتدخل العاجل.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['ناشطون فلسطينيون']);
    expect(actorsOf('عقد مجلس الشؤون السياسية والأمنية اجتماعاً في قصر السلام بجدة.', 'CONSULT')).toEqual([
      'مجلس الشؤون السياسية',
    ]);
  });
});

describe('an attack that was foiled', () => {
  const at = (text: string, word: string) => {
    const tokens = tokenize(text);
    const i = tokens.findIndex((t) => t.surface === word);
    return foiled(tokens, { first: i, end: i + 1 } as unknown as TriggerMatch);
  };
  it('is the object of the foiling word, across a demonstrative or "attempt"', () => {
    expect(at('ساهمت يقظة رجال الأمن في إبطال عملية الاغتيال', 'الاغتيال')).toBe(true);
    expect(at('وشاركت طائرات التحالف في صد هذا الهجوم', 'الهجوم')).toBe(false);
    expect(at('وتمكنت قوات الأمن من إحباط محاولة هجوم للإرهابيين', 'هجوم')).toBe(true);
    expect(at('وشنت قوات الأمن هجوما على المسلحين', 'هجوما')).toBe(false);
  });
  it('does not take those who foiled it as its doers', () => {
    expect(actorsOf('وتمكنت قوات الأمن العراقية من إحباط محاولة هجوم للإرهابيين في الرمادي.', 'ASSAULT')).not.toContain(
      'Iraq police',
    );
  });
});

describe('fighting a statement is about', () => {
  it('is not done by the body that voices concern about it', () => {
    const body = 'أعربت بعثة الأمم المتحدة للدعم في ليبيا عن قلقها إزاء تجدد الاشتباكات في مدينة سبها.';
    expect(actorsOf(body, 'ASSAULT')).not.toContain('United Nations');
  });
});

describe('a group named as the agent after من قبل', () => {
  it('is the doer of the passive act', () => {
    const body = 'وقتل تسعة عسكريين في إطلاق نار من قبل مجموعة إرهابية باتجاه مفرزة للجيش بولاية عين الدفلى.';
    expect(actorsOf(body, 'ASSAULT')).toEqual(['مجموعة إرهابية']);
  });
});

describe('a noun of protesters', () => {
  it('is the actor of its protest, not the police or authorities around it', () => {
    expect(actorsOf('الشرطة التركية تطلق مدافع المياه والغاز على متظاهرين في انقرة', 'PROTEST')).toEqual(['متظاهرين']);
    // (A ban, "ستمنع متظاهرين من تنظيم مسيرة", holds no protest: patterns/ar/banned-protests.spec.ts.)
    const body = 'وقالت السلطات التركية أمس إن متظاهرين نظموا مسيرة سلام في مدينة إسطنبول اليوم.';
    expect(actorsOf(body, 'PROTEST')).toEqual(['متظاهرين']);
  });
});
