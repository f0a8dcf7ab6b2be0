import { tokenize } from '../text/tokenize';
import { relativeAside } from './relative-aside-en';

const aside = (text: string, word: string) => {
  const tokens = tokenize(text);
  return relativeAside(
    tokens,
    tokens.findIndex((t) => t.surface === word),
    tokens.length,
  );
};

describe('English comma-set relative clauses', () => {
  it('reads the verb that opens one as a description of its head, not news', () => {
    expect(aside('The movement, which rejected the accord, said it would fight on.', 'rejected')).toBe(true);
    expect(aside('Ortega, who seized the radio station years ago, spoke on Friday.', 'seized')).toBe(true);
    expect(aside('The banker, who was convicted of fraud, lives abroad.', 'convicted')).toBe(true);
  });
  it('keeps the act when the clause dates it to the news days, or when no comma sets it off', () => {
    expect(aside('The army, which launched the assault on Monday, said 20 fighters died.', 'launched')).toBe(false);
    expect(aside('Police arrested the men who attacked the bus.', 'attacked')).toBe(false);
  });
  it('keeps what a speaker named after "said" goes on to say in the clause', () => {
    const text = '"There were clashes," said army spokesman Winthai Suvaree, who blamed Cambodian units for attacks.';
    expect(aside(text, 'blamed')).toBe(false);
    expect(aside('The army said the spokesman, who blamed the rebels in 2019, had left.', 'blamed')).toBe(true);
  });
});
