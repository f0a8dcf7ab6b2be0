import { RuleExtractor } from '../../extractor/rule-extractor';
import type { TriggerMatch } from '../../patterns/match-triggers';
import { tokenize } from '../../text/tokenize';
import type { ActorLike } from '../assemble.types';
import { subordinateSubject } from './english-subordinate-subject';

const GUNMEN = { id: 'armed:gunmen', name: 'gunmen' } as unknown as ActorLike;

const ex = new RuleExtractor({ minConfidence: 0 });
const actorOf = (body: string) =>
  ex.extract({ id: 't', body, language: 'en' }).find((e) => e.type === 'ASSAULT')?.actor?.name ?? null;

describe('English subject opening a subordinate clause, shared by its coordinated verb', () => {
  it('gives "and opened fire" the subject after "after", far from the trigger', () => {
    expect(
      actorOf(
        'That was the toll on Saturday after gunmen burst into a bar in the city of Celaya in the central state ' +
          "of Guanajuato late on Friday and opened fire on customers, the state prosecutor's office said.",
      ),
    ).toBe('gunmen');
  });

  it('reads no subject across a clause break, nor a subject that no verb follows', () => {
    const read = (text: string, verb: string) => {
      const tokens = tokenize(text);
      const g = tokens.findIndex((t) => t.norm === 'gunmen');
      const v = tokens.findIndex((t) => t.norm === verb);
      const gunmen = { first: g, end: g + 1, start: 0, stop: 0, surface: 'gunmen', value: GUNMEN };
      const trigger = { first: v, end: v + 1, start: 0, stop: 0 } as unknown as TriggerMatch;
      return subordinateSubject(text, tokens, trigger, [gunmen])?.surface ?? null;
    };
    expect(read('It came after gunmen burst into a bar and opened fire.', 'opened')).toBe('gunmen');
    expect(read('It came after gunmen burst in, and then police opened fire.', 'opened')).toBeNull();
    expect(read('It came after gunmen of the group fled and police opened fire.', 'opened')).toBeNull();
  });
});
