// A protest at a country's parliament, with no town of its own, is in the capital where the parliament sits.
import { draftPlaces } from './placed-events.fixture';

describe('a protest at the parliament', () => {
  it('is in the capital of the country it was placed in', () => {
    const text =
      'أقر البرلمان في اليونان الإصلاحات التي طلبها الدائنون. إلا أن متظاهرين تجمعوا أمام البرلمان في المساء للهتاف ضد الحكومة.';
    expect(draftPlaces(text, 'ar', 'PROTEST')).toEqual(['Athens']);
  });

  it('a protest elsewhere in the country stays at the country', () => {
    const text =
      'أقر البرلمان في اليونان الإصلاحات التي طلبها الدائنون. إلا أن متظاهرين تجمعوا في الشوارع في المساء للهتاف ضد الحكومة.';
    expect(draftPlaces(text, 'ar', 'PROTEST')).toEqual(['Greece']);
  });
});
