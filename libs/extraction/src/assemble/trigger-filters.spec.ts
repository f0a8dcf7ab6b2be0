// English trigger words that report no happening of their own, checked through the whole extractor: the scope of
// a sanction, a hyphenated "-backed" adjective and a speaker's judgement of an attack already reported.
import { RuleExtractor } from '../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'en' }).map((e) => e.type);

describe('English non-happenings', () => {
  it('reads "sanctions ..., targeting tankers" as a sanction, not an attack', () => {
    const out = types('In Brussels, EU ambassadors approved a package of sanctions against Russia, targeting 100 tankers.');
    expect(out).toContain('SANCTION');
    expect(out).not.toContain('ASSAULT');
  });
  it('reads "aid ..., targeting children" as aid, not an attack', () => {
    const out = types('UNICEF delivered nutrition supplies to 14 health facilities in Hajjah, targeting children under five.');
    expect(out).not.toContain('ASSAULT');
  });
  it('still reads "targeted" after no sanction as an attack', () => {
    expect(types('Drones targeted a fuel depot in Odesa on Monday.')).toContain('ASSAULT');
  });
  it('does not read an "Iran-backed" militia as support', () => {
    expect(types('Kataib Hezbollah, an Iran-backed militia, denied any involvement.')).not.toContain('SUPPORT');
  });
  it('does not read a speaker calling an attack a massacre as a second attack', () => {
    const out = rules
      .extract({ id: 't', body: 'Hamas described the attack as a "horrific massacre" on Sunday.', language: 'en' })
      .filter((e) => e.type === 'ASSAULT');
    expect(out.map((e) => e.mode)).not.toContain('massacre');
  });
});
