// A toll or a fight told over months ("خلال أربعة أشهر من الاشتباكات") sums many happenings: background, not news
// (arabic-non-events.ts isPeriodTotal), whether the span's figure is written in digits or in words.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const assaults = (body: string) =>
  rules
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T08:00:00Z' })
    .filter((e) => e.type === 'ASSAULT');

describe('Arabic period totals', () => {
  it('reads battles counted over a span written in words as background', () => {
    expect(assaults('وأشاد القائد بالمقاتلين، مبينا أن 300 شخص قتلوا في معارك تعز خلال أربعة أشهر.')).toHaveLength(0);
  });
  it('reads the clashes that filled such a span as background', () => {
    expect(assaults('وعاد السكان إلى منازلهم في تعز التي نزحوا منها خلال أشهر من الاشتباكات.')).toHaveLength(0);
  });
  it('keeps battles told with their own day', () => {
    expect(assaults('قتل خمسة أشخاص في معارك تعز أمس.')).toHaveLength(1);
  });
});
