// Arabic material triggers read by their neighbours: a military convoy is no aid, "أوقفت تقدمهم" arrests nobody, a
// crowd or the Popular Mobilization's other names are no build-up, aircraft make a shelling an air strike, and halting
// one's own strikes is a ceasefire.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const matches = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  const tokens = tokenize(text);
  return matchTriggers(tokens, index).map((m) => ({
    reading: `${m.spec.type}/${m.spec.mode}`,
    words: tokens
      .slice(m.first, m.end)
      .map((t) => t.surface)
      .join(' '),
  }));
};
const readings = (text: string) => matches(text).map((m) => m.reading);
const types = (text: string) => readings(text).map((r) => r.split('/')[0]);

describe('Arabic material senses', () => {
  it('reads a military convoy as no aid, a relief convoy as aid', () => {
    expect(types('قتل جنديان في انفجار سيارة مفخخة عند مرور قافلة عسكرية في المحافظة.')).not.toContain('AID');
    expect(types('ويستعد المطار لاستقبال أولى قوافل الحجاج الأسبوع المقبل.')).not.toContain('AID');
    expect(readings('وصلت قافلة تحمل مواد غذائية إلى المدينة المحاصرة.')).toContain('AID/humanitarian');
  });

  it('reads أوقف as an arrest only when it takes people', () => {
    expect(types('قصفت المقاتلات مواقع المتمردين، حيث أوقفت تقدمهم نحو المدينة.')).not.toContain('COERCE');
    expect(types('وأوقفت الحكومة دعمها لمزارع الرياح العام الماضي.')).not.toContain('COERCE');
    expect(readings('وأوقفت الشرطة التركية 54 شخصا في إسطنبول.')).toContain('COERCE/arrest');
  });

  it('reads a place or time of custody as no arrest', () => {
    expect(types('ورافق الصحفيون الأهالي إلى مكان احتجاز العسكريين في الجبال.')).not.toContain('COERCE');
    expect(types('وأشارت إلى أنها فتحت أماكن احتجاز لعشرات الأسرى.')).not.toContain('COERCE');
    expect(readings('وأعلنت الشرطة احتجاز ثلاثة مشتبه بهم في المدينة.')).toContain('COERCE/arrest');
  });

  it('reads a statute that forbids as no ban, an authority banning as one', () => {
    expect(types('ويحظر القانون الإساءة إلى الأديان.')).not.toContain('COERCE');
    expect(types('وأقر البرلمان قانونا يحظر دخول المفتشين.')).not.toContain('COERCE');
    expect(readings('حظرت السلطات التركية بث صور التفجير.')).toContain('COERCE/ban');
  });

  it('reads a crowd and the Popular Mobilization as no build-up', () => {
    expect(types('فجر نفسه وسط حشد من الشباب المؤيدين للأكراد.')).not.toContain('MOBILIZE');
    expect(types('تبنى التنظيم تفجير سيارة مفخخة على تجمع لعناصر الحشد الرافضي.')).not.toContain('MOBILIZE');
    expect(types('صد التنظيم تقدما للجيش ومليشيا الحشد قرب سامراء.')).not.toContain('MOBILIZE');
    expect(readings('حشدت الميليشيات مئات المقاتلين على تخوم المدينة.')).toContain('MOBILIZE/troops');
    expect(readings('رغم الحشد الحوثي لمسلحيه على تخوم مأرب.')).toContain('MOBILIZE/troops');
  });

  it('reads reinforcements hit on the way as the target of an attack, not a build-up', () => {
    expect(types('وقالت مصادر إن مسلحين استهدفوا في وقت متأخر من مساء الاثنين تعزيزات حوثية.')).not.toContain(
      'MOBILIZE',
    );
    expect(types('وتمكنت المدفعية أمس من تدمير رتل عسكري كان متجها إلى الجبهة.')).not.toContain('MOBILIZE');
    expect(readings('دفعت الميليشيات بتعزيزات كبيرة نحو الجبهة الغربية.')).toContain('MOBILIZE/troops');
    expect(readings('ووصلت تعزيزات عسكرية إلى المدينة أمس.')).toContain('MOBILIZE/troops');
  });

  it('reads shelling by aircraft as an air strike, keeping the aircraft out of the trigger', () => {
    expect(matches('قصفت طائرات التحالف مواقع المتمردين في المدينة.')).toContainEqual({
      reading: 'ASSAULT/aerial',
      words: 'قصفت',
    });
    expect(readings('وقال المرصد إن قصف الطيران المروحي بالبراميل المتفجرة طال القرية.')).toContain('ASSAULT/aerial');
    expect(readings('واستهدف الطيران الحربي مخازن الأسلحة.')).toContain('ASSAULT/aerial');
    expect(readings('قصفت المدفعية مواقع المتمردين في المدينة.')).toContain('ASSAULT/heavy-weapons');
  });

  it('reads halting one own strikes or fire as a ceasefire', () => {
    expect(readings('وقال الرئيس: «أمرت بوقف الغارات الجوية على المعسكرات».')).toContain('RETREAT/ceasefire');
    expect(readings('وأفادت مصادر بأن القوات أوقفت عمليات القصف الجوي جزئيا.')).toContain('RETREAT/ceasefire');
    expect(readings('ويذكر أن الجماعة أوقفت إطلاق النار الأسبوع الماضي.')).toEqual(['RETREAT/ceasefire']);
  });
});
