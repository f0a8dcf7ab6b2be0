// A verb of undergoing (تعرض) makes its whole subject phrase the side hit; the act it undergoes names its doer after
// it, behind من / من قبل / من جانب or as the gentilic of the means.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('Arabic undergone acts (تعرض ل...)', () => {
  it('does not take a name inside the subject phrase of تعرض as the attacker', () => {
    expect(actorsOf('تعرضت دورية للجيش العراقي لهجوم في الرمادي.', 'ASSAULT')).not.toContain('Iraq military');
  });

  it('reads the doer behind من or من قبل after the undergone act', () => {
    expect(actorsOf('تعرض مطار عدن الدولي أمس لقصف صاروخي من ميليشيات الحوثي.', 'ASSAULT')).toContain('Houthis');
    expect(actorsOf('تعرضت دورية للجيش العراقي لهجوم من قبل عناصر داعش في الرمادي.', 'ASSAULT')).toEqual([
      'Islamic State',
    ]);
  });

  it('reads the gentilic of the means the act was done with', () => {
    const body = 'وافادت معلومات عن تعرض قريتين تسيطر عليهما القوات الكردية في شمال سوريا لقصف بدبابات تركية.';
    expect(actorsOf(body, 'ASSAULT')).toEqual(['Turkey military']);
  });

  it('reads a gentilic after projectiles as their side', () => {
    const body = 'تعرضت قرى محافظتي الطوال والحرث جنوب جازان أمس إلى سقوط مقذوفات حوثية أصيب من خلالها مواطن.';
    expect(actorsOf(body, 'ASSAULT')).toEqual(['Houthis']);
  });
});
