// A quotation opening between a name and a masdar starts the speaker's words: the name before the quote mark is no
// subject of the light verb inside them (arabic-masdar-actor.ts); at most a nearest-name guess.
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../assemble-events';

/** The actor rules of the ASSAULT drafts of an Arabic text. */
const assaultRules = (text: string) =>
  assembleEvents({ text, language: 'ar' }, DEFAULT_RESOURCES)
    .filter((d) => d.trigger.spec.type === 'ASSAULT')
    .map((d) => d.trace.actorRule);

describe('the subject of an Arabic light verb before a masdar', () => {
  it('is not the speaker’s body named before a quotation that opens with the light verb', () => {
    const straight = 'وقال أحمد بيدار، المتحدث باسم حاكم الإقليم "فجر انتحاري المتفجرات في سوق المدينة".';
    expect(assaultRules(straight)).not.toContain('subject of light verb before masdar');
    const guillemets = 'وقال أحمد بيدار، المتحدث باسم حاكم الإقليم «فجر انتحاري المتفجرات في سوق المدينة».';
    expect(assaultRules(guillemets)).not.toContain('subject of light verb before masdar');
  });
  it('is still the name right before the light verb when no quotation opens between them', () => {
    expect(assaultRules('وقالت المصادر إن "داعش" فجر المتفجرات في سوق المدينة.')).toContain(
      'subject of light verb before masdar',
    );
  });
});
