// An outlet that a statement is made to, that learns a piece of news or that reports it only carries the
// statement: the actor is the speaker or the subject of the reported clause, never the outlet (outlet-roles.ts).
// An outlet acting on its own ("نشرت الصحيفة افتتاحية أشادت") keeps its act.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, Span } from '../assemble.types';
import { outletCarriesReport, ownsOutlet, reportedSubject } from './outlet-roles';

const ex = new RuleExtractor({ minConfidence: 0 });
const actorsOf = (body: string, type: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' })
    .filter((e) => e.type === type)
    .map((e) => e.actor?.name ?? null);

/** Tokens, a one-word mention of `kind` at `word` (glued clitics skipped by `glued` letters), and a trigger. */
function setup(text: string, word: string, kind: string, triggerWord: string, glued = 0) {
  const tokens = tokenize(text);
  const at = (w: string) => tokens.findIndex((t) => t.surface === w);
  const span = (w: string, k: string, g = 0): Span<ActorLike> => {
    const i = at(w);
    return {
      first: i,
      end: i + 1,
      start: tokens[i].start + g,
      stop: tokens[i].end,
      value: { id: `x:${w}`, kind, name: w },
    } as unknown as Span<ActorLike>;
  };
  const t = at(triggerWord);
  const trigger = { first: t, end: t + 1, start: tokens[t].start, stop: tokens[t].end } as unknown as TriggerMatch;
  return { tokens, outlet: span(word, kind, glued), trigger, span };
}

describe('outletCarriesReport', () => {
  it('reads an outlet after ل as the addressee however far the speech verb is', () => {
    const { tokens, outlet, trigger } = setup(
      'وقال مسؤول في الوزارة خلال اتصال هاتفي أجراه أمس لرويترز إن الوفد رفض العرض',
      'لرويترز',
      'media',
      'رفض',
      1,
    );
    expect(outletCarriesReport(tokens, outlet, trigger)).toBe(true);
  });

  it('reads an outlet before a complementizer as the reporter of the clause', () => {
    const { tokens, outlet, trigger } = setup('وعلمت الصحيفة أن الوزير رفض العرض', 'الصحيفة', 'media', 'رفض');
    expect(outletCarriesReport(tokens, outlet, trigger)).toBe(true);
  });

  it('reads an English outlet after "to" or "with" as the addressee', () => {
    const { tokens, outlet, trigger } = setup(
      'The minister, speaking to Reuters, rejected the offer',
      'Reuters',
      'media',
      'rejected',
    );
    expect(outletCarriesReport(tokens, outlet, trigger)).toBe(true);
  });

  it('leaves an outlet acting on its own, and any mention that is not an outlet', () => {
    const own = setup('ونشرت الصحيفة افتتاحية أشادت بالاتفاق', 'الصحيفة', 'media', 'أشادت');
    expect(outletCarriesReport(own.tokens, own.outlet, own.trigger)).toBe(false);
    const body = setup('وعلمت الحكومة أن الوزير رفض العرض', 'الحكومة', 'government', 'رفض');
    expect(outletCarriesReport(body.tokens, body.outlet, body.trigger)).toBe(false);
  });
});

describe('reportedSubject', () => {
  it('is the name opening the clause the outlet reports', () => {
    const { tokens, outlet, trigger, span } = setup('وعلمت الصحيفة أن الوزير رفض العرض', 'الصحيفة', 'media', 'رفض');
    const minister = span('الوزير', 'person');
    expect(reportedSubject(tokens, [outlet, minister], outlet, trigger)).toBe(minister);
  });
});

describe('an outlet carrying a statement in an article', () => {
  it('is not the actor when the statement reached it far from the speech verb', () => {
    const actors = actorsOf(
      'وذكر الناطق باسم المبعوث الأممي في رسالة وصلت لـ«الشرق الأوسط» أن المبعوث ناقش في موسكو الوضع في سوريا.',
      'CONSULT',
    );
    expect(actors.length).toBeGreaterThan(0);
    expect(actors).not.toContain('Asharq Al-Awsat');
  });

  it('gives way to the subject of the clause it learned', () => {
    const actors = actorsOf('وعلمت «عكاظ» أن الحكومة العراقية أبلغت الوفد رفضها إقامة القاعدة.', 'REJECT');
    expect(actors).toContain('Iraqi government');
    expect(actors).not.toContain('Okaz');
  });

  it('is not the actor of the clause it reports', () => {
    const actors = actorsOf('وأفادت وكالة رويترز أن الوفد الحكومي التقى زعماء القبائل في مأرب.', 'CONSULT');
    expect(actors).not.toContain('Reuters');
  });

  it('keeps an act of its own', () => {
    expect(actorsOf('ونشرت صحيفة نيويورك تايمز افتتاحية أشادت بالاتفاق النووي.', 'SUPPORT')).toContain(
      'New York Times',
    );
  });
});

describe('ownsOutlet', () => {
  const owner = (text: string) => {
    const { tokens, outlet } = setup(text, text.split("'")[0], 'state', 'said');
    return ownsOutlet(tokens, outlet);
  };

  it('reads the name before "\'s" and a news agency, state TV or state media as the outlet\'s owner', () => {
    expect(owner("Lebanon's state-run National News Agency (NNA) said")).toBe(true);
    expect(owner("Iran's semi-official Tasnim news agency said")).toBe(true);
    expect(owner("Syria's state TV said")).toBe(true);
    expect(owner("Iran's state media said")).toBe(true);
  });

  it('leaves offices, agencies that are no outlets and media wings to their owners', () => {
    expect(owner("Germany's domestic intelligence agency said")).toBe(false);
    expect(owner("Pakistan's military media wing said")).toBe(false);
    expect(owner("Kuwait's Interior Ministry said")).toBe(false);
  });
});

describe("the owner of a reporting outlet ('s) in an English article", () => {
  const en = (body: string) =>
    ex
      .extract({ id: 't', body, language: 'en', publishedAt: '2024-06-12T10:00:00Z' })
      .filter((e) => e.type === 'ASSAULT');

  it('is not the actor of the act its outlet reports', () => {
    for (const body of [
      "Lebanon's state news agency said artillery shells landed on the town of Khiam.",
      "Syria's state news agency SANA said rockets hit a house in Daraa, killing two people.",
    ]) {
      const events = en(body);
      expect(events.length).toBeGreaterThan(0);
      expect(events.map((e) => e.actor?.name ?? null)).not.toContain(body.startsWith('Syria') ? 'Syria' : 'Lebanon');
    }
  });
});
