// A bare "المتمردين" / "المتمردون" (the rebels) is the Houthis only in a Yemeni story; elsewhere it names rebels of
// no group the dictionary knows (actor-context.ts), not the Houthis.
import { findActors } from './index';

const ids = (text: string): string[] => findActors(text).map((m) => m.actor.id);

describe('bare rebels', () => {
  it('are the Houthis in a Yemeni story, in either case ending', () => {
    expect(ids('عدن: وسيطرت المتمردون على قاعدة العند في اليمن')).toContain('group:houthis');
    expect(ids('عدن: وسيطر المتمردين على قاعدة العند في اليمن')).toContain('group:houthis');
  });

  it('are no Houthis outside Yemen', () => {
    const colombia = ids('كولومبيا: هاجم المتمردين قاعدة للجيش الكولومبي');
    expect(colombia).not.toContain('group:houthis');
    expect(colombia).toContain('group:opposition');
  });
});
