// Paraphrases found missing in a recall audit (custody, closures, truces, expulsions, vows, protests by vigil,
// flight) and cue fixes: "May" the month is no modal, gunfire is no blaze, سيطرتها is no future verb.
import { tokenize } from '../text/tokenize';
import { accidentCue, irrealisCue } from './context-cues';
import { triggerIndex } from './lexicon';
import { matchTriggers } from './match-triggers';

const typesOf = (text: string, language: 'ar' | 'en') => {
  const index = triggerIndex(language);
  if (!index) throw new Error(`no lexicon for ${language}`);
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('English recall breadth', () => {
  it.each([
    ['Police took three men into custody on Monday.', 'COERCE'],
    ['The authorities closed the crossing point to all traffic.', 'COERCE'],
    ['The regulator suspended the broadcasts of a satellite channel.', 'COERCE'],
    ['The two armies exchanged heavy fire along the frontier.', 'ASSAULT'],
    ['A truce was reached after mediation by local elders.', 'RETREAT'],
    ['The army sent an extra battalion to the north.', 'MOBILIZE'],
    ['Farmers blocked the highway with burning tyres.', 'PROTEST'],
    ['The government ordered the Iranian ambassador to leave within 48 hours.', 'SANCTION'],
    ['The president said he was suspending peace talks with the rebels.', 'SANCTION'],
    ['The ministry said it would respond firmly to the move.', 'THREATEN'],
    ['The spokesman dismissed the report as propaganda.', 'REJECT'],
    ['The cabinet will withdraw the draft law on media.', 'CONCEDE'],
    ['The agency resumed food distributions in the camps.', 'AID'],
    ['Riyadh placed a $2 billion deposit at the central bank.', 'AID'],
    ['Officials denounced the interference in its internal affairs.', 'ACCUSE'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text, 'en')).toContain(type);
  });
});

describe('Arabic recall breadth', () => {
  it.each([
    ['نظم الأهالي بوقفة حاشدة أمام المبنى.', 'PROTEST'],
    ['وقبل ذلك فر عشرات من المسلحين من المدينة.', 'RETREAT'],
    ['وقال البيان إنه سيتم التصدي لأي تحرك عسكري.', 'THREATEN'],
    ['وقالت الوزارة إن التصريحات تمثل تدخلا في الشؤون الداخلية للمملكة.', 'ACCUSE'],
    ['والتقى الوزير في لقائه السفير أمس.', 'CONSULT'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text, 'ar')).toContain(type);
  });
});

describe('cue fixes', () => {
  const at = (text: string, word: string) => {
    const tokens = tokenize(text);
    return { tokens, i: tokens.findIndex((t) => t.surface === word) };
  };
  it('reads "May" next to a day as the month, not a modal', () => {
    const { tokens, i } = at('On 11 May, a convoy arrived in the town.', 'convoy');
    expect(irrealisCue(tokens, i, 0)).toBeNull();
    const m = at('Rebels may attack the town.', 'attack');
    expect(irrealisCue(m.tokens, m.i, 0)).toBe('may');
  });
  it('reads a passive infinitive as an act yet to happen', () => {
    const m = at('Militiamen handed in rifles to be destroyed at the depot.', 'destroyed');
    expect(irrealisCue(m.tokens, m.i, 0)).toBe('to be');
    const p = at('The rifles had been destroyed at the depot.', 'destroyed');
    expect(irrealisCue(p.tokens, p.i, 0)).toBeNull();
  });
  it('does not take a noun of control for a future verb', () => {
    const { tokens, i } = at('فرضت القوات سيطرتها على البلدة', 'سيطرتها');
    expect(irrealisCue(tokens, i, 0)).toBeNull();
  });
  it('does not read gunfire as an accidental blaze', () => {
    const t = tokenize('Border forces exchanged heavy fire, killing two people.');
    expect(accidentCue(t, 0, t.length)).toBeNull();
    const f = tokenize('A fire in the market killed two people.');
    expect(accidentCue(f, 0, f.length)).toBe('fire');
  });
});

describe('feared and frozen acts', () => {
  it('reads an attack that is feared or asked to be frozen as not happening', () => {
    const at = (text: string, word: string) => {
      const tokens = tokenize(text);
      return irrealisCue(
        tokens,
        tokens.findIndex((t) => t.surface === word),
        0,
      );
    };
    expect(at('تشديد التفتيش تخوفا من عمليات انتحارية', 'عمليات')).toBe('تخوفا');
    expect(at('دعا إسرائيل إلى تجميد عمليات هدم المباني', 'عمليات')).toBe('تجميد');
  });
});
