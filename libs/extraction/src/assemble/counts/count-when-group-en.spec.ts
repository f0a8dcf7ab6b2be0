// A group named after "including" whose death word opens "when <happening>" is that happening's toll, not the
// clause's (count-when-group-en.ts, read-counts.ts, merge-rules.ts).
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import { assembleEvents } from '../assemble-events';
import { mergeEvents } from '../merge/merge-events';
import { readCounts } from './read-counts';
import { whenGroups } from './count-when-group-en';

const groups = (text: string) => {
  const tokens = tokenize(text);
  return whenGroups(tokens, 0, tokens.length).map((g) => g.value);
};
const drafts = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES);

const SIRAJGANJ =
  'On Sunday alone, about 100 people were killed, including 14 police officers who died when a crowd attacked a ' +
  'police station in Sirajganj district.';
const ZABABDEH =
  'Four others were killed in and around Jenin, including two killed when a drone struck a car in the village of ' +
  'Zababdeh.';

describe('English groups that died in the happening after "when"', () => {
  it('reads the group after "including" whose death word opens "when"', () => {
    expect(groups(SIRAJGANJ)).toEqual([14]);
    expect(groups(ZABABDEH)).toEqual([2]);
  });

  it('reads no group when a comma closes the aside before the death word', () => {
    expect(
      groups('At least 21 civilians, including seven children, were killed when an air strike hit a village.'),
    ).toEqual([]);
  });

  it('keeps the group out of the clause toll', () => {
    const tokens = tokenize(SIRAJGANJ);
    expect(readCounts(tokens, 0, tokens.length).killed).toBe(100);
  });

  it('gives the happening after "when" the group figure', () => {
    expect(drafts(SIRAJGANJ).map((d) => d.killed)).toEqual([100, 14]);
    const strike = drafts(ZABABDEH).filter((d) => d.type === 'ASSAULT');
    expect(strike.map((d) => d.killed)).toEqual([4, 2, 2]);
  });

  it('lets the group figure stand when the clause toll merges with it', () => {
    const merged = mergeEvents(drafts(SIRAJGANJ)).filter((d) => d.type === 'ASSAULT');
    expect(merged.map((d) => d.killed)).toEqual([14]);
  });
});
