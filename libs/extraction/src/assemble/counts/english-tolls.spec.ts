import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import { tollFigure } from './english-tolls';

const figure = (text: string) => {
  const tokens = tokenize(text);
  return tollFigure(tokens, 0, tokens.length);
};

describe('English toll-only sentences', () => {
  it('reads the figure a toll sentence gives', () => {
    expect(figure('The death toll has risen to 55, officials said.')).toBe(55);
    expect(figure('The Syrian Observatory later put the toll at 15, including four children.')).toBe(15);
    expect(figure('Leaders found two more bodies, bringing the number of dead to eight.')).toBe(8);
    expect(figure('The army gave a toll of 19 dead.')).toBe(19);
  });
  it('reads no figure in forecasts, vague or cumulative tolls', () => {
    expect(figure('Officials warned the toll could rise to 100.')).toBeNull();
    expect(figure('The toll rose to dozens.')).toBeNull();
    expect(figure('The toll since the war began has risen to 40,000.')).toBeNull();
    expect(figure('The army did not give a toll for its losses.')).toBeNull();
  });
  it("fills the previous sentence's attack when it has no figure of its own", () => {
    const ex = new RuleExtractor({ minConfidence: 0 });
    const body =
      'KABUL — A bomb exploded at a mosque in the city of Kunduz on Friday. The death toll has risen to 55, officials said.';
    const [attack] = ex.extract({ id: 't', body, language: 'en' }).filter((e) => e.type === 'ASSAULT');
    expect(attack.killed).toBe(55);
    const counted =
      'KABUL — A bomb exploded at a mosque in the city of Kunduz on Friday, killing 12 people. The death toll later rose to 55.';
    const [first] = ex.extract({ id: 't2', body: counted, language: 'en' }).filter((e) => e.type === 'ASSAULT');
    expect(first.killed).toBe(12);
  });
  it('never fills from a disaster toll', () => {
    const ex = new RuleExtractor({ minConfidence: 0 });
    const quake =
      'Rebels attacked an army post in the town of Kani on Tuesday. The toll from the quake had risen to 3,003.';
    const [post] = ex.extract({ id: 't4', body: quake, language: 'en' }).filter((e) => e.type === 'ASSAULT');
    expect(post.killed).toBeNull();
  });
});
