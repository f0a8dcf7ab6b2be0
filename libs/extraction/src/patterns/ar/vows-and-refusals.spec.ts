// Arabic vows of force (THREATEN), "did not approve" refusals (REJECT) and inquiries begun (ACCUSE), with the
// look-alikes they must leave alone: a vow asked of someone, a condition, a relative clause, an inquiry team's name.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const readings = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => `${m.spec.type}/${m.spec.mode}`);
};

describe('vows of force, refusals and inquiries begun', () => {
  it.each([
    ['وتعهد رئيس الوزراء حيدر العبادي بمعاقبة مرتكبي الأعمال الإرهابية.', 'THREATEN/threaten'],
    ['وتعهدت الحكومة بطرد المسلحين من المدينة.', 'THREATEN/threaten'],
    ['الجنرال دوستم رجل الشمال القوي يتعهد بـ«طرد طالبان»', 'THREATEN/threaten'],
    ['وقال الزعيم المتقدم في السن «سنطرد طالبان من ولاية فارياب».', 'THREATEN/threaten'],
    ['في حين لم يوافق المجلس على موضوعين هما وثيقة السياسة السكانية.', 'REJECT/refuse'],
    ['ولم توافق الحكومة على مقترح المعارضة.', 'REJECT/refuse'],
    ['وبدأت وزارة الصناعات الأولية تحقيقاً بعدما فحص طبيب بيطري القطيع.', 'ACCUSE/investigate'],
    ['وباشرت النيابة العامة تحقيقا موسعا.', 'ACCUSE/investigate'],
  ])('%s → %s', (text, reading) => {
    expect(readings(text)).toContain(reading);
  });

  it('leaves a vow asked of someone alone', () => {
    expect(readings('واشترطت الإدارة أن يتعهد المقاتلون بطرد التنظيم.')).not.toContain('THREATEN/threaten');
  });

  it('leaves a condition and a relative clause alone', () => {
    expect(readings('وإذا لم يوافق عليه الكونغرس فلن يكون هناك مجال.')).not.toContain('REJECT/refuse');
    expect(readings('ما لم توافق الدول الدائنة على شطب الديون.')).not.toContain('REJECT/refuse');
    expect(readings('المستأجرين الذين لم يوافقوا على أعمال الترميم.')).not.toContain('REJECT/refuse');
  });

  it('leaves an inquiry team at work alone', () => {
    expect(readings('وباشر فريق التحقيق إجراءاته في الموقع.')).not.toContain('ACCUSE/investigate');
  });
});
