// Merging Arabic statements: two sentences whose statements have different speakers read in their subject slots
// (a dictionary actor or a plain-text subject) report two statements; a repeat whose speaker was only the nearest
// mention, or the same speaker again, still folds into the first.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-24T10:00:00Z');

describe('Arabic statements of different speakers stay apart', () => {
  it('keeps a plain-text government and a dictionary movement as two accusers', () => {
    const body =
      'اتهمت حكومة الوفاق الوطني في رام الله أمس الحكومة الإسرائيلية بمحاولة جر المنطقة إلى العنف. ' +
      'وحملت حركة حماس الاحتلال الإسرائيلي المسؤولية الكاملة عن هذه الجرائم.';
    expect(actorsOf(body, 'ACCUSE')).toHaveLength(2);
  });

  it('still folds the same speaker told again into one statement', () => {
    const body =
      'اتهمت حركة حماس الحكومة الإسرائيلية بمحاولة جر المنطقة إلى العنف. ' +
      'وحملت حركة حماس الاحتلال الإسرائيلي المسؤولية الكاملة عن هذه الجرائم.';
    expect(actorsOf(body, 'ACCUSE')).toHaveLength(1);
  });

  it('still folds two statements of one sentence', () => {
    const body = 'اتهمت حكومة الوفاق الوطني الحكومة الإسرائيلية بالتصعيد، وحملت حركة حماس الاحتلال المسؤولية الكاملة.';
    expect(actorsOf(body, 'ACCUSE')).toHaveLength(1);
  });
});
