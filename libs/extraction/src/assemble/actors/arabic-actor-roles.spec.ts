// Arabic actor roles, second round: the owner of forces shares their role (القوات الموالية لـX), casualties after
// بين, prepositions carrying و/ف, the body a spokesman speaks for, كشف as a speech verb, a victim's conjunct, a unit
// in the construct state (شرطة منطقة X), a state after a direction word, and a body shortened to its head noun.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { isGoverned, isVictim, diedBetween } from '../clause/actor-roles';
import { isSpeaker } from '../clause/actor-sources';
import { tokenize } from '../../text/tokenize';
import { chooseActor } from './choose-actor';
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, Span } from '../assemble.types';

const ex = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => ex.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' });
const actorsOf = (body: string, type: string) =>
  events(body)
    .filter((e) => e.type === type)
    .map((e) => e.actor?.name ?? null);

/** A one-token mention of the word `word` of `text`, `glued` letters of clitics (لـ) left outside it. */
function mention(
  text: string,
  word: string,
  glued = 0,
): { tokens: ReturnType<typeof tokenize>; span: Span<ActorLike> } {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.surface === word);
  const span = {
    first: at,
    end: at + 1,
    start: tokens[at].start + glued,
    stop: tokens[at].end,
    surface: word,
    value: { id: 'x', name: 'X', kind: 'military', country: null },
  } as Span<ActorLike>;
  return { tokens, span };
}

const killing = (tokens: ReturnType<typeof tokenize>, word: string) => {
  const at = tokens.findIndex((t) => t.surface === word);
  return { first: at, end: at + 1, spec: { type: 'ASSAULT', voice: 'noun', killing: true } } as unknown as TriggerMatch;
};

describe('Arabic actor roles', () => {
  it('the owner of forces named as victims is a victim too', () => {
    const { tokens, span } = mention('قتل خمسة عناصر من القوات الموالية لصالح في مواجهات', 'لصالح', 1);
    expect(isVictim(tokens, span, killing(tokens, 'مواجهات'))).toBe(true);
  });

  it('"بين قتيل وجريح" marks the subject before it as casualties', () => {
    const tokens = tokenize('سقط عشرات المسلحين بين قتيل وجريح في المواجهات');
    expect(diedBetween(tokens, 2, 7)).toBe(true);
  });

  it('a preposition with a glued conjunction still governs', () => {
    const { tokens, span } = mention('وفي صنعاء لقي اربعة مصرعهم', 'صنعاء');
    expect(isGoverned(tokens, span)).toBe(true);
  });

  it('the body a spokesman speaks for is a source', () => {
    expect(isSpeaker(...args(mention('وقال المتحدث باسم الجيش إن', 'الجيش')))).toBe(true);
    expect(isSpeaker(...args(mention('وأوضح الناطق الإعلامي لشرطة المنطقة أن', 'لشرطة', 1)))).toBe(true);
    expect(isSpeaker(...args(mention('وقال العميد إن الجيش قصف', 'الجيش')))).toBe(false);
  });

  it('the one who revealed a death is not its doer', () => {
    const body = 'كشف العميد سالم الدوسري في شرطة المدينة أمس عن مقتل عشرة من عناصر تنظيم داعش قرب الموصل.';
    expect(actorsOf(body, 'ASSAULT')).not.toContain('سالم الدوسري');
  });

  it('the conjunct of a victim is no doer', () => {
    const text = 'قتل أربعة عناصر من الجيش والشرطة في تفجير';
    const tokens = tokenize(text);
    const at = (w: string) => tokens.findIndex((t) => t.surface === w);
    const span = (w: string, glued: number, id: string, kind: string) =>
      ({
        first: at(w),
        end: at(w) + 1,
        start: tokens[at(w)].start + glued,
        stop: tokens[at(w)].end,
        surface: w,
        value: { id, name: id, kind, country: 'IQ' },
      }) as Span<ActorLike>;
    const actors = [span('الجيش', 0, 'army', 'military'), span('والشرطة', 1, 'police', 'police')];
    const trigger = {
      first: at('تفجير'),
      end: at('تفجير') + 1,
      start: tokens[at('تفجير')].start,
      stop: tokens[at('تفجير')].end,
      spec: { type: 'ASSAULT', voice: 'noun', killing: true, words: ['تفجير'], phrase: 'تفجير', mode: 'bombing' },
    } as unknown as TriggerMatch;
    expect(chooseActor(text, tokens, trigger, actors, 0, tokens.length, true).actor).toBeNull();
  });

  it('reads a police unit in the construct state as the subject', () => {
    // The police of a place is its country's police (actors/police-of-place.ts), not a plain-text subject.
    const body = 'ضبطت شرطة منطقة القصيم أمس ثلاثة أشخاص سرقوا متجرا في المدينة.';
    expect(actorsOf(body, 'COERCE')).toContain('Saudi security forces');
  });

  it('a state after a direction word is a place, not the actor', () => {
    const body = 'انفجرت سيارة مفخخة في سوق شعبي بجنوب بغداد أمس ما أدى إلى مقتل خمسة أشخاص.';
    expect(actorsOf(body, 'ASSAULT')).not.toContain('Iraq');
  });

  it('a body shortened to its head noun stands for the body named before', () => {
    const body =
      'عقد مجلس الأمن الدولي جلسة طارئة أمس في نيويورك. وأدان المجلس بشدة الهجوم على قوات حفظ السلام في مالي.';
    expect(actorsOf(body, 'ACCUSE')).toContain('UN Security Council');
  });

  it('the force whose men fell after a death verb is no doer (استشهد ثلاثة من رجال القوات المسلحة)', () => {
    const body =
      'استشهد ثلاثة من رجال القوات المسلحة المصرية وأصيب أربعة آخرون إثر سقوط قذيفة عشوائية في محيط أحد الكمائن بشمال سيناء.';
    expect(actorsOf(body, 'ASSAULT')).not.toContain('Egypt military');
  });
});

function args(m: {
  tokens: ReturnType<typeof tokenize>;
  span: Span<ActorLike>;
}): [ReturnType<typeof tokenize>, Span<ActorLike>] {
  return [m.tokens, m.span];
}
