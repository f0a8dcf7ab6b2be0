// English actor cues added for actor accuracy: the subject of a "when" clause after a passive casualty verb, a
// progressive read as active, speakers reporting their own act (with adverbs, unknown names, "it fired ... rockets"),
// a means noun inside an armed mention, "and said its air force", gentilic + weapon nouns, and plain subject heads.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => rules.extract({ id: 't', body, language: 'en', publishedAt: '2025-06-01T10:00:00Z' });
const actorOf = (body: string, type: string) => events(body).find((e) => e.type === type)?.actor?.name ?? null;

describe('English actor cues', () => {
  it('credits a passive casualty verb to the subject of its "when" clause', () => {
    expect(actorOf('Nine villagers were killed when Boko Haram insurgents raided a farm near Bama.', 'ASSAULT')).toBe(
      'Boko Haram',
    );
    expect(actorOf('Two farmers were killed when an Israeli strike hit their car near Khiam.', 'ASSAULT')).toBe(
      'Israeli military',
    );
  });
  it('reads "was suspending" as an active verb whose subject acts', () => {
    expect(
      actorOf('The European Union said it was suspending funding for a road project in Kandahar.', 'SANCTION'),
    ).toBe('European Union');
  });
  it('gives a speaker its own reported act despite adverbs or an unknown name', () => {
    expect(
      actorOf('Galmudug Defence Forces said separately that they had captured the village of Bariire.', 'COERCE'),
    ).toBe('Galmudug Defence Forces');
    expect(actorOf('A bloc of more than 40 parties said it rejected the new charter.', 'REJECT')).toBe('parties');
    expect(actorOf('Hezbollah said it fired a salvo of rockets at a barracks near Metula.', 'ASSAULT')).toBe(
      'Hezbollah',
    );
  });
  it('reads a means noun inside an armed mention as that mention acting', () => {
    expect(actorOf('A monitoring group said Turkish warplanes also struck a village near Qamishli.', 'ASSAULT')).toBe(
      'Turkey military',
    );
  });
  it('credits "its air force" to the opening subject of "... and said"', () => {
    expect(
      actorOf(
        'The Sudanese army blamed the RSF for the siege, and said its air force had struck RSF positions near Bara.',
        'ASSAULT',
      ),
    ).toBe('Sudan military');
  });
  it('reads a gentilic before a weapon noun as the doer', () => {
    expect(actorOf('A Russian guided bomb hit a school in Kupiansk, killing two teachers.', 'ASSAULT')).toBe(
      'Russia military',
    );
  });
  it('takes plain subject heads and lets a named first conjunct lead', () => {
    expect(
      actorOf('PORT-AU-PRINCE, Haiti (AP) — Gang members attacked the town of Mirebalais on Monday.', 'ASSAULT'),
    ).toBe('Gang members');
    expect(actorOf('Opposition parties and rights groups accused the police of beating students.', 'ACCUSE')).toBe(
      'opposition',
    );
  });
});
