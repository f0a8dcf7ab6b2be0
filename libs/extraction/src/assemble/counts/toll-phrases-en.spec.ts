import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const killedIn = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

describe('English toll phrases', () => {
  it('reads a toll whose verb of rising follows a long phrase naming the happening', () => {
    expect(
      killedIn(
        'The death toll from a Russian missile strike on an apartment block in the Ukrainian city of Dnipro rose to 40 on Monday, officials said.',
      ),
    ).toBe(40);
    expect(
      killedIn(
        'The death toll from a suicide bombing inside a mosque at a police headquarters in the northwestern city of Peshawar rose to 34 on Tuesday.',
      ),
    ).toBe(34);
  });
  it('reads no far toll across a hedge or a comma', () => {
    expect(killedIn('The death toll from the fighting in the north of the country could rise to 40.')).toBeNull();
    expect(
      killedIn(
        'The death toll from the attack on the market in the town of Kasese was not given, but the number of displaced people in camps of the province rose to 4,000.',
      ),
    ).toBeNull();
  });
  it('takes a rival figure given as "the number of dead" as the toll instead of adding it to the first', () => {
    expect(
      killedIn(
        'Soldiers killed at least 20 civilians in the town, residents said, and the rights commission later put the number of dead at 45.',
      ),
    ).toBe(45);
    expect(killedIn('Gunmen killed 12 people, the ministry said, putting the number of people killed at 15.')).toBe(15);
  });
});

describe('a since that ranks the happening', () => {
  it('keeps the toll of a happening called the deadliest or the first since an earlier time', () => {
    expect(killedIn('The attack killed 12 people, the deadliest since 2019.')).toBe(12);
    expect(
      killedIn(
        'A missile attack on a commercial ship killed three crew members, the first fatalities since the group began targeting shipping in November.',
      ),
    ).toBe(3);
  });
  it('still reads a toll counted since a date as cumulative', () => {
    expect(killedIn('The war has killed 500 people since 2019.')).toBeNull();
    expect(killedIn('Attacks have killed more than 300 people since January.')).toBeNull();
  });
});
