// An Arabic meeting or deal held "في مقر"/"بمقر" a body in a named place was held there, not in the place that
// names one of its parties.
import { draftPlaces } from './placed-events.fixture';

describe('a deal signed at a headquarters', () => {
  it('is placed where the headquarters is, not in the town that names a party', () => {
    const text =
      'وقعت جامعة حائل اتفاقية تعاون مع صندوق تنمية الموارد البشرية، بهدف تهيئة الطلبة لسوق العمل، وذلك في مقر وزارة العمل بالرياض.';
    expect(draftPlaces(text, 'ar', 'AGREE')).toEqual(['Riyadh']);
  });

  it('reads a glued بمقر too', () => {
    const text = 'وقعت جامعة حائل مذكرة تفاهم مع الغرفة التجارية بمقر الغرفة في جدة أمس.';
    expect(draftPlaces(text, 'ar', 'AGREE')).toEqual(['Jeddah']);
  });

  it('keeps the place when no headquarters is named', () => {
    const text = 'وقعت جامعة حائل اتفاقية تعاون مع صندوق تنمية الموارد البشرية لتهيئة الطلبة لسوق العمل.';
    expect(draftPlaces(text, 'ar', 'AGREE')).toEqual(["Ha'il"]);
  });
});
