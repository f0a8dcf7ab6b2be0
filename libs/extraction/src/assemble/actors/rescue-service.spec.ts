// Rescue and relief bodies report the shelling they answer; they are never its doer, though aid stays theirs.
import { actorName, fieldsOf } from '../../extractor/fields-of';
import { rescueServiceUsingForce } from './rescue-service';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('rescueServiceUsingForce', () => {
  it('keeps civil defence from doing the shelling it reports', () => {
    const body =
      'وأوضح المتحدث الرسمي لمديرية الدفاع المدني بمنطقة جازان أنه في تمام الساعة 1:50 صباح اليوم الثلاثاء باشرت فرق الدفاع المدني بلاغًا عن سقوط مقذوف على منزل بقرية المغيرة بمحافظة الحرث من داخل الأراضي اليمنية، مما نتج عنه إصابة مقيمين.';
    const actors = actorsOf(body, 'ASSAULT');
    expect(actors.length).toBeGreaterThan(0);
    expect(actors).not.toContain('civil defence');
  });
  it('covers force events of rescue and relief bodies, not their aid', () => {
    expect(
      rescueServiceUsingForce(
        { id: 'gov:civil-defence', name: 'civil defence', kind: 'government', country: null },
        'ASSAULT',
      ),
    ).toBe(true);
    expect(
      rescueServiceUsingForce({ id: 'ngo:red-crescent', name: 'Red Crescent', kind: 'ngo', country: null }, 'COERCE'),
    ).toBe(true);
    expect(
      rescueServiceUsingForce({ id: 'ngo:red-crescent', name: 'Red Crescent', kind: 'ngo', country: null }, 'AID'),
    ).toBe(false);
    expect(
      rescueServiceUsingForce({ id: 'mil:SA', name: 'Saudi army', kind: 'military', country: 'SA' }, 'ASSAULT'),
    ).toBe(false);
  });
});
