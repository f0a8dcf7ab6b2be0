// Aims, permissions, guesses and habits: triggers framed this way report no happening.
import { tokenize } from '../text/tokenize';
import { genericCue } from './generic-cues';

const cueAt = (text: string, word: string) => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.surface === word);
  if (at < 0) throw new Error(`${word} not in text`);
  return genericCue(tokens, at, { first: 0, end: tokens.length });
};

describe('generic cues', () => {
  it('drops an aim introduced by في محاولة', () => {
    expect(cueAt('هاجم المسلحون الحاجز في محاولة منهم للتقدم والسيطرة على التلة.', 'والسيطرة')).toBe('attempt:محاوله');
  });
  it('drops the act someone was attempting when something befell him', () => {
    expect(cueAt('قتل القائد في المواجهات أثناء محاولته قيادة تعزيزات نحو المدينة.', 'تعزيزات')).toBe(
      'attempt:محاولته',
    );
  });
  it('drops what a permission allows', () => {
    expect(cueAt('وافقت الحكومة على السماح للطائرات بشن غارات من المطار.', 'غارات')).toBe('permit:السماح');
    expect(cueAt('The government agreed to allow jets to launch strikes.', 'strikes')).toBe('permit:allow');
  });
  it('drops a guess and a habit', () => {
    expect(cueAt('وقال إن الغاية ربما تشديد الحصار على البلدة.', 'الحصار')).toBe('guess:ربما');
    expect(cueAt('تشهد المنطقة الحدودية هجمات شبه يومية على الجنود.', 'هجمات')).toBe('habitual:يوميه');
  });
  it('drops a habit told by a manner phrase a few words on', () => {
    expect(cueAt('والمتمردون يقصفون الأحياء السكنية بشكل يومي في المدينة.', 'يقصفون')).toBe('habitual:يومي');
    expect(cueAt('قصف المتمردون الأحياء السكنية بشكل عنيف في المدينة.', 'قصف')).toBeNull();
    expect(cueAt('وتتعرض الأحياء السكنية للقصف بشكل مستمر منذ الصباح.', 'للقصف')).toBeNull();
  });
  it('drops a stance held over a long span', () => {
    expect(cueAt('Aid agencies have warned for months that the camp would fall.', 'warned')).toBe('span:months');
    expect(cueAt('يطالب الأهالي منذ سنوات بإصلاح الطريق.', 'يطالب')).toBe('span:سنوات');
    expect(cueAt('The agencies warned on Monday that the camp would fall.', 'warned')).toBeNull();
  });
  it('drops a forecast and an ability', () => {
    expect(cueAt('ويتابع المراقبون المشهد فيما توقع أن يدعو المجلس الرئيس لمخاطبته.', 'يدعو')).toBe('guess:توقع');
    expect(cueAt('لكن الرئيس يقدر على أن يستعمل الفيتو ضد القرار.', 'يستعمل')).toBe('able:يقدر');
    expect(cueAt('وقال إن الجماعة قادرة على شن هجمات في العاصمة.', 'هجمات')).toBe('able:قادره');
  });
  it('keeps a refusal worded as "cannot" and a pluperfect', () => {
    expect(cueAt('وقال الوزير إنه لا يمكن أن نقبل هذا القرار.', 'نقبل')).toBeNull();
    expect(cueAt('وكان المسلحون قد هاجموا المدينة.', 'هاجموا')).toBeNull();
  });
  it('drops a stance taken again and again', () => {
    expect(cueAt('وقد دعا الوزير في أكثر من مناسبة إلى وقف القتال.', 'دعا')).toBe('repeated:مناسبه');
    expect(cueAt('وحذر الرئيس مرارا من التدخل الأجنبي.', 'وحذر')).toBe('repeated:مرارا');
    expect(cueAt('ودائما ما تدعو الحكومة إلى الحوار.', 'تدعو')).toBe('repeated:ودايما');
    expect(cueAt('وطالما طالبت المعارضة بإسقاط النظام.', 'طالبت')).toBe('repeated:وطالما');
    expect(cueAt('ودعا الوزير في كلمة أمام البرلمان إلى وقف القتال.', 'ودعا')).toBeNull();
  });
  it('drops a habit whose light verb and subject stand between "often" and the masdar', () => {
    expect(cueAt('حيث كثيرا ما يشن مقاتلو حركة طالبان هجمات على القوات.', 'هجمات')).toBe('repeated:كثيرا');
    expect(cueAt('وغالبا ما تشن الطائرات الحربية غارات على المنطقة.', 'غارات')).toBe('repeated:وغالبا');
    expect(cueAt('بغير ثقة فئات غالبا ما تكون مناطقية من الشعب»، رافضا اعتبار المعارضة خارجية.', 'رافضا')).toBeNull();
  });
  it('keeps plain reports, including a foiled attempt', () => {
    expect(cueAt('شن المسلحون هجوما على الحاجز أمس.', 'هجوما')).toBeNull();
    expect(cueAt('أحبطت القوات محاولة تسلل إلى البلدة.', 'تسلل')).toBeNull();
  });
});
