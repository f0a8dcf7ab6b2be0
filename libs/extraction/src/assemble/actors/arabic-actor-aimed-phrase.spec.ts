// A name inside a phrase an Arabic verb aims with "على/نحو/إلى" ("شن غارات على مواقع الحوثيين") is its target,
// never its VSO subject.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { aimedPhraseAfterVerb } from './arabic-actor-aimed-phrase';

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

describe('a name in an aimed phrase after the verb', () => {
  it('is reached through على and the nouns it governs', () => {
    const text = 'شن الطيران غارات على مواقع ومعسكرات داعش';
    const { tokens, span } = at(text, 'داعش');
    expect(aimedPhraseAfterVerb(text, tokens, 1, span)).toBe(true);
  });
  it('is not a subject that merely follows an adverb or a comma', () => {
    const a = 'شنت أمس طائرات داعش';
    expect(aimedPhraseAfterVerb(a, at(a, 'داعش').tokens, 1, at(a, 'داعش').span)).toBe(false);
    const b = 'ردت على ذلك، قوات داعش';
    expect(aimedPhraseAfterVerb(b, at(b, 'داعش').tokens, 1, at(b, 'داعش').span)).toBe(false);
  });
  it('is not taken as the doer of an elided-subject raid', () => {
    expect(actorOf('كما شن أربع غارات على مواقع مليشيات الحوثي في منطقة حرض.', 'ASSAULT')).toBeNull();
  });
  it('is not the caller of an appeal to attack it', () => {
    expect(actorOf('ونشر شبان في غزة تسجيلا مصورا يدعو الى مهاجمة حركة حماس.', 'REQUEST')).not.toBe('Hamas');
  });
});
