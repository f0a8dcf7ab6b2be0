// The headquarters of international bodies (data/places.local.ts) are names of the city they stand in: a meeting
// "بمقر الأمانة العامة لجامعة الدول العربية" is held in Cairo.
import { findPlaces } from './index';

const names = (text: string) => findPlaces(text).map((m) => m.place.name);

describe('headquarters of international bodies', () => {
  it.each([
    ['عقدت اللجنة اجتماعا لها اليوم بمقر الأمانة العامة لجامعة الدول العربية', 'Cairo'],
    ['اجتمع الوزراء في مقر الأمانة العامة لمجلس التعاون لدول الخليج العربية', 'Riyadh'],
    ['عقد الاجتماع في مقر منظمة التعاون الإسلامي', 'Jeddah'],
  ])('places a meeting at a headquarters in its city: %s', (text, city) => {
    expect(names(text)).toContain(city);
  });
});
