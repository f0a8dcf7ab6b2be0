// "مقتل عسكريين اثنين وجرح أربعة آخرين": جرح (the verbal noun or the passive verb) counts the wounded like إصابة.
import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const counts = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length);
};

describe('readCounts: جرح counts the wounded', () => {
  it('reads the figure after وجرح as injured, apart from the dead', () => {
    expect(counts('أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين وجرح أربعة آخرين في انفجار سيارة مفخخة')).toMatchObject({
      killed: 2,
      injured: 4,
    });
    expect(counts('أسفر الهجوم عن مقتل 91 شخصا وجرح 45 آخرين')).toMatchObject({ killed: 91, injured: 45 });
    expect(counts('قتل ثلاثة عناصر من الجيش والشرطة وجرح تسعة في تفجير سيارة مفخخة')).toMatchObject({
      killed: 3,
      injured: 9,
    });
  });
  it('reads the passive verb after its figure', () => {
    expect(counts('قتل خمسة أشخاص وجرح عشرة آخرون في قصف')).toMatchObject({ killed: 5, injured: 10 });
  });
  it('leaves a wound without a figure uncounted', () => {
    expect(counts('أصيب بجرح في رأسه')).toMatchObject({ killed: null, injured: null });
  });
});
