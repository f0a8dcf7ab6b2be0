import { RuleExtractor } from '../../extractor/rule-extractor';

describe("a country and its forces as one side's doer", () => {
  const ex = new RuleExtractor({ minConfidence: 0 });
  it('merges "Pakistan responded with artillery" into the Pakistani shelling told next, with its toll', () => {
    const body =
      "ISLAMABAD (Reuters) - The fighting erupted on Monday near the Chaman crossing, when Afghan forces opened fire on Pakistani border posts, according to Pakistan's military. " +
      'Pakistan responded with artillery and drone strikes, it said. Afghan officials said Pakistani shelling hit houses in Spin Boldak, killing six civilians.';
    const shelling = ex.extract({ id: 'p', body, language: 'en' }).filter((e) => e.mode === 'heavy-weapons');
    expect(shelling.map((e) => e.killed)).toEqual([6]);
  });

  it('keeps two countries apart', () => {
    const body =
      'SRINAGAR (Reuters) - Pakistani troops opened fire with mortars on villages in the Poonch sector, killing two civilians, Indian officials said. ' +
      'Indian troops responded with artillery fire on Pakistani posts across the frontier, the army said.';
    const doers = ex.extract({ id: 'q', body, language: 'en' }).filter((e) => e.type === 'ASSAULT');
    expect(new Set(doers.map((e) => e.actor?.country)).size).toBeGreaterThan(1);
  });
});
