// A protest word right after a verb of banning (protest.patterns.ts) names what is banned, not a protest held.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic banned protests', () => {
  it('reads protesters or demonstrations a government bans as no protest', () => {
    expect(
      typesOf('وقالت السلطات التركية أمس إنها ستمنع متظاهرين من تنظيم مسيرة سلام في مدينة إسطنبول.'),
    ).not.toContain('PROTEST');
    expect(typesOf('وقررت الحكومة منع المظاهرات في العاصمة.')).not.toContain('PROTEST');
  });
  it('still reads protesters who marched, or a protest against a ban, as a protest', () => {
    expect(typesOf('وتجمع متظاهرون أمام البرلمان في أثينا.')).toContain('PROTEST');
    expect(typesOf('وخرجت مظاهرات ضد قرار منع التجول في المدينة.')).toContain('PROTEST');
  });
});
