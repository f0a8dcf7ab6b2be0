// Speaking by phone is a finite verb (cooperative.patterns.ts): the call is reported as surely as "telephoned",
// not a bare noun that may be a topic ("a phone call is expected").
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../../assemble/assemble-events';

const callVoices = (text: string) =>
  assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES)
    .filter((d) => d.type === 'CONSULT' && d.mode === 'phone')
    .map((d) => d.trigger.spec.voice);

describe('English calls by phone', () => {
  it.each([
    'IAEA Director General Rafael Grossi spoke by phone with Iranian Foreign Minister Abbas Araqchi on Tuesday.',
    'Turkish President Tayyip Erdogan spoke on the phone with Russian President Vladimir Putin on Monday.',
  ])('reads %j as a call told by its verb', (text) => {
    expect(callVoices(text)).toEqual(['verb']);
  });

  it('keeps a call named by its noun a noun', () => {
    expect(callVoices('The two leaders discussed the war in a phone call on Monday.')).toEqual(['noun']);
  });
});
