// A place in the possessive before another name ("Sagaing's Myinmu township") holds the spot; the spot is the
// name after it (possessive-area.ts), in the trigger's clause and when a lead's region is sharpened.
import { placed } from './placed-events.fixture';

describe("English possessive areas ('Sagaing's Myinmu township')", () => {
  it('places a happening at the name after the possessive, not at the town named like the region', () => {
    const body = "Resistance fighters attacked a police post in Sagaing's Kanbalu township on Friday, residents said.";
    expect(placed(body, 'ASSAULT').map((p) => p.place)).toEqual(['Kanbalu']);
  });
  it("sharpens a lead's region to the spot the next sentence names after the possessive", () => {
    const body =
      'A military air strike on a monastery in the central Sagaing region killed at least 18 people, residents said ' +
      "on Thursday. The strike hit the monastery in Linta village in Sagaing's Myinmu township late on Wednesday.";
    const places = placed(body, 'ASSAULT').map((p) => p.place);
    expect(places[0]).toBe('Myinmu');
    expect(places).not.toContain('Sagaing');
  });
});
