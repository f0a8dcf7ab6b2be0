// A strike noun right after an Arabic verb fills its subject slot; the names after it are in the object (what was
// hit) unless they sit in the strike noun's own idafa.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { meansSubjectBefore, meansSubjectEnd, pastMeansSubject } from './arabic-actor-means-subject';

const ex = new RuleExtractor({ minConfidence: 0 });
const actorsOf = (body: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.actor?.name ?? null);

function span(tokens: ReturnType<typeof tokenize>, word: string): Span<ActorLike> {
  const k = tokens.findIndex((t) => t.surface === word);
  return { first: k, end: k + 1, start: tokens[k].start, stop: tokens[k].end, surface: word } as Span<ActorLike>;
}

describe('a strike noun as the subject of a verb', () => {
  it('opens the subject slot after the verb, past a count or an adverb', () => {
    expect(meansSubjectEnd(tokenize('قصفت ثلاث غارات مخازن للسلاح'), 1)).toBe(3);
    expect(meansSubjectEnd(tokenize('ودمر أمس القصف جسرا'), 1)).toBe(3);
    expect(meansSubjectEnd(tokenize('هاجمت القوات الحكومية البلدة'), 1)).toBeNull();
  });
  it('leaves a name after the object to the object, not the subject', () => {
    const tokens = tokenize('قصفت ثلاث غارات مخازن تابعة لداعش');
    expect(pastMeansSubject(tokens, 3, span(tokens, 'لداعش'))).toBe(true);
  });
  it('keeps the name in its own idafa, even behind an adjective', () => {
    const a = tokenize('استهدفت غارات التحالف مخازن السلاح');
    expect(pastMeansSubject(a, 2, span(a, 'التحالف'))).toBe(false);
    const b = tokenize('استهدفت غارات جوية للتحالف مخازن السلاح');
    expect(pastMeansSubject(b, 2, span(b, 'للتحالف'))).toBe(false);
  });
  it('does not credit the owner of the struck site with the strike', () => {
    const body = 'فضلا عن ذلك قصفت ثلاث غارات مخازن سلاح تابعة لتنظيم داعش قرب الموصل.';
    expect(actorsOf(body)).toHaveLength(1);
    expect(actorsOf(body)).not.toContain('Islamic State');
  });
  it('is read before the verb too, an adjective allowed but no punctuation', () => {
    const a = 'وذكر أن الغارة استهدفت قائدا';
    expect(meansSubjectBefore(a, tokenize(a), 3)).toBe(true);
    const b = 'ثم غارات جوية دمرت الجسر';
    expect(meansSubjectBefore(b, tokenize(b), 3)).toBe(true);
    const c = 'بعد الغارة، هاجمت القوات البلدة';
    expect(meansSubjectBefore(c, tokenize(c), 2)).toBe(false);
    const d = 'وقالت القوات إنها دمرت الجسر';
    expect(meansSubjectBefore(d, tokenize(d), 3)).toBe(false);
  });
  it('does not make the group a strike hit the subject of the verb after the strike', () => {
    expect(actorsOf('وقال مسؤول محلي إن غارات جوية استهدفت مقاتلي حركة طالبان قرب قندوز.')).not.toContain('Taliban');
  });
});
