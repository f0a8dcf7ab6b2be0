import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const killed = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

describe('an Arabic definite person opening an إن / أن clause whose death verb is passive', () => {
  it('counts one for the named person said to have been killed somewhere or somehow', () => {
    expect(
      killed(
        'قالت وزارة الدفاع في بيان: إن العضو البارز لفترة طويلة بتنظيم القاعدة والقيادي في جماعة خراسان محسن الفضلي قتل في ضربة جوية',
      ),
    ).toBe(1);
    expect(killed('ويعتقد أن الرجل قتل في المواجهات بين المسلحين والمقاومة')).toBe(1);
  });
  it('reads no one from an active verb, a killer noun or a relative clause', () => {
    expect(killed('وقال إن الجندي قتل ثلاثة مسلحين في الاشتباك')).toBe(3);
    expect(killed('وذكرت الشرطة أن المسلح قتل في الاشتباك مع الدورية')).toBeNull();
    expect(killed('وقال إن الرجل الذي قتل في الهجوم كان يعمل سائقا')).toBeNull();
  });
});
