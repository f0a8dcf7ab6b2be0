import { tokenize as wordTokens } from '../text/tokenize';
import { tokenize } from './tokenize';

/** The gazetteer's tokens of `text` read on their own (no trigger-matcher tokens of it to reuse). */
function alone(text: string) {
  wordTokens('—');
  tokenize('—');
  return tokenize(text).map((t) => ({ ...t }));
}

/** The gazetteer's tokens of `text` read right after the trigger matcher tokenized it. */
function afterWords(text: string) {
  tokenize('—');
  const words = wordTokens(text);
  return { tokens: tokenize(text).map((t) => ({ ...t })), words };
}

describe('gazetteer tokenize', () => {
  const texts = [
    'قصفت الطائرات بلدة كفرنبل وقرية تل الزعتر صباح الأحد.',
    'سقطت قذيفةٌ على حيّ ـالشيخ مقصودـ في المدينة.',
    "Shelling hit Ma'arrat al-Nu'man and Tal Rifaat's market on Friday.",
    'An F16 struck 13,346 sites near Lake Ẓar 2025th and d’Orville.',
    'Drones hit 𝐀𝐁c town\u200bnear Qabr; the ١٢ وحدة سكنية تضررت.',
    'قريةٌ a\u0301b قرب الـمدينة\u200d و٣٫٥ كيلومترات',
  ];
  it('reads the same tokens whether or not it reuses the trigger matcher word spans', () => {
    for (const text of texts) expect(afterWords(text).tokens).toEqual(alone(text));
  });
  it('reuses the trigger matcher tokens that cover whole words', () => {
    const { words } = afterWords('قصفت الطائرات بلدة كفرنبل صباح الأحد.');
    expect(words.every((w) => w.slots.gazetteer !== null)).toBe(true);
  });
  it('reads a word the trigger matcher splits (letters glued to digits, a trailing mark) by its characters', () => {
    const { tokens } = afterWords('An F16 hit Dabiq2 town');
    expect(tokens.map((t) => t.key)).toEqual(['an', 'f16', 'hit', 'dabiq2', 'town']);
  });
});
