// An act told inside the "that" complement of a denied report, claim or allegation is no event
// (english-denied-reports.ts); the denial stays a REJECT event, and a confirmed report still reports its act.
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });

const types = (body: string): string[] => all.explain({ id: 't', body, language: 'en' }).map((e) => e.event.type);

describe('English acts inside a denied report', () => {
  it.each([
    'The army denied reports that it had evacuated a post near the border.',
    'The army denied claims that it had evacuated a post near the border.',
    'The army dismissed allegations that it had evacuated a post near the border.',
    'The army rejected accusations that it had evacuated a post near the border.',
    'The army also denied reports circulating on social media that it had evacuated a post near Kfar Kila.',
    'The army denied that it had evacuated a post near the border.',
  ])('keeps the denial and adds no withdrawal: %s', (body) => {
    const found = types(body);
    expect(found).toContain('REJECT');
    expect(found).not.toContain('RETREAT');
  });

  it('adds no withdrawal where there was "no truth to reports" of it', () => {
    expect(types('There was no truth to reports that the army had evacuated a post near the border.')).not.toContain(
      'RETREAT',
    );
  });

  it('adds no shelling from "rejected accusations that its troops had shelled"', () => {
    expect(types('The army rejected accusations that its troops had shelled a village near the border.')).not.toContain(
      'ASSAULT',
    );
  });

  it('keeps the withdrawal of a confirmed report and of a report the army did not deny', () => {
    expect(types('The army confirmed reports that it had evacuated a post near the border.')).toContain('RETREAT');
    expect(types('The army did not deny reports that it had evacuated a post near the border.')).toContain('RETREAT');
  });
});
