// An agentless arrest is the security body's the report named before it (security-agent.ts): Arabic "وتم القبض على
// المتهمين", English "20 suspects had been arrested".
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');

describe('securityAgent in English', () => {
  it('credits a passive arrest to the body named before', () => {
    expect(
      actorsOf('Malian soldiers raided a market in Mopti on Monday. It said 20 suspects had been arrested.', 'COERCE'),
    ).toContain('Mali military');
  });
  it('leaves an active arrest with no subject alone', () => {
    expect(actorsOf('Malian soldiers raided a market in Mopti on Monday. Arrests followed in Gao.', 'COERCE')).toEqual([
      null,
    ]);
  });
});

const arabicActorsOf = fieldsOf(actorName, 'ar', '2015-07-27T10:00:00Z');

describe('securityAgent in Arabic', () => {
  it('credits a passive arrest inside a reported clause to the body that reports it', () => {
    const body = 'كاتماندو - واس: قالت الشرطة النيبالية أمس الأحد إن خمسة نيباليين ألقي القبض عليهم بتهمة قتل صبي.';
    expect(arabicActorsOf(body, 'COERCE')).toContain('Nepal police');
  });
  it('leaves an active arrest in a reported clause to its own subject', () => {
    const body = 'كاتماندو - واس: قالت الشرطة النيبالية إن مسلحين ألقوا القبض على خمسة أشخاص.';
    expect(arabicActorsOf(body, 'COERCE')).not.toContain('Nepal police');
  });
  it('leaves arrests a demonstrative points back to with the doer told before, not the body named last', () => {
    const body =
      'قال تجمع لأهالي معتقلين "سلفيين" في غزة في بيان امس ان اجهزة الامن التابعة لحماس التي تسيطر على القطاع اعتقلت عدداً من نشطاء الجماعات السلفية. ' +
      'وقال البيان ان "هذه المؤامرة الحمساوية حيكت في الظلام"، متهما "اطرافا مشبوهة" بجر القطاع الى حروب داخلية "المستفيد الوحيد منها الاحتلال وعملاؤه". ' +
      'ولم تصدر وزارة الداخلية في غزة اي تعليق حول هذه الاعتقالات.';
    expect(arabicActorsOf(body, 'COERCE')).not.toContain('Israeli government');
  });
});
