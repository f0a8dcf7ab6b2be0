// Arabic build-ups told by a finite verb of arrival or setting out, and resignations and surrenders handed in or
// announced by the one stepping down: surer cues than the bare nouns they contain.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const first = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index)[0];
};
const extractor = new RuleExtractor();
const kept = (body: string) =>
  extractor.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-21' }).map((e) => `${e.type}/${e.mode}`);

describe('Arabic troop arrivals', () => {
  it.each([
    'أكد مصدر من المقاومة في عدن أن تعزيزات عسكرية ضخمة تتضمن آليات ومعدات ثقيلة وصلت قوات الجيش والمقاومة في المدينة.',
    'وأشارت المصادر إلى أن قوة عسكرية كبيرة اتجهت من عدن عصر اليوم نحو محافظة أبين شرقا.',
  ])('reports %s', (text) => {
    expect(first(text)?.spec.voice).toBe('verb');
    expect(kept(text)).toContain('MOBILIZE/troops');
  });

  it('leaves a force that is only named alone', () => {
    expect(first('وتضم القوة العسكرية المشتركة عشرة آلاف جندي.')?.spec.type).not.toBe('MOBILIZE');
  });
});

describe('Arabic resignations', () => {
  it.each(['أعلن المدير التنفيذي للشركة، هيساو تاناكا، استقالته.', 'قدم وزير الداخلية استقالته إلى رئيس الوزراء.'])(
    'reads %s as a sure resignation',
    (text) => {
      const m = first(text);
      expect(`${m?.spec.type}/${m?.spec.mode}`).toBe('RETREAT/resign');
      expect(m?.spec.weight).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('keeps a demanded resignation a weaker noun', () => {
    const m = first('طالب المتظاهرون باستقالة الحكومة.');
    expect(m?.spec.weight ?? 0).toBeLessThan(0.9);
  });
});

describe('Arabic announced surrenders', () => {
  it('reads the announcer as the one surrendering, with a verb', () => {
    const m = first('إن العشرات من المسلحين أعلنوا استسلامهم بعد توغل مدرعات المقاومة.');
    expect(`${m?.spec.type}/${m?.spec.mode}/${m?.spec.voice}`).toBe('RETREAT/disarm/verb');
  });
});
