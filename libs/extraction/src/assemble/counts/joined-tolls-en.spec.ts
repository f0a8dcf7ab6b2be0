import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const assaults = (body: string) => ex.extract({ id: 't', body, language: 'en' }).filter((e) => e.type === 'ASSAULT');

describe('English toll sentences placed at the attack told before them', () => {
  it('fold into that attack even when their clause seemed to name another doer', () => {
    const passive = assaults(
      'The Kenyan army said it had carried out an airstrike on Sunday against al-Shabaab fighters near Kismayo. ' +
        'Its first assessment was that five militants were killed.',
    );
    expect(passive).toHaveLength(1);
    expect(passive[0].killed).toBe(5);
    const spoken = assaults(
      'Israeli jets struck targets near Khan Younis on Tuesday. A Hamas spokesman said the strikes killed seven civilians.',
    );
    expect(spoken).toHaveLength(1);
    expect(spoken[0].killed).toBe(7);
  });
});

describe('English toll told by "the attack" after a seizure', () => {
  const seizures = (body: string) => ex.extract({ id: 't', body, language: 'en' }).filter((e) => e.type === 'COERCE');
  it('gives the seizure told before it that toll', () => {
    const taken = seizures(
      'Rebels overran the town of Goma on Sunday. The attack left at least 12 people dead, officials said.',
    );
    expect(taken.map((e) => e.killed)).toEqual([12]);
  });
  it('leaves a period total alone', () => {
    const taken = seizures('Rebels overran the town of Goma on Sunday. The war has left 4000 people dead since 2022.');
    expect(taken.map((e) => e.killed)).toEqual([null]);
  });
});
