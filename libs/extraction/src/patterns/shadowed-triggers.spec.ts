// The same phrase listed twice under one type: one entry always lost to the other (a noun entry listed before the
// verb of the same spelling, a higher weight, the same entry generated twice), so its weight, voice or cancelling
// words never applied. The lexicons hold no such pair; the cancelling words a duplicate defeated now apply.
import { tokenize } from '../text/tokenize';
import { ARABIC_TRIGGERS, ENGLISH_TRIGGERS, triggerIndex } from './lexicon';
import { matchTriggers } from './match-triggers';
import { shadowedTriggers } from './shadowed-triggers';
import { triggers } from './trigger.types';

const types = (text: string, language = 'ar') => {
  const index = triggerIndex(language);
  if (!index) throw new Error(`no ${language} lexicon`);
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('shadowed lexicon entries', () => {
  it('finds an entry beaten by one ranked before it, or giving the same event only where another does', () => {
    const specs = triggers('ASSAULT', [
      ['shelling', 'noun', 0.9, 'قصف'],
      ['shelling', 'verb', 0.9, 'قصف|قصفت'],
      ['shelling', 'verb', 0.8, 'shelled', { notAfter: ['was'] }],
      ['shelling', 'verb', 0.9, 'shelled'],
      ['shelling', 'verb', 0.75, 'pounded', { notAfter: ['was'] }],
      ['shelling', 'verb', 0.75, 'pounded'],
    ]);
    const found = shadowedTriggers(specs, true).map(
      (x) => `${x.spec.voice} ${x.spec.phrase} ${x.spec.weight} ${x.spec.notAfter.length}`,
    );
    expect(found).toEqual(['verb قصف 0.9 0', 'verb shelled 0.8 1', 'verb pounded 0.75 1']);
  });
  it('keeps a noun listed after a verb of the same spelling in Arabic, where the verb needs a verb reading', () => {
    const specs = triggers('ASSAULT', [
      ['shelling', 'verb', 0.9, 'قصف'],
      ['shelling', 'noun', 0.9, 'قصف'],
    ]);
    expect(shadowedTriggers(specs, true)).toEqual([]);
    expect(shadowedTriggers(specs, false)).toHaveLength(1);
  });
  it('finds none in the Arabic and English lexicons', () => {
    const show = (x: ReturnType<typeof shadowedTriggers>[number]) => `${x.spec.type} ${x.spec.voice} ${x.spec.phrase}`;
    expect(shadowedTriggers(ARABIC_TRIGGERS, true).map(show)).toEqual([]);
    expect(shadowedTriggers(ENGLISH_TRIGGERS, false).map(show)).toEqual([]);
  });
  it('reads "في وجه الانتقادات" as facing criticism, not voicing it (the guard a duplicate entry defeated)', () => {
    expect(types('صمد الوزير في وجه انتقادات المعارضة')).not.toContain('ACCUSE');
    expect(types('وجه النائب خالد الضاهر انتقادات لاذعة إلى الحكومة')).toContain('ACCUSE');
  });
});
