// A place a relative clause after the trigger dates to a past month or year is where an earlier step happened.
import { draftPlaces } from './placed-events.fixture';

const placesOf = (text: string, type: string) => draftPlaces(text, 'ar', type, '2015-08-04T10:00:00Z');

describe('places of a past relative clause', () => {
  it('the place where talks began last May is not where they continue', () => {
    const text =
      'وتحدث كيري ايضا عن استمرار المشاورات بين واشنطن وحلفائها الخليجيين التي بدأت في كامب ديفيد في مايو الماضي حول الدفاع الصاروخي.';
    expect(placesOf(text, 'CONSULT')).not.toContain('Camp David');
  });
  it('the place where a deal was sealed last week is not where a council now endorses it', () => {
    const text = 'ووافق المجلس على قرار يستند إلى الاتفاق الذي وقع في جنيف الأسبوع الماضي بين الطرفين.';
    expect(placesOf(text, 'AGREE')).not.toContain('Geneva');
  });
  it('a relative clause without a past date keeps its place', () => {
    const text = 'وتحدث كيري عن المشاورات بين واشنطن وحلفائها الخليجيين التي تجري في كامب ديفيد حول الدفاع الصاروخي.';
    expect(placesOf(text, 'CONSULT')).toContain('Camp David');
  });
});
