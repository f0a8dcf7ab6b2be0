// A state's police and security services act at home: with no place named, their country is the event's place.
// Armies strike abroad, so theirs is not.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const run = (body: string) => rules.extract({ id: 't', body, language: 'ar' });

describe('home forces', () => {
  it('places an arrest by a named country police force in that country', () => {
    const [e] = run('ألقت الشرطة التركية القبض على 251 شخصًا في إطار سلسلة مداهمات.').filter((x) => x.type === 'COERCE');
    expect(e.actor?.id).toBe('police:TR');
    expect(e.location?.country).toBe('TR');
  });

  it('does not place an army strike in the army’s own country', () => {
    const events = run('قصف الجيش التركي مواقع للمسلحين.').filter((x) => x.type === 'ASSAULT');
    for (const e of events) expect(e.location?.country ?? null).not.toBe('TR');
  });

  it('reads وزارة المالية as the finance ministry, not as Mali', () => {
    const actors = run('ألقت الشرطة القبض على موظف في وزارة المالية بتهمة الاختلاس.').map((e) => e.actor?.country);
    expect(actors).not.toContain('ML');
  });
});

describe('home state (English)', () => {
  const en = (body: string) => rules.extract({ id: 't', body, language: 'en' });
  it('places a ban by a state in that state when no place is named', () => {
    const [e] = en('Germany has banned the Islamist group Muslim Interaktiv.').filter((x) => x.type === 'COERCE');
    expect(e.location?.country).toBe('DE');
  });
  it('does not place a state’s strike in its own country', () => {
    const events = en('Germany struck militant positions on Monday.').filter((x) => x.type === 'ASSAULT');
    for (const e of events) expect(e.location?.country ?? null).not.toBe('DE');
  });
});
