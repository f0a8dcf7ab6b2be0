// An indefinite Arabic subject after the verb keeps its chain of indefinite adjectives ("نائب فرنسي معارض") and takes
// no apposed name: the name after it is the verb's object. A professional syndicate ("نقابة الصحفيين") speaks under
// its own name, so the body named inside its object is not its subject.
import { actorName, fieldsOf } from '../../extractor/fields-of';
import { tokenize } from '../../text/tokenize';
import type { TriggerMatch } from '../../patterns/match-triggers';
import { rawSubject } from '../clause/raw-subject';

const actorsOf = fieldsOf(actorName, 'ar', '2015-08-03T10:00:00Z');

function subjectOf(text: string, verb: string, type = 'ACCUSE'): string | null {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.surface === verb);
  const trigger = { first: at, end: at + 1, spec: { type, voice: 'verb' } } as unknown as TriggerMatch;
  return rawSubject(text, tokens, trigger, 0, tokens.length, true)?.surface ?? null;
}

describe('an indefinite subject closed by adjectives', () => {
  it('keeps its indefinite adjectives', () => {
    expect(subjectOf('بينما اتهم نائب فرنسي معارض ديفيد كاميرون بالإخفاق', 'اتهم')).toBe('نائب فرنسي معارض');
    expect(subjectOf('وانتقد مسؤول أمريكي كبير الحكومة العراقية', 'وانتقد')).toBe('مسؤول أمريكي كبير');
  });
  it('stops at a name that is no adjective', () => {
    expect(subjectOf('واتهم نائب فرنسي ديفيد كاميرون بالإخفاق', 'واتهم')).toBe('نائب فرنسي');
  });
  it('leaves the name after it as the object, not the accuser', () => {
    const actors = actorsOf('بينما اتهم نائب فرنسي معارض ديفيد كاميرون بالإخفاق في تقدير خطورة المشكلة.', 'ACCUSE');
    expect(actors).toHaveLength(1);
    expect(actors[0]).not.toBe('David Cameron');
    expect(actors[0]).toMatch(/^نائب فرنسي/);
  });
  it('still lets a definite office take the person apposed to it', () => {
    expect(actorsOf('وانتقد رئيس الوزراء البريطاني ديفيد كاميرون الحكومة الفرنسية.', 'ACCUSE')).toEqual([
      'David Cameron',
    ]);
  });
});

describe('a syndicate', () => {
  it('is the subject of its verb, not the group named in its object', () => {
    expect(subjectOf('أدانت نقابة الصحفيين اليمنيين قرار ميليشيات الحوثي', 'أدانت')).toBe('نقابة الصحفيين اليمنيين');
    const actors = actorsOf(
      'أدانت نقابة الصحفيين اليمنيين قرار ميليشيات الحوثي منع الصحفيين من مغادرة اليمن.',
      'ACCUSE',
    );
    expect(actors).toEqual(['Yemeni Journalists Syndicate']);
  });
});
