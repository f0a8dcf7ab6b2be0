// Countries named like their capital (الكويت, Djibouti): the country's point is the capital, where news from there
// happens, not a desert centroid 37 km (Kuwait) or 64 km (Djibouti) away (data/countries.curated.ts).
import { findPlaces } from './index';

describe('city-state points', () => {
  it.each([
    ['عقد الاجتماع في الكويت أمس', 29.37, 47.98],
    ['Talks were held in Djibouti on Monday.', 11.59, 43.15],
  ])('places %s at the capital', (text, lat, lon) => {
    const place = findPlaces(text)[0]?.place;
    expect(place?.lat).toBeCloseTo(lat, 1);
    expect(place?.lon).toBeCloseTo(lon, 1);
  });
});
