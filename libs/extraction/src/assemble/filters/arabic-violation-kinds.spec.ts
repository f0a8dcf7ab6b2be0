import { triggerIndex } from '../../patterns/lexicon';
import { matchTriggers } from '../../patterns/match-triggers';
import { tokenize } from '../../text/tokenize';
import { violationKind } from './arabic-violation-kinds';

/** The types of the triggers in `text` that violationKind keeps as events. */
const kept = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no ar lexicon');
  const tokens = tokenize(text);
  return matchTriggers(tokens, index)
    .filter((m) => !violationKind(tokens, m, 0))
    .map((m) => m.spec.type);
};

describe('kinds of crimes listed in a relative clause are no events', () => {
  it('drops the acts a crimes clause lists', () => {
    const list =
      'وكشف التقرير أنماط الجرائم المرتكبة من جانب المتمردين والتي شملت الإعدامات خارج القانون، والقصف المباشر ' +
      'للأحياء السكنية، فضلا عن الحصار المفروض على المدن الأخرى.';
    expect(kept(list)).not.toContain('ASSAULT');
    expect(kept(list)).not.toContain('COERCE');
  });

  it('keeps the same acts reported as news', () => {
    const news = 'وقصف المتمردون الأحياء السكنية، وفرضوا الحصار على المدن الأخرى.';
    expect(kept(news)).toContain('ASSAULT');
    expect(kept(news)).toContain('COERCE');
  });

  it('keeps acts after a relative clause on something other than crimes', () => {
    expect(kept('وعقد الوفد جولة محادثات والتي شملت القصف المباشر للأحياء السكنية.')).toContain('ASSAULT');
  });
});
