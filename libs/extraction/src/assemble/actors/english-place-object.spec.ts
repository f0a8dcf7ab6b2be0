// A name after a preposition of place or aim is where or whom, not who (placeObject in english-actor-slots.ts):
// "A car bomb exploded near an army checkpoint … killing five soldiers" has no actor, not the army.
import { RuleExtractor } from '../../extractor/rule-extractor';

const extractor = new RuleExtractor({ minConfidence: 0 });
const assault = (text: string) =>
  extractor.extract({ id: 'a', body: text, language: 'en' }).find((e) => e.type === 'ASSAULT');

describe('names after prepositions of place are no actors', () => {
  it('reads no actor for a bomb that went off near an army checkpoint', () => {
    const e = assault(
      'A car bomb exploded near an army checkpoint in Mogadishu on Monday, killing five Somali soldiers, police said.',
    );
    expect(e?.killed).toBe(5);
    expect(e?.actor).toBeNull();
  });
  it('reads no actor past a compass word either', () => {
    const e = assault(
      'A mortar round exploded near the southern Somali army checkpoint on Monday, killing five soldiers.',
    );
    expect(e?.killed).toBe(5);
    expect(e?.actor).toBeNull();
  });
  it('still reads the doer before the place', () => {
    expect(
      assault('A suicide bomber blew himself up outside a police station in Quetta on Monday, killing three officers.')
        ?.actor?.name,
    ).toMatch(/suicide bomber/);
    expect(
      assault('Al-Shabaab fighters attacked an army checkpoint in Mogadishu on Monday, killing five soldiers.')?.actor
        ?.name,
    ).toMatch(/Shabaab/);
  });
});

describe('the victims of a killing are not the doers of the raid it was told in', () => {
  it('reads one attack by the military, not a second one by the militants it killed', () => {
    const events = extractor
      .extract({
        id: 'v',
        body: "ISLAMABAD (Reuters) - Pakistan's military said on Sunday it had killed 12 militants in a raid on a hideout in North Waziristan.",
        language: 'en',
      })
      .filter((e) => e.type === 'ASSAULT');
    expect(events).toHaveLength(1);
    expect(events[0].actor?.name).toBe('Pakistan military');
    expect(events[0].killed).toBe(12);
  });
});
