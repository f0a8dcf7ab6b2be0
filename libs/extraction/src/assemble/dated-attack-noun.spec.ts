// A recalled, dated attack keeps its own place and toll (dated-attack-noun.ts).
import { RuleExtractor } from '../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const assaults = (body: string) => rules.extract({ id: 't', body, language: 'en' }).filter((e) => e.type === 'ASSAULT');

describe('a dated attack the sentence recalls', () => {
  it('does not lend its place or toll to the reported strike', () => {
    const out = assaults(
      'India said it had targeted camps used to plan the April attack in Pahalgam that killed 26 men.',
    );
    expect(out.map((e) => e.location?.name)).not.toContain('Pahlgam');
    expect(out.map((e) => e.killed)).not.toContain(26);
  });
  it('leaves an undated attack its place and toll', () => {
    const out = assaults(
      'Militants attacked a police post in Pahalgam on Monday in an attack that killed three officers.',
    );
    expect(out.map((e) => e.location?.name)).toContain('Pahlgam');
    expect(out.map((e) => e.killed)).toContain(3);
  });
});
