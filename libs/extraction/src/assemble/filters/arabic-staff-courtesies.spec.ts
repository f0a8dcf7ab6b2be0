// An official exhorting his own staff, and the calls and praise of a staff Eid greeting party, are courtesies; a
// labour demand by the staff themselves and a call on a government stay.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const ofType = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'ar' }).filter((e) => e.type === type);

describe('staff courtesies', () => {
  it('reads an official urging his own staff as no request', () => {
    const mayor =
      'طالب أمين منطقة عسير صالح بن عبد الله القاضي منسوبي الأمانة بتعميق روح العمل الجماعي، حاثًا إياهم على اتباع المنهج.';
    expect(ofType(mayor, 'REQUEST')).toHaveLength(0);
    expect(ofType('وحث الوزير جميع الموظفين على مواصلة العمل والنشاط لتحقيق رؤية الوزارة.', 'REQUEST')).toHaveLength(0);
  });
  it('reads praise at a staff Eid greeting party as no support', () => {
    const party =
      'جاء ذلك خلال حفل المعايدة الذي أقامته الأمانة لمنسوبيها بمناسبة عيد الفطر المبارك أمس، حيث استقبل القاضي ' +
      'منسوبي الأمانة الذين قدموا له التهنئة وتبادل معهم التهاني.';
    expect(ofType(party, 'SUPPORT')).toHaveLength(0);
  });
  it('reads greetings exchanged at the feast as no support', () => {
    const reception =
      'وقد بادل سمو الأمير فيصل بن بندر الجميع التهنئة داعياً الله جل جلاله أن يتقبل من الجميع صيامهم وقيامهم.';
    expect(ofType(reception, 'SUPPORT')).toHaveLength(0);
  });
  it('reads a minister meeting his own deputies as no consultation', () => {
    const internal =
      'عقد وزير الثقافة والإعلام الدكتور عادل الطريفي في مكتبه بجدة اجتماعاً مع وكلاء الوزارة ومديري الإدارات.';
    expect(ofType(internal, 'CONSULT')).toHaveLength(0);
  });
  it('keeps a meeting with an outside partner that mentions staff later', () => {
    const envoy =
      'وأدان ليون في تصريح عقب لقائه بوزير الخارجية الإيطالي باولو جينتيلوني في روما اختطاف الموظفين الإيطاليين.';
    expect(ofType(envoy, 'CONSULT').length).toBeGreaterThan(0);
  });
  it('keeps official congratulations by cable', () => {
    const cable = 'بعث خادم الحرمين الشريفين الملك سلمان برقية تهنئة للرئيس التونسي بمناسبة ذكرى إعلان الجمهورية.';
    expect(ofType(cable, 'SUPPORT').length).toBeGreaterThan(0);
  });
  it('keeps a labour demand by the staff and a call on a government', () => {
    expect(ofType('وطالب الموظفون المضربون الحكومة بصرف رواتبهم المتأخرة.', 'REQUEST').length).toBeGreaterThan(0);
    expect(ofType('وطالبت النقابة الحكومة بصرف رواتب الموظفين المتأخرة.', 'REQUEST').length).toBeGreaterThan(0);
  });
});
