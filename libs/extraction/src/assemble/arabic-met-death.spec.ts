// "لقي شاب عربي مصرعه متأثرا من طعنات وجهها له مجهولون": the dead named between لقي and مصرعه, stab wounds as an
// attack, the doer of a relative verb past the victim's pronoun, and the singular pronoun counting one dead.
import { RuleExtractor } from '../extractor/rule-extractor';
import { tokenize } from '../text/tokenize';
import { triggerIndex } from '../patterns/lexicon';
import { matchTriggers } from '../patterns/match-triggers';
import { readCounts } from './counts/read-counts';

const rules = new RuleExtractor({ minConfidence: 0 });
const assaults = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-08-01' }).filter((e) => e.type === 'ASSAULT');
const readings = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => `${m.spec.type}/${m.spec.mode}`);
};
const killed = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

describe('Arabic deaths told as لقي X مصرعه', () => {
  it.each([
    'لقي شاب عربي مصرعه في هجوم مسلح.',
    'لقي أربعة أشخاص على الأقل حتفهم في تفجير انتحاري.',
    'لقيت امرأتان مصرعهما في قصف على الحي.',
  ])('%s → a killing read from لقي on, its subject the dead', (text) => {
    const index = triggerIndex('ar');
    const hits = index ? matchTriggers(tokenize(text), index) : [];
    expect(hits.some((m) => m.first === 0 && m.spec.mode === 'killing' && m.spec.voice === 'passive')).toBe(true);
  });

  it('counts one dead for the singular pronoun, and leaves a figure to the figure', () => {
    expect(killed('لقي شاب عربي مصرعه في هجوم مسلح')).toBe(1);
    expect(killed('لقي 3 أشخاص مصرعهم في هجوم انتحاري')).toBe(3);
  });

  it('does not make the dead the doer', () => {
    const [e] = assaults('ولقي قائد الشرطة حتفه في هجوم انتحاري في العريش.');
    expect(e?.actor).toBeFalsy();
    expect(e?.killed).toBe(1);
  });
});

describe('Arabic stab wounds', () => {
  it('reads طعنات as a stabbing and its dealer after وجهها له as the doer', () => {
    const [e] = assaults('لقي شاب عربي مصرعه متأثرا من طعنات وجهها له مجهولون أثناء تواجده بمحافظة حفر الباطن.');
    expect(e?.mode).toBe('stabbing');
    expect(e?.actor?.name).toBe('gunmen');
    expect(e?.killed).toBe(1);
    expect(e?.location?.name).toBe('Hafar Al-Batin');
  });

  it('leaves the stab of betrayal alone', () => {
    expect(readings('ويتجرع الوطن طعنات الغدر والخيانة.')).not.toContain('ASSAULT/stabbing');
    expect(readings('ووصفتها بطعنة غادرة من حليف استراتيجي.')).not.toContain('ASSAULT/stabbing');
  });
});
