// "مواقع للحوثيين بالعاصمة صنعاء": the capital noun with a glued ب or و makes the capital after it a place, the scene,
// not the government the bare name would stand for (map-spans.ts isLocative).
import { draftPlaces } from './placed-events.fixture';

describe('a capital after a glued capital noun', () => {
  it('is the scene of the strike', () => {
    const text = 'وقصف طيران التحالف اليوم مواقع للحوثيين بالعاصمة صنعاء.';
    expect(draftPlaces(text, 'ar', 'ASSAULT')).toEqual(['Sanaa']);
  });
  it('heads a round-up of its own with the town listed after it', () => {
    const text = 'وقصف طيران التحالف اليوم مواقع للحوثيين بالعاصمة صنعاء ومدينة مأرب شرقي اليمن.';
    expect(draftPlaces(text, 'ar', 'ASSAULT')).toEqual(['Sanaa', 'Marib']);
  });
});
