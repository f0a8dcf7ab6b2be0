// A physical masdar behind a glued ب is the object of the verb before it ("ندد X بالهجوم"): that verb's subject is
// not the doer, unless the verb is one of doing or starting ("قام X بقصف").
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' });
const actorOf = (body: string, type: string) => events(body).find((e) => e.type === type)?.actor?.name ?? null;

describe('masdar after ب', () => {
  it('does not give an attack to the one who condemned it', () => {
    expect(actorOf('ندد رئيس الوزراء التركي أحمد داود أوغلو بالهجوم الانتحاري في مدينة سروج.', 'ASSAULT')).toBeNull();
  });
  it('keeps the subject of a verb of doing before ب', () => {
    expect(actorOf('قام الجيش الليبي أمس بقصف مواقع في مدينة بنغازي.', 'ASSAULT')).toBe('Libyan National Army');
  });
});
