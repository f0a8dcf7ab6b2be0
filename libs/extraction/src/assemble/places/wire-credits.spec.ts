// Wire credits (wire-credits.ts): Reuters' reporting and editing lines and AP's "contributed" line are set aside,
// so their cities neither sharpen the lead's place nor become scenes; prose that says "reported by" is left alone.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { wireCredits } from './wire-credits';

const LEAD =
  'BEIRUT, Lebanon (AP) — An Israeli airstrike on a car in southern Lebanon killed two Hezbollah fighters on Monday, Lebanese security officials said.';

describe('wire credits', () => {
  it('finds the Reuters and AP credit lines', () => {
    const text = `${LEAD}\n\n(Reporting by Laila Bassam in Beirut; Editing by Alex Richardson)\nAssociated Press writer Samy Magdy in Cairo contributed to this report.`;
    const spans = wireCredits(text).map((s) => text.slice(s.start, s.stop));
    expect(spans).toEqual([
      '(Reporting by Laila Bassam in Beirut; Editing by Alex Richardson)',
      'Associated Press writer Samy Magdy in Cairo contributed to this report.',
    ]);
  });

  it('leaves "reported by" inside a sentence alone', () => {
    expect(wireCredits('The attack, reported by state media, killed five people in Aleppo.')).toEqual([]);
  });

  it('keeps the lead in its region when a credit names a city', () => {
    const extractor = new RuleExtractor({ minConfidence: 0 });
    const body = `${LEAD}\n\nReporting by Laila Bassam in Beirut; Editing by Alex Richardson`;
    const places = extractor.extract({ id: 'c1', body, language: 'en' }).map((e) => e.location?.name);
    expect(places).toContain('South Lebanon');
    expect(places).not.toContain('Beirut');
  });
});
