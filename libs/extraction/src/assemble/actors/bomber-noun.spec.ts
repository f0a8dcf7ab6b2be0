// A suicide-attack trigger that is the bomber noun names its doer; a bomber after a preposition (arrested, talked
// to) is no doer.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../../patterns/lexicon';
import { matchTriggers } from '../../patterns/match-triggers';
import { bomberNoun } from './bomber-noun';

function bomberIn(text: string): string | null {
  const tokens = tokenize(text);
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  for (const t of matchTriggers(tokens, index)) {
    const span = bomberNoun(text, tokens, t);
    if (span) return span.value.name;
  }
  return null;
}

describe('bomberNoun', () => {
  it('names the bomber of "فجر انتحاري نفسه"', () => {
    expect(bomberIn('فجر انتحاري نفسه في سوق شعبي ببغداد')).toBe('انتحاري');
  });
  it('gives no doer for a bomber governed by a preposition, nor for other triggers', () => {
    const governed = 'وتحدث المحققون مع الانتحاري الذي تم اعتقاله';
    // the noun is a trigger here too: only the preposition keeps it from acting
    expect(
      matchTriggers(tokenize(governed), triggerIndex('ar')!).some((t) =>
        tokenize(governed)[t.first].norm.endsWith('انتحاري'),
      ),
    ).toBe(true);
    expect(bomberIn(governed)).toBeNull();
    expect(bomberIn('قصفت الطائرات مواقع المسلحين')).toBeNull();
  });
});
