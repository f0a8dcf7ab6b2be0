// A happening named as what a statement mentions or comments on is one told before (english-mentioned-act.ts): it
// adds no event and lends no place of the commenting sentence.
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });

function assaults(body: string): (string | null)[] {
  return all
    .explain({ id: 't', body, language: 'en' })
    .filter((e) => e.event.type === 'ASSAULT')
    .map((e) => e.event.location?.name ?? null);
}

describe('English acts named as what a statement mentions', () => {
  it('does not place an air strike at the city of a meeting whose statement "did not mention" it', () => {
    const body =
      'An air strike on a market in the north killed 12 people on Monday, residents said. In the capital Lusaka, ' +
      'the regional envoy met the army chief on Tuesday, his office said in a statement that did not mention the air strike.';
    expect(assaults(body)).not.toContain('Lusaka');
  });

  it('adds no second shelling where a spokesman "would not respond to" or "comment on" it', () => {
    const body =
      'Rebels shelled a camp near Goma on Sunday, killing eight people. The rebel command did not comment on the ' +
      'shelling, and a spokesman in Kinshasa would not respond to this latest attack.';
    expect(assaults(body)).toEqual(['Goma']);
  });

  it('keeps an attack that is not the object of a commenting verb', () => {
    const body = 'Rebels shelled a camp near Goma on Sunday. A spokesman said the attack near Beni killed four people.';
    expect(assaults(body)).toContain('Beni');
  });
});
