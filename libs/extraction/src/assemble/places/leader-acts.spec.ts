// A head of state's act with no place of its own is not at the scene the sentence before told of (attach-place.ts).
import { placed } from './placed-events.fixture';

describe("a leader's act after a sentence that placed a happening", () => {
  const lead =
    "DHAKA, Aug 5 (Reuters) - Protesters stormed the prime minister's residence in Dhaka on Monday. " +
    'On Sunday, 14 police officers died when a crowd attacked a police station in Sirajganj district.';

  it("does not place a president's release order at the previous sentence's police station", () => {
    const body = `${lead} President Mohammed Shahabuddin ordered the release of opposition leader Khaleda Zia late on Monday.`;
    expect(placed(body, 'RETREAT').map((p) => p.place)).not.toContain('Sirajganj');
  });

  it('still places a placeless happening after the attack at its scene', () => {
    const body = `${lead} Police said the attackers later released two officers.`;
    expect(placed(body, 'RETREAT').map((p) => p.place)).toContain('Sirajganj');
  });
});

describe("a leader's act at the seat of power the dateline names", () => {
  it("places a president's concession with no place of its own in the dateline capital of his country", () => {
    const body =
      'NAIROBI, June 26 (Reuters) - Protesters stormed parliament in Nairobi on Tuesday over proposed tax rises. ' +
      'Police said 20 people were killed in the unrest across the country. ' +
      'President William Ruto withdrew the finance bill the following day.';
    expect(placed(body, 'CONCEDE')).toContainEqual({ place: 'Nairobi', rule: 'dateline fallback' });
  });
});
