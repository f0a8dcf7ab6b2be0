import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const counts = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length);
};

describe('figures counting the dead and the wounded together', () => {
  it('reads neither a death toll nor an injury count from a lumped figure', () => {
    expect(counts('سقط فيها أكثر من 250 شخصًا بين قتيل وجريح')).toMatchObject({ killed: null, injured: null });
    expect(counts('ارتفعت الحصيلة إلى 66 قتيلاً وجريحاً')).toMatchObject({ killed: null, injured: null });
    expect(counts('أفادت مصادر بمقتل وإصابة 60 عنصراً من الحوثيين')).toMatchObject({ killed: null, injured: null });
    expect(counts('سقط سبعة حوثيين بين قتيل وجريح جراء هجوم')).toMatchObject({ killed: null, injured: null });
  });
  it('still reads each fate that has its own figure or noun', () => {
    expect(counts('سقوط خمسة قتلى وإصابة 20 آخرين')).toMatchObject({ killed: 5, injured: 20 });
    expect(counts('إن شخصين قتلا وأصيب عشرة بجروح')).toMatchObject({ killed: 2, injured: 10 });
    expect(counts('كان 5 من الحوثيين قتلوا وأصيب اثنان آخران')).toMatchObject({ killed: 5, injured: 2 });
    expect(counts('ما أدى إلى سقوط قتيل وجريحين')).toMatchObject({ injured: 2 });
    expect(counts('ما أدى إلى سقوط قتيل وجريحين').killed).not.toBe(2);
  });
});

describe('casualty words and figures read by themselves', () => {
  it('counts two for a dual casualty word', () => {
    expect(counts('وأن الهجوم أسفر عن سقوط قتيلين من جماعة الحوثي وإصابة أربعة آخرين')).toMatchObject({
      killed: 2,
      injured: 4,
    });
  });
  it('does not read a percentage written in words as a count', () => {
    expect(counts('نحو 70 في المائة من ضحايا القصف هم من المدنيين').killed).toBeNull();
    expect(counts('إن 40 في المئة من القتلى أطفال').killed).toBeNull();
  });
});

describe('a subset after a vague toll', () => {
  it('reads no toll from the figures after من ضمنهم', () => {
    expect(counts('أسفر عن سقوط عشرات القتلى، من ضمنهم ثلاث نساء وأربعة أطفال').killed).toBeNull();
  });
});
