// Arabic nouns in the accusative carry a written alif (استنفارا, هجوما): they still match their noun triggers,
// while verbs whose alif is their own (دعا) keep their reading.
import { tokenize } from '../text/tokenize';
import { triggerIndex } from './lexicon';
import { compileTriggers } from './compile-triggers';
import { matchTriggers } from './match-triggers';
import { triggers } from './trigger.types';

const matched = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => `${m.spec.type}/${m.spec.mode}`);
};

describe('accusative nouns', () => {
  it('matches a noun trigger written with the accusative alif', () => {
    expect(matched('شهدت مدينة مصراتة أمس استنفارا أمنيا كبيرا')).toContain('MOBILIZE/alert');
    expect(matched('شن المسلحون هجوما على حاجز للجيش')[0]).toMatch(/^ASSAULT\//);
  });
  it('leaves a verb whose alif is its own to the verb lexicon', () => {
    expect(matched('دعا الوزير إلى الحوار')).toEqual(['REQUEST/call']);
  });
});

describe('diplomatic wording', () => {
  it('reads a protest note as an accusation, not a street protest', () => {
    expect(matched('وسلمت الخارجية البحرينية القائم بالأعمال مذكرة احتجاج رسمية')).toEqual(['ACCUSE/protest-note']);
    expect(matched('وقال البيان إن باكستان تتقدم باحتجاج على هذا العمل')).toEqual(['ACCUSE/protest-note']);
  });
  it('does not read an unnamed source as a refusal', () => {
    expect(matched('وقال مسؤول تركي رفض الكشف عن هويته إن التحقيق مستمر')).toEqual([]);
    expect(matched('رفض الوزير الاقتراح')).toEqual(['REJECT/refuse']);
  });
});

describe('sourcing phrases', () => {
  it('does not read "asked not to be named" as a request', () => {
    expect(matched('قال مسؤول محلي طلب عدم ذكر اسمه إن القتلى مدنيون')).toEqual([]);
    expect(matched('طلب الوزير مساعدة دولية')).toEqual(['REQUEST/call']);
  });
});

describe('requests as background', () => {
  it('does not read "at the request of" as a request', () => {
    expect(matched('أعلنت قيادة التحالف الهدنة بناء على طلب الرئيس اليمني')).not.toContain('REQUEST/call');
    expect(matched('وذلك بناء على طلب الرئيس')).toEqual([]);
  });
  it('does not read "which required" after ما as a request', () => {
    expect(matched('تأخر تسليم الجسر، مما تطلب جهدا كبيرا من العمال')).not.toContain('REQUEST/call');
    expect(matched('تصاعدت الأزمة ما يتطلب تعاون الجميع')).not.toContain('REQUEST/call');
    expect(matched('طلب الوزير مساعدة دولية')).toContain('REQUEST/call');
  });
});

describe('gaps count words, a hyphenated compound as one', () => {
  const matchedEn = (text: string) => {
    const index = triggerIndex('en');
    if (!index) throw new Error('no English lexicon');
    return matchTriggers(tokenize(text), index).map((m) => m.spec.phrase);
  };
  it('reads "fired two anti-ship missiles" through its two-word gap', () => {
    expect(matchedEn('The rebels fired two anti-ship missiles at the vessel.')).toContain('fired ~ missiles');
  });
  it('still stops after two whole words', () => {
    expect(matchedEn('The rebels fired their first two long range missiles.')).not.toContain('fired ~ missiles');
  });
});

// Gapped phrases are filed under one of their later words and tried only in clauses holding it; which phrase wins
// must not depend on that filing: the longest match, and of equally long ones the earlier declared.
describe('gapped phrases filed by a later word', () => {
  // Filed by their least shared word: the first and third under "militia", the second under "crimes".
  const index = compileTriggers(
    triggers('ACCUSE', [
      ['long', 'verb', 0.6, 'said ~~~ militia ~ committed ~ crimes', {}],
      ['second', 'verb', 0.6, 'said ~~~ crimes ~ committed', {}],
      ['third', 'verb', 0.6, 'said ~~~ militia committed', {}],
      ['plain', 'verb', 0.5, 'said', {}],
    ]),
  );
  const found = (text: string) => matchTriggers(tokenize(text), index).map((m) => m.spec.mode);

  it('matches a gapped phrase only where its later words stand', () => {
    expect(found('he said the militia committed them')).toEqual(['third']);
    expect(found('he said the militia left the town')).toEqual(['plain']);
  });
  it('keeps the longest match, and of equally long ones the earlier ranked, whatever its file', () => {
    expect(found('he said the militia committed new crimes')).toEqual(['long']);
    expect(found('he said the crimes militia committed')).toEqual(['second']);
  });
});

// A verb reading looks at what is written before the stem (its last letter aside, which a pronoun changes): a
// conjunction or the future marker lets the verb read, a glued preposition before a past form makes it a masdar.
describe('what is written before a verb', () => {
  const requests = (text: string) => matched(text).filter((m) => m.startsWith('REQUEST/'));
  it('reads the verb after و, ف or س, not after a preposition on its past form', () => {
    expect(requests('وطالب الوزير بالإفراج عن المعتقلين')).toEqual(['REQUEST/demand']);
    expect(requests('فطالب الوزير بالإفراج عن المعتقلين')).toEqual(['REQUEST/demand']);
    expect(requests('وسيطالب الوزير بالإفراج عن المعتقلين')).toEqual(['REQUEST/demand']);
    expect(requests('جاء الوزير لطالب بالإفراج عن المعتقلين')).toEqual([]);
  });
});
