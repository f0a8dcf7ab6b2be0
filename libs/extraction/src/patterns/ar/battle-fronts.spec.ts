// "جبهات القتال" (the battle fronts) is where fighting goes on, not a fight told (assault.patterns.ts): fighters
// fleeing or sent to the fronts, weapons that reinforce them. A fight told there has its own word.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const assaults = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index)
    .filter((m) => m.spec.type === 'ASSAULT')
    .map((m) => m.spec.phrase);
};

describe('Arabic battle fronts', () => {
  it('reads the fighting of "the battle fronts" as a place, not a clash', () => {
    expect(assaults('وقالت مصادر إن عشرات المسلحين الفارين من جبهات القتال في عدن ولحج وصلوا إلى الضالع.')).toEqual([]);
    expect(
      assaults('وأضاف أن هذه الأسلحة التي وصلت خلال اليومين المنصرمين ستعزز جبهات القتال في المحافظات الجنوبية.'),
    ).toEqual([]);
    expect(assaults('رفض ضباط الحرس أوامر بالنزول للمشاركة في جبهة القتال في عدن.')).toEqual([]);
  });
  it('still reads fighting told at the front, or anywhere else, as a clash', () => {
    expect(assaults('ميدانيا، شهدت جبهة القتال في محافظة لحج قتالا ضاريا.')).toEqual(['قتال']);
    expect(assaults('وتجدد القتال في مدينة تعز أمس.')).toEqual(['قتال']);
    expect(assaults('ومن ناحية ثانية، وفي ظل استمرار القتال في جبهات القتال في جنوب اليمن.')).toEqual(['قتال']);
  });
});
