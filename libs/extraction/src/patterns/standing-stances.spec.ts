// A present-tense stance in a relative clause ("وهو ما ترفضه مصر") is a position held, not a statement made now.
import { tokenize } from '../text/tokenize';
import { standingStance } from './standing-stances';

const at = (text: string, word: string, type: string) => {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.surface === word);
  if (i < 0) throw new Error(`${word} not in text`);
  return standingStance(tokens, i, type);
};

describe('standing stances', () => {
  it('reads an imperfect statement verb after a relative pronoun as a held position', () => {
    expect(at('وتسعى إثيوبيا لتخزين المياه في السد، وهو ما ترفضه مصر.', 'ترفضه', 'REJECT')).toBe(true);
    expect(at('واتهم المهاجمون الشاب بسرقة دراجة وهو ما تنفيه أسرته بشدة.', 'تنفيه', 'REJECT')).toBe(true);
    expect(at('وقال إن المعارضة المعتدلة التي ترفض داعش وتقاتلها تحتاج إلى دعم.', 'ترفض', 'REJECT')).toBe(true);
  });
  it('keeps a perfect verb, a negation with ما, and a material act', () => {
    expect(at('وقال إن الحكومة التي رفضت المقترح أمس ستجتمع.', 'رفضت', 'REJECT')).toBe(false);
    expect(at('وقال الوزير إنه ما يرفض الحوار مع أحد.', 'يرفض', 'REJECT')).toBe(false);
    expect(at('واستهدفت الطائرات المسلحين الذين يهاجمون المدينة.', 'يهاجمون', 'ASSAULT')).toBe(false);
  });
});
