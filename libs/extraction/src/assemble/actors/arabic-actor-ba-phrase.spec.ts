// A name behind a noun with a glued ب is inside that prepositional phrase, not the VSO subject of the verb.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { inBaPhrase } from './arabic-actor-ba-phrase';

const ex = new RuleExtractor({ minConfidence: 0 });
const actorOf = (body: string, type: string) =>
  ex.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' }).find((e) => e.type === type)?.actor
    ?.name ?? null;

function at(text: string, word: string): { tokens: ReturnType<typeof tokenize>; span: Span<ActorLike> } {
  const tokens = tokenize(text);
  const k = tokens.findIndex((t) => t.surface === word);
  const span = { first: k, end: k + 1, start: tokens[k].start, stop: tokens[k].end, surface: word } as Span<ActorLike>;
  return { tokens, span };
}

describe('a name behind a noun with a glued ب', () => {
  it('is in the phrase of that noun', () => {
    const a = at('وهدد بتدمير الحكومة', 'الحكومة');
    expect(inBaPhrase(a.tokens, a.span)).toBe(true);
    const b = at('وأشاد بالجنود الجيش', 'الجيش');
    expect(inBaPhrase(b.tokens, b.span)).toBe(true);
  });
  it('is not behind a word whose ب is its own first letter', () => {
    const a = at('وأكد بيان الجيش', 'الجيش');
    expect(inBaPhrase(a.tokens, a.span)).toBe(false);
  });
  it('is not behind a noun that carries a pronoun and so takes no idafa', () => {
    const a = at('أفرج بموجبها النظام عن أسرى', 'النظام');
    expect(inBaPhrase(a.tokens, a.span)).toBe(false);
  });
  it('leaves the praise to its speaker, not to the fighters praised', () => {
    const body =
      'وقال الرئيس عبد ربه منصور هادي إن الحكومة ستعيد فتح الميناء قريبا، وأشاد بمقاتلي المقاومة الشعبية في عدن.';
    expect(actorOf(body, 'SUPPORT')).toBe('Abd Rabbuh Mansur Hadi');
  });
});
