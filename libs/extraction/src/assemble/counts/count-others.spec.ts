import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const killed = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

describe('others killed beside someone named without a figure', () => {
  it('counts the others and the one they died with', () => {
    expect(killed('قتل القائد الميداني مع ثلاثة آخرين في غارة')).toBe(4);
    expect(killed('أن مسؤولا بارزا في الجماعة قتل مع حارسين اثنين آخرين')).toBe(3);
    expect(killed('قتل الضابط مع اثنين من مرافقيه')).toBe(3);
    expect(killed('The district chief was killed along with two others in the ambush')).toBe(3);
    expect(killed('A rebel commander was killed with four of his bodyguards')).toBe(5);
  });
  it('leaves a clause with its own figure, and injuries of "others", alone', () => {
    expect(killed('قتل 6 جنود مع 2 آخرين')).toBe(6);
    expect(killed('Four soldiers were killed along with two others')).toBe(4);
    expect(killed('قتل 3 وأصيب 5 آخرون')).toBe(3);
    expect(killed('The driver was killed with two of the passengers')).toBe(2);
  });
});
