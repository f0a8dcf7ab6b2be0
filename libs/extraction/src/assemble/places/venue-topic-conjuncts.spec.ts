// A place joined by "and" to the place of a talks topic is part of that topic, not the venue (venue-topics.ts).
import { fieldsOf, placeName } from '../../extractor/fields-of';

const placesOf = fieldsOf(placeName, 'en', '2024-03-05T10:00:00Z');

describe('English topic places joined by "and"', () => {
  it('does not read the second place of "the situation in A and B" as the venue', () => {
    const text = 'The two ministers discussed the situation in Libya and the Gaza Strip, the ministry said.';
    expect(placesOf(text, 'CONSULT')).not.toContain('Gaza Strip');
  });

  it('keeps a venue joined by "and" to a plain place', () => {
    expect(placesOf('The envoys met in Amman and Cairo on Monday.', 'CONSULT')).toContain('Amman');
  });
});
