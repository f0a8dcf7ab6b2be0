// "The war, which began with the … attack that killed 1,200 people, has killed …": an aside telling how a long war
// began is its history, and the happenings it names are background (relative-aside-en.ts originAside).
import { actorName, fieldsOf } from '../extractor/fields-of';
import { tokenize } from '../text/tokenize';
import { originAside } from './relative-aside-en';

const inOrigin = (text: string, word: string) => {
  const tokens = tokenize(text);
  return originAside(
    tokens,
    tokens.findIndex((t) => t.surface === word),
    0,
  );
};
const assaults = fieldsOf(actorName, 'en', '2024-08-12T10:00:00Z');

describe('asides on how a war began', () => {
  it('reads the happening that started the war as background', () => {
    const war =
      'The war, which began with the Hamas-led attack on southern Israel on Oct. 7 that killed about 1,200 people, has killed more than 39,700 Palestinians.';
    expect(inOrigin(war, 'attack')).toBe(true);
    expect(inOrigin(war, 'killed')).toBe(true);
    expect(assaults(war, 'ASSAULT')).not.toContain('Hamas');
  });

  it('keeps a start dated to the news days, a day of fighting, and a trigger outside the aside', () => {
    expect(
      inOrigin('The siege, which began on Monday with air strikes on the town, has cut off food.', 'strikes'),
    ).toBe(false);
    expect(inOrigin('The fighting, which began when gunmen stormed a checkpoint, killed three.', 'stormed')).toBe(
      false,
    );
    expect(inOrigin('The conflict, which began in 2011, flared again as government jets struck Idlib.', 'struck')).toBe(
      false,
    );
  });
});
