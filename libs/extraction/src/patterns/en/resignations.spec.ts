// A resignation announced in the progressive or the third person is a RETREAT (material.patterns.ts), as "resigned".
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../../assemble/assemble-events';

const types = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('English resignations', () => {
  it.each([
    'Several ministers announced on Wednesday they were quitting in solidarity with the protesters.',
    'The interior minister said on Friday he was resigning over the killings.',
    'Health minister quits over hospital fire.',
  ])('reads %j as RETREAT', (text) => {
    expect(types(text)).toContain('RETREAT');
  });
});
