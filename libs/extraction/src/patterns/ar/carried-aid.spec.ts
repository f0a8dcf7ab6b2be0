// A ship, plane or truck that "تحمل" relief goods is a delivery of aid; one carrying passengers is not.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const readings = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => `${m.spec.type}/${m.spec.phrase}`);
};

describe('Arabic carriers of aid', () => {
  it.each([
    'قال إن سفينة تحمل نحو ثلاثة آلاف طن من الأغذية رست في ميناء عدن.',
    'وصلت طائرة تحمل مساعدات طبية إلى المطار.',
    'انطلقت سبع شاحنات تحمل مساعدات إغاثية للشعب اليمني.',
  ])('reads %s as aid carried', (text) => {
    expect(readings(text).some((r) => r.startsWith('AID/') && r.endsWith('~ تحمل'))).toBe(true);
  });

  it('leaves a load of passengers out', () => {
    expect(readings('وصلت طائرات تحمل مئات الركاب إلى المطار.')).toEqual([]);
  });
});
