// "Israeli forces launched raids …, killing nine": the subject of a light verb's event noun is remembered for the
// participle after it (rememberVerb in shared-subject.ts), as a verb's subject is.
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../assemble-events';

const killer = (text: string) =>
  assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).find((d) => d.trigger.spec.words[0] === 'killing')?.actor
    ?.name ?? null;

describe('the subject of a light verb and its event noun', () => {
  it('is the subject of the participle after them', () => {
    expect(
      killer(
        'Israeli forces launched simultaneous raids on three towns in the West Bank on Tuesday, killing at least nine Palestinians.',
      ),
    ).toBe('Israeli military');
  });
  it('is as when the verb itself is the trigger', () => {
    expect(
      killer('Israeli forces raided three towns in the West Bank on Tuesday, killing at least nine Palestinians.'),
    ).toBe('Israeli military');
  });
});
