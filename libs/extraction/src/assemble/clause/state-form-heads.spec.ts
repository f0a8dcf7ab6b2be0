// "إلى جمهورية مصر", "في دولة الكويت": the preposition before a state's form (جمهورية, دولة, سلطنة) governs the state
// named after it, which is therefore no subject of the verb or masdar (isGoverned in actor-roles.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const actorOf = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'ar' }).find((e) => e.type === type)?.actor?.name ?? null;

describe('the form of a state after a preposition', () => {
  it('leaves the state a destination, not the visitor', () => {
    expect(
      actorOf(
        'يتوجه الأمير محمد بن سلمان ولي ولي العهد اليوم إلى جمهورية مصر في زيارة عمل يلتقي خلالها الرئيس.',
        'CONSULT',
      ),
    ).toBe('Mohammed bin Salman');
  });
  it('keeps a state named without a preposition as the subject', () => {
    expect(actorOf('وأجرت جمهورية مصر محادثات مع الأردن أمس.', 'CONSULT')).toBe('Egypt');
  });
});
