// Purpose clauses carried out by the act they hang on, versus intentions.
import { tokenize } from '../text/tokenize';
import { carriedOutPurpose, operationPurpose } from './purpose-clauses';

const toIn = (text: string) => {
  const tokens = tokenize(text);
  return carriedOutPurpose(
    tokens,
    tokens.findIndex((t) => t.norm === 'to'),
    0,
  );
};
const arabicPurpose = (text: string, word: string) => {
  const tokens = tokenize(text);
  return operationPurpose(
    tokens,
    tokens.findIndex((t) => t.surface === word),
    0,
  );
};

describe('carriedOutPurpose', () => {
  it('reads "to" after assembling, storming or invoking as what was done', () => {
    expect(toIn('Farmers gathered in the square on Monday to protest')).toBe(true);
    expect(toIn('Troops stormed the compound at dawn to arrest him')).toBe(true);
  });
  it('reads "to" after a word of intending as an aim', () => {
    expect(toIn('Farmers gathered and planned to protest')).toBe(false);
    expect(toIn('The army vowed to strike')).toBe(false);
  });
});

describe('operationPurpose', () => {
  it('reads an arrest after an operation or a raid as carried out', () => {
    expect(arabicPurpose('نفذت القوات عملية في المخيم لاعتقال مطلوبين', 'لاعتقال')).toBe(true);
  });
  it('does not read an arrest that was only demanded as carried out', () => {
    expect(arabicPurpose('دعا النائب الحكومة لاعتقال المطلوبين', 'لاعتقال')).toBe(false);
  });
});
