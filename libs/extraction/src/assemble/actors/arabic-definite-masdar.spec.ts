// A definite masdar takes no idafa: the name right after it is not its doer, unless an adjective agreeing with it.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, Span } from '../assemble.types';
import { definiteMasdar, nisbaMention } from './arabic-definite-masdar';

const ex = new RuleExtractor({ minConfidence: 0 });
const actorOf = (body: string, type: string) =>
  ex.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' }).find((e) => e.type === type)?.actor
    ?.name ?? null;

function trigger(words: string[], first: number, end: number): TriggerMatch {
  return { spec: { words }, first, end, start: 0, stop: 0 } as unknown as TriggerMatch;
}
const mention = (first: number) => ({ first, end: first + 1 }) as Span<ActorLike>;

describe('a definite masdar', () => {
  it('is read from the article on the masdar, behind a conjunction or a preposition', () => {
    expect(definiteMasdar(tokenize('الغارة استهدفت'), trigger(['غاره'], 0, 1))).toBe(true);
    expect(definiteMasdar(tokenize('وبالقصف'), trigger(['قصف'], 0, 1))).toBe(true);
    expect(definiteMasdar(tokenize('قصف القوات'), trigger(['قصف'], 0, 1))).toBe(false);
  });
  it('is not a lexicon word that itself starts with ال', () => {
    expect(definiteMasdar(tokenize('الغاء الاتفاق'), trigger(['الغاء'], 0, 1))).toBe(false);
  });
  it('still takes an agreeing nisba adjective, not a plain name', () => {
    const tokens = tokenize('القصف الحوثي');
    expect(nisbaMention(tokens, mention(1))).toBe(true);
    expect(nisbaMention(tokenize('الغارة أبو خليل'), mention(1))).toBe(false);
  });
  it('does not credit the side faced in a surrender with it', () => {
    const body = 'وقالت مصادر أمنية إن مجموعة من المسلحين قامت برفع راية الاستسلام أمام القوات العراقية في الرمادي.';
    expect(actorOf(body, 'RETREAT')).not.toBe('Iraq military');
  });
  it('keeps the side its adjective names', () => {
    expect(actorOf('وأكد المتحدث أن القصف الحوثي طال أحياء سكنية في تعز.', 'ASSAULT')).toBe('Houthis');
  });
});
