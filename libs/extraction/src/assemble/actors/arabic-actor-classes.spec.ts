// Arabic actor classes with the real dictionary: a coordinated verb shares the clause's opening subject, a
// circumstantial participle (داعيا، مطالبا) the sentence's subject, a passive agent the dictionary lacks is read from
// the text, the addressee of a statement (لـ"الرياض") does nothing, a person follows the office he holds, and
// organisations and people added to the dictionary.
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => ex.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' });
const actorsOf = (body: string, type: string) =>
  events(body)
    .filter((e) => e.type === type)
    .map((e) => e.actor?.name ?? null);

describe('Arabic actor classes', () => {
  it('a coordinated verb shares the subject its clause opens with, not the first verb’s object', () => {
    const body = 'في المقابل، حمل الحوثيون الأمم المتحدة مسؤولية هزائمهم على الأرض، واتهموها بالتورط في خرق الهدنة.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['Houthis']);
  });

  it('a circumstantial participle reports a second act of the sentence’s speaker', () => {
    const body =
      'وقال أحمد البيلاوي إن القوات الأمنية حققت تقدما في الأنبار، مناشدا التحالف الدولي تكثيف الضربات الجوية.';
    const actors = actorsOf(body, 'REQUEST');
    expect(actors.length).toBeGreaterThan(0);
    expect(actors).not.toContain('US-led coalition');
  });

  it('reads a passive agent the dictionary has no name for', () => {
    const body = 'المظاهرات في البصرة أدت إلى مقتل أربعة أشخاص من المتظاهرين جراء إطلاق النار عليهم من قبل قوات أمنية.';
    expect(actorsOf(body, 'ASSAULT')).toContain('قوات أمنية');
  });

  it('the outlet a statement was made to is not the doer', () => {
    const body = 'وقالت مصادر محلية وفي المقاومة ل"الرياض" ان 22 مسلحاً من الحوثيين قتلوا في عدن.';
    expect(actorsOf(body, 'ASSAULT')).not.toContain('Saudi Arabia');
  });

  it('a person named after the office he holds is the subject of the verb', () => {
    const body = 'نفى مساعد وزير الداخلية لقطاع السجون اللواء حسن السوهاجي ما تردد عن تعذيب السجناء.';
    expect(actorsOf(body, 'REJECT')).toEqual(['حسن السوهاجي']);
    const rule = ex
      .explain({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' })
      .find((e) => e.event.type === 'REJECT')?.explain.actorRule;
    expect(rule).toBe('subject after verb (VSO)');
  });

  it('knows the Palestinian National Council and Davutoglu by name', () => {
    expect(actorsOf('ودان المجلس الوطني الفلسطيني واستنكر بشدة مصادقة كنيست الاحتلال على القانون.', 'ACCUSE')).toEqual([
      'Palestinian National Council',
    ]);
    expect(actorsOf('داود أوغلو يتوعد داعش بعد تفجير سروج', 'THREATEN')).toEqual(['Ahmet Davutoglu']);
  });
});
