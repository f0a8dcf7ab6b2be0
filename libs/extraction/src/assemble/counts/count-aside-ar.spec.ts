import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const killed = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

describe('an Arabic aside between the counted subject and its casualty verb', () => {
  it('counts the figure before the aside', () => {
    expect(killed('أفاد مصدر أن 12 شخصا، معظمهم من النساء، قتلوا في القصف')).toBe(12);
    expect(killed('قال الجيش إن أربعة جنود، بينهم ضابط، استشهدوا في الكمين')).toBe(4);
    expect(killed('ذكرت الشرطة أن 9 مدنيين، من بينهم طفلان، قتلوا في الانفجار')).toBe(9);
  });
  it('leaves a figure after the verb, and an aside with no punctuation, to the plain pairing', () => {
    expect(killed('قتل 7 أشخاص، بينهم طفلان، في الانفجار')).toBe(7);
    expect(killed('أصيب 5 أشخاص بينهم طفلان قتل أحدهم')).not.toBe(5);
  });
});
