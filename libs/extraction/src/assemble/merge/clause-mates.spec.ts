import { RuleExtractor } from '../../extractor/rule-extractor';

describe('two English mentions of one type in one clause', () => {
  const ex = new RuleExtractor({ minConfidence: 0 });
  it('are one clash when its two sides read as clashing doers', () => {
    const body =
      'DAMASCUS (Reuters) - Fighting between Druze gunmen and Bedouin tribal fighters on the edge of Sweida province killed at least 14 people on Friday, a war monitor said.\n\n' +
      'Israel then carried out a drone strike on government armoured vehicles heading towards Sweida. State media said two soldiers were killed.';
    const lead = ex
      .extract({ id: 'c', body, language: 'en' })
      .filter((e) => e.type === 'ASSAULT' && e.evidence.start === 0);
    expect(lead.map((e) => e.killed)).toEqual([14]);
  });

  it('stay two happenings when two named doers do other acts', () => {
    const body =
      "DUBAI (AP) - Yemen's Houthi rebels fired two anti-ship missiles at a cargo ship in the Red Sea on Monday, injuring two crew members, hours before U.S. warplanes struck the port of Hodeidah.";
    const doers = ex.extract({ id: 'h', body, language: 'en' }).filter((e) => e.type === 'ASSAULT');
    expect(doers.map((e) => e.actor?.name)).toEqual(['Houthis', 'United States military']);
  });
});
