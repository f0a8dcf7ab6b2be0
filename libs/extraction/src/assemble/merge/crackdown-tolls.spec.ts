import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const crackdown = (body: string) =>
  ex.extract({ id: 'k', body, language: 'en' }).find((e) => e.type === 'COERCE' && e.mode === 'crowd-control');

describe('the dead of a crackdown told in the next sentence', () => {
  it('count on the crowd-control act', () => {
    const body =
      'MAPUTO (Reuters) - Mozambican police fired tear gas and live rounds at protesters in Maputo on Wednesday as the new president was sworn in, rights groups said. ' +
      "Civil society platform Plataforma Decide said at least four people were shot dead in the capital's Malhangalene neighbourhood.";
    expect(crackdown(body)?.killed).toBe(4);
  });

  it('do not include a killing whose doers the text names', () => {
    const body =
      'NAIROBI (Reuters) - Kenyan police fired tear gas at protesters in Nairobi on Tuesday. ' +
      'Al Shabaab militants killed three soldiers in an ambush near Mandera, the army said.';
    expect(crackdown(body)?.killed).toBeNull();
  });

  it('do not include a war toll a later sentence lends to the background clashes of the next one', () => {
    const body =
      'IMPHAL, India (Reuters) - Hundreds of students marched in Imphal on Sunday. Police fired tear gas to disperse them, and about 40 students were injured. ' +
      'Manipur has been gripped by clashes between the mostly Hindu Meitei majority and the mainly Christian Kuki-Zo people since May 2023. ' +
      'More than 220 people have been killed and about 60,000 displaced.';
    expect(crackdown(body)?.killed).toBeNull();
    expect(crackdown(body)?.injured).toBe(40);
  });
});
