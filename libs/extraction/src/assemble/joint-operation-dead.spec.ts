import { RuleExtractor } from '../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const joint = (body: string) =>
  ex.extract({ id: 'j', body, language: 'en' }).filter((e) => e.type === 'COOPERATE' && e.mode === 'joint');

describe('an English joint operation carries the dead of its own clause', () => {
  it('counts the dead the joint operation left', () => {
    const body =
      'Kenyan and Somali troops carried out a joint operation against militant camps near the town of Dhobley on Monday, killing seven fighters.';
    expect(joint(body).map((e) => e.killed)).toContain(7);
  });
  it('gives no count to cooperation that killed no one', () => {
    const body = 'Police from both countries launched a joint operation near the border town of Dhobley on Monday.';
    expect(joint(body).every((e) => e.killed === null)).toBe(true);
  });
});
