// A crowd named for what it does is a protest (material.patterns.ts): "marchers" as "protesters" and "demonstrators".
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../../assemble/assemble-events';

const types = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('English protest crowds', () => {
  it('reads marchers as a protest', () => {
    expect(types('In Lima on Wednesday, marchers tried to reach Congress in the historic centre.')).toContain(
      'PROTEST',
    );
  });
});
