// '"We call on all parties …," the U.N. coordinator said': a statement quoted first is the speaker's named after the
// closing quote (english-quote-speaker.ts), even when the quotation opened a sentence before.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');

describe('quoteSpeaker', () => {
  it('reads the speaker named after the quotation', () => {
    expect(
      actorsOf('"We condemn this cowardly attack," Turkish Foreign Minister Hakan Fidan said on Sunday.', 'ACCUSE'),
    ).toEqual(['Hakan Fidan']);
    expect(
      actorsOf(
        'Taliban spokesman Zabihullah Mujahid said 3,100 people were injured.\n\n"We urgently need tents. We call on the international community not to leave the Afghan people alone," Mujahid told a news conference.',
        'REQUEST',
      ),
    ).toEqual(['Zabihullah Mujahid']);
  });

  it('leaves a statement outside quotes, or a quotation with no speaker after it, alone', () => {
    expect(actorsOf('"We condemn this cowardly attack." Hakan Fidan was in Ankara.', 'ACCUSE')).toEqual([null]);
  });
});

describe('a participle after a closing quote', () => {
  it("is the speaker's: '…would not hand over its weapons \"while Israel occupies our land\", rejecting …'", () => {
    expect(
      actorsOf(
        'Hezbollah chief Naim Qassem said the group would not hand over its weapons "while Israel occupies our land", rejecting the government\'s disarmament timetable.',
        'REJECT',
      ),
    ).toEqual(['Naim Qassem']);
  });
});
