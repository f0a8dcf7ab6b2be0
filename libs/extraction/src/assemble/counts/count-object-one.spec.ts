import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const killed = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

describe('an Arabic singular victim in the accusative after the subject', () => {
  it('counts one for the person a killing verb takes as its object', () => {
    expect(killed('قتلت طائرة مسيرة قياديا بارزا في الحركة')).toBe(1);
    expect(killed('وقتل مسلحون مجهولون شرطيا قرب الحاجز')).toBe(1);
  });
  it('stops at a comma, a figure or a kana-type verb', () => {
    expect(killed('وقتل المسلحون، متهما الشرطة بالتقصير')).toBeNull();
    expect(killed('وقبيل مقتله كان مسؤولا عن الملف')).toBeNull();
    expect(killed('قتلت الغارة 5 أشخاص بينهم طفلا')).toBe(5);
  });
});
