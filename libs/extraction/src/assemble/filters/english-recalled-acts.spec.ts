// Acts an English sentence recalls (english-recalled-acts.ts): a "when" clause hung on a past time after a comma and
// what stands after "memories of" / "a reminder of" are earlier happenings, not news.
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });

function events(body: string): { type: string; killed: number | null }[] {
  return all
    .extract({ id: 't', body, language: 'en', publishedAt: '2026-05-09' })
    .map((e) => ({ type: e.type, killed: e.killed ?? null }));
}

describe('English acts recalled as memories', () => {
  it('reads no air strike with last July\'s toll from "revived memories of July last year, when …"', () => {
    const body =
      'Fighting between Druze gunmen and Bedouin fighters in Sweida killed 14 people on Friday. The events revived ' +
      'memories of July last year, when clashes between Druze fighters and Bedouin tribes drew in government forces ' +
      'and Israeli air strikes, and more than 1,000 people were killed, according to the Observatory.';
    expect(events(body).map((e) => e.killed)).not.toContain(1000);
  });

  it('reads no deployment from "were also held in 2021 and 2022, when the army was deployed"', () => {
    const body =
      'Protests over power cuts were also held in 2021 and 2022, when the army was deployed to reopen roads.';
    expect(events(body).map((e) => e.type)).not.toContain('MOBILIZE');
  });

  it('reads no bombing after "a grim reminder of"', () => {
    const body =
      'Relatives laid flowers at the gate on Sunday, a grim reminder of the bombing of the airport in Kabul.';
    expect(events(body).map((e) => e.type)).not.toContain('ASSAULT');
  });

  it('keeps a "when" clause dated by today\'s news', () => {
    const body = 'Calm returned to Sweida on Saturday, a day after Friday, when gunmen killed 14 people in the town.';
    expect(events(body).map((e) => e.killed)).toContain(14);
  });
});
