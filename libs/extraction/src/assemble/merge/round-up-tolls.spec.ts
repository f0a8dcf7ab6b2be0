import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const firstTollAt = (body: string, place: string, publishedAt?: string) =>
  ex
    .extract({ id: 'r', body, language: 'en', publishedAt })
    .find((e) => e.type === 'ASSAULT' && e.location?.name === place)?.killed;

describe("a lead's round-up toll that the body breaks down", () => {
  it("gives the happening the lead joined its own figure (2 in Poonch + 1 in Kotli = the lead's 3)", () => {
    const body =
      'SRINAGAR (Reuters) - India and Pakistan agreed on Monday to strictly observe their ceasefire along the Kashmir frontier, after two days of cross-border firing killed three civilians. ' +
      'Indian officials said Pakistani troops opened fire with small arms and mortars on villages in the Poonch sector, killing two civilians. ' +
      "Pakistan's military said a woman was killed by Indian shelling in the Kotli district.";
    expect(firstTollAt(body, 'Poonch')).toBe(2);
  });

  it("gives the lead's own mention, left apart by its day, the body's figure for its place", () => {
    const body =
      'SRINAGAR (Reuters) - India and Pakistan agreed on Monday to strictly observe their ceasefire along the Kashmir frontier, after two days of cross-border firing killed three civilians. ' +
      'Indian officials said Pakistani troops opened fire with small arms and mortars on Saturday night on villages in the Poonch sector, killing two civilians. ' +
      "Pakistan's military said a woman was killed by Indian shelling in the Kotli district.";
    expect(firstTollAt(body, 'Poonch', '2025-06-02T10:00:00Z')).toBe(2);
  });

  it('reads "raids on three towns, killing nine" as 5 in Nur Shams + 4 around Jenin', () => {
    const body =
      'JENIN, West Bank (AP) — Israeli forces launched simultaneous raids on three towns in the northern West Bank on Wednesday, killing at least nine Palestinians. ' +
      'The Palestinian Health Ministry said five people were killed in the Nur Shams refugee camp near Tulkarem, where an Israeli airstrike hit a group of men, and four others in and around Jenin, including two killed when a drone struck a car in the village of Zababdeh.';
    expect(firstTollAt(body, 'Nur Shams camp')).toBe(5);
  });

  it("keeps the lead's toll when the body's figures do not add up to it", () => {
    const body =
      'JENIN, West Bank (AP) — Israeli forces launched simultaneous raids on three towns in the northern West Bank on Wednesday, killing at least nine Palestinians. ' +
      'The Palestinian Health Ministry said five people were killed in the Nur Shams refugee camp near Tulkarem, where an Israeli airstrike hit a group of men. ' +
      'Separately, a drone struck a car in the village of Zababdeh, killing three.';
    expect(firstTollAt(body, 'Nur Shams camp')).toBe(9);
  });
});
