// English residual errors: the subject of a relative clause after a claim noun ("a charge Kigali denied"), the dead
// of a protest when they are protesters, and a home ("had lived in the US state of California") read as the scene.
import { RuleExtractor } from '../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const events = (body: string, type: string) =>
  ex
    .extract({ id: 't', language: 'en', title: 'Report', body, publishedAt: '2026-03-02T09:00:00Z' })
    .filter((e) => e.type === type);

describe('a claim noun opening a relative clause', () => {
  it.each([
    ['The United Nations accused Rwanda of backing rebels, a charge Kigali denied on Tuesday.', 'Kigali'],
    ['Officials accused the rebels of shelling the town, an allegation Nairobi rejected on Monday.', 'Nairobi'],
  ])('takes the name after the noun as the subject: %s', (body, name) => {
    const actors = [...events(body, 'REJECT')].map((e) => e.actor?.name);
    expect(actors.length).toBeGreaterThan(0);
    for (const a of actors) expect(a).not.toMatch(/charge|allegation/);
    expect(actors.some((a) => a?.includes(name) || a === 'Rwanda' || a === 'Kenya')).toBe(true);
  });
});

describe('protesters killed at a protest', () => {
  it.each([
    [
      'Thousands of people protested in Bujumbura on Tuesday. Police said 13 protesters were killed during the demonstrations.',
      13,
    ],
    [
      'Thousands of people demonstrated in Khartoum on Friday against fuel price rises, and at least six protesters were killed, witnesses said.',
      6,
    ],
  ])('carries their number: %s', (body, n) => {
    expect(events(body, 'PROTEST').map((e) => e.killed)).toContain(n);
  });

  it('does not give a protest the dead of its grievance', () => {
    const body =
      'Hundreds of people protested in Nairobi on Monday over the killing of five people by police last week.';
    expect(events(body, 'PROTEST').map((e) => e.killed ?? null)).not.toContain(5);
  });
});

describe('a home in a state or province is not the scene', () => {
  it.each([
    [
      'A man who had lived in the US state of California was executed in Tehran on Monday, the judiciary said.',
      'California',
    ],
    [
      'Police arrested a man in Ottawa on Tuesday. The suspect, who had lived in the Canadian province of Ontario, was charged.',
      'Ontario',
    ],
  ])('%s', (body, home) => {
    const places = ex
      .extract({ id: 't', language: 'en', title: 'Report', body, publishedAt: '2026-03-02T09:00:00Z' })
      .map((e) => e.location?.name);
    expect(places).not.toContain(home);
  });
});
