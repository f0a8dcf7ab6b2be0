import { RuleExtractor } from './rule-extractor';

const extractor = new RuleExtractor({ minConfidence: 0 });
const BODY =
  'MOGADISHU (AP) — A truck packed with explosives blew up at a crowded market in Mogadishu on Saturday, police said. ' +
  'Police officer Ali Hassan said the dead included traders and two soldiers guarding the gate.';
const assaults = (title: string, body = BODY) =>
  extractor.extract({ id: 't', title, body, language: 'en' }).filter((e) => e.type === 'ASSAULT');

describe('the headline toll lent to the lead attack', () => {
  it('gives a lead attack without a figure the toll its headline tells', () => {
    const [attack] = assaults('Nine killed as truck bomb hits market in Mogadishu');
    expect(attack.killed).toBe(9);
  });

  it('lends the wounded of "N dead, M hurt" with the dead', () => {
    const [attack] = assaults('Six dead, 14 hurt in market bombing in Mogadishu');
    expect([attack.killed, attack.injured]).toEqual([6, 14]);
  });

  it('leaves a lead that tells its own figure alone', () => {
    const body = 'MOGADISHU (AP) — A truck bomb killed seven people at a crowded market in Mogadishu on Saturday.';
    const [attack] = assaults('Nine killed as truck bomb hits market in Mogadishu', body);
    expect(attack.killed).toBe(7);
  });

  it('lends nothing from a headline without a toll', () => {
    const [attack] = assaults('Truck bomb hits market in Mogadishu');
    expect(attack.killed).toBeNull();
  });

  it('lends nothing to an attack told only after the lead', () => {
    const body =
      'MOGADISHU (AP) — Somalia’s president met clan elders in Mogadishu on Saturday. They discussed the elections. ' +
      'Later a truck packed with explosives blew up at a crowded market in the city, police said.';
    const attacks = assaults('Nine killed as truck bomb hits market in Mogadishu', body);
    expect(attacks.map((a) => a.killed)).not.toContain(9);
  });
});
