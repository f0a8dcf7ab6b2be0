// Two happenings of one type told in one sentence, in different places, are two events with distinct ids
// (separate-happenings.ts, event-id.ts); one happening told twice in a sentence stays one.
import { fieldsOf, placeName } from './fields-of';

const placesOf = fieldsOf(placeName, 'en', '2025-03-10T10:00:00Z');
const idsOf = fieldsOf((e) => e.id, 'en', '2025-03-10T10:00:00Z');

describe('separate happenings in one evidence span', () => {
  const body =
    'The movement said it fired rockets at a barracks near Kiryat Shmona "in revenge" for its commander, ' +
    'and that a drone targeted a radar site in the occupied Golan Heights.';

  it('a rocket attack on one place and a drone strike on another are two events', () => {
    expect(placesOf(body, 'ASSAULT')).toEqual(expect.arrayContaining(['QiryatShmona', 'Golan Heights']));
  });

  it('their ids differ', () => {
    const ids = idsOf(body, 'ASSAULT');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('two verbs of one attack in one place stay one event', () => {
    expect(
      placesOf('Gunmen attacked a checkpoint in Nabatieh on Monday and shot dead two soldiers.', 'ASSAULT'),
    ).toHaveLength(1);
  });

  it('a district named beside its city is one happening read twice, not two', () => {
    const placesAr = fieldsOf(placeName, 'ar', '2015-07-21T10:00:00Z');
    expect(
      placesAr('وفي عدن، قصف المتمردون بقذائف الهاون حيا سكنيا بمنطقة دار سعد صباح اليوم.', 'ASSAULT'),
    ).toHaveLength(1);
  });
});

describe('two doers of one type in one sentence', () => {
  const actorsOf = fieldsOf((e) => e.actor?.name ?? '-', 'en', '2025-12-15T10:00:00Z');
  it('keeps an attack and the strike that answered it, at one place, as two events', () => {
    const body =
      "Yemen's Houthi rebels fired two anti-ship missiles at a cargo ship off Hodeidah on Monday, hours before " +
      'U.S. warplanes struck the port of Hodeidah.';
    expect(actorsOf(body, 'ASSAULT')).toEqual(expect.arrayContaining(['Houthis', 'United States military']));
  });
});
