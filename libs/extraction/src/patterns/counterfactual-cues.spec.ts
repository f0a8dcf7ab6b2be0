// An unreal "لو" opening a sentence or a quotation: neither its condition nor its answer happened.
import { tokenize } from '../text/tokenize';
import { counterfactualCue } from './counterfactual-cues';

const cueAt = (text: string, word: string) => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.surface === word);
  if (at < 0) throw new Error(`${word} not in text`);
  return counterfactualCue(text, tokens, at, 0);
};

describe('Arabic counterfactuals', () => {
  it('reads a sentence opened by "لو" as unreal', () => {
    const column = 'لو كان للتحرش منظمة وشاهدت الحادثة، لأصدرت على الفور بيانا تتبرأ فيه من جميع المشاركين.';
    expect(cueAt(column, 'تتبرأ')).toBe(true);
  });
  it('reads a quotation opened by "لو" as unreal', () => {
    const father = 'وقال والد الشهيد: " لو قدمت أبنائي كلهم فداء للوطن فلن نوفي هذا البلد حقه".';
    expect(cueAt(father, 'فداء')).toBe(true);
  });
  it('keeps a concessive "حتى لو" and a "لو" inside the clause', () => {
    expect(cueAt('وقال إن التنظيم يغتال أي شخص يساعد على كشفه حتى لو كان والده.', 'يغتال')).toBe(false);
    expect(cueAt('وقصفت الطائرات مواقع المسلحين، ولو أن القصف لم يوقف تقدمهم.', 'وقصفت')).toBe(false);
  });
});
