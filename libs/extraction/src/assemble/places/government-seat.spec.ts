// English "the government in Port Sudan", "Iran's chargé d'affaires in Baghdad": the seat of a government that speaks
// of a happening, or the post of an envoy summoned over it (location-cues.ts), is not that happening's scene.
import { draftPlaces } from './placed-events.fixture';

const assaultPlaces = (text: string) => draftPlaces(text, 'en', 'ASSAULT');

describe("a government's seat", () => {
  it('is not the scene of the shelling it condemns', () => {
    const text =
      'Artillery shells slammed into a crowded market in El Fasher on Thursday, killing 23 people. The army-aligned Sudanese government in Port Sudan accused the RSF of targeting civilians and called the shelling a war crime.';
    expect(assaultPlaces(text)).not.toContain('Port Sudan');
  });

  it('leaves a city named without a government the scene', () => {
    const text = 'Artillery shells slammed into a crowded market in Port Sudan on Thursday, killing 23 people.';
    expect(assaultPlaces(text)).toContain('Port Sudan');
  });

  it("an envoy's post is not the scene of the shelling he is summoned over", () => {
    const text =
      "Iranian artillery shelled areas near the border town of Sidakan on Tuesday. The Iraqi foreign ministry summoned Iran's charge d'affaires in Baghdad on Wednesday to protest against the shelling.";
    expect(assaultPlaces(text)).not.toContain('Baghdad');
  });
});
