// Arabic vows to retaliate (THREATEN): an act "will not go unpunished", a party "will respond to" violations or
// "will take all measures" against a foe; and the look-alikes they must leave alone (answering questions, security
// arrangements for guests).
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const readings = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => `${m.spec.type}/${m.spec.mode}`);
};

describe('vows to retaliate', () => {
  it.each([
    ['وأكد المجلس أن الجريمة لن تمر دون عقاب.', 'THREATEN/threaten'],
    ['وقال إن اعتداءاتهم لن تمر مرور الكرام.', 'THREATEN/threaten'],
    ['وأكدت القيادة أنها سترد على أي خرق للهدنة.', 'THREATEN/threaten'],
    ['وقال الرئيس إن هذه جماعات إرهابية سنتخذ كافة التدابير اللازمة ضدها.', 'THREATEN/threaten'],
    ['وأكدت الحكومة أنها ستتخذ جميع الإجراءات الممكنة لحماية أمنها.', 'THREATEN/threaten'],
    ['تعهد زعيم الحزب المعارض الشيخ سالم أحمد، اليوم (الأحد)، بالانتقام من القتلة.', 'THREATEN/threaten'],
    ['وقالت الجبهة إن مقاتليها تتجهز للرد على جريمة قصف القرية.', 'THREATEN/threaten'],
  ])('%s → %s', (text, reading) => {
    expect(readings(text)).toContain(reading);
  });

  it('leaves answering questions alone', () => {
    expect(readings('وقال المتحدث إن الوزارة سترد على أسئلة الصحفيين غدا.')).not.toContain('THREATEN/threaten');
  });

  it('leaves getting ready to answer questions alone', () => {
    expect(readings('وقال الوزير إن الوزارة تستعد للرد على أسئلة النواب.')).not.toContain('THREATEN/threaten');
  });

  it('leaves security arrangements for visitors alone', () => {
    expect(readings('وقال المحافظ للزوار سنتخذ كل التدابير الأمنية لاستقبالكم.')).not.toContain('THREATEN/threaten');
  });
});
