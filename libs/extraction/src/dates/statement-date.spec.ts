import { tokenize } from '../text/tokenize';
import { datesStatement } from './statement-date';

/** Whether the weekday in `text` dates a statement. */
const statementDay = (text: string) => {
  const tokens = tokenize(text);
  return datesStatement(
    tokens,
    tokens.findIndex((t) => /day$/.test(t.norm)),
  );
};

describe('a day that dates a statement', () => {
  it("reads the day right after a verb of saying as the statement's", () => {
    expect(statementDay('The commission said on Wednesday that 13 people had been killed')).toBe(true);
    expect(statementDay('A security source told Reuters on Wednesday that 70 had been killed')).toBe(true);
    expect(statementDay('The army said in a statement on Friday that it had struck militants')).toBe(true);
    expect(statementDay('The ministry said late on Monday that 20 were wounded')).toBe(true);
  });
  it('keeps a day that dates the happening', () => {
    expect(statementDay('Gunmen killed five people on Tuesday, police said')).toBe(false);
    expect(statementDay('Police opened fire on protesters on Tuesday')).toBe(false);
  });
});
