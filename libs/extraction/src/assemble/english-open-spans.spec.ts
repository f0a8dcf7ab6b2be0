// English perfects over an open span ("has held talks … for over a decade"): a record, not the day's news
// (english-standing-acts.ts).
import { DEFAULT_RESOURCES } from '../extractor/rule-extractor';
import { assembleEvents } from './assemble-events';

const types = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('English perfects over an open span', () => {
  it.each([
    [
      'The rebel group, which has held on-off talks with successive governments for over a decade, declined to comment.',
      'CONSULT',
    ],
    ['Washington had urged both sides for months to accept a ceasefire.', 'REQUEST'],
    ['Rights groups have criticised the trials for years.', 'ACCUSE'],
    ['The two governments have held talks on several occasions.', 'CONSULT'],
  ])('reads %j as background, not %s', (text, type) => {
    expect(types(text)).not.toContain(type);
  });

  it.each([
    ['The government held talks with the rebel group in Oslo on Monday.', 'CONSULT'],
    ['The regulator has suspended the broadcasts of two radio stations for three months.', 'COERCE'],
  ])('keeps the news in %j as %s', (text, type) => {
    expect(types(text)).toContain(type);
  });
});
