// "The head of the U.N. nuclear watchdog, Rafael Grossi, held talks": the holder apposed to an opening office acts,
// even when a dotted initialism sits inside the office or a dateline opens the sentence (english-subject.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const actorOf = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'en' }).find((e) => e.type === type)?.actor?.name ?? null;

describe('an office holder apposed to an office with a dotted initialism', () => {
  it('reads the holder, not the initialism, after a dateline', () => {
    expect(
      actorOf(
        'TEHRAN (Marsad) — The head of the U.N. nuclear watchdog, Rafael Grossi, held talks with Iranian Foreign Minister Abbas Araghchi in Tehran on Thursday.',
        'CONSULT',
      ),
    ).toBe('Rafael Grossi');
  });
  it('reads the holder without a dateline', () => {
    expect(
      actorOf(
        'The head of the U.N. nuclear watchdog, Rafael Grossi, met Iranian Foreign Minister Abbas Araghchi in Tehran.',
        'CONSULT',
      ),
    ).toBe('Rafael Grossi');
  });
});
