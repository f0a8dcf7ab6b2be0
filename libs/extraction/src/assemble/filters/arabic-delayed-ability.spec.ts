import { triggerIndex } from '../../patterns/lexicon';
import { matchTriggers } from '../../patterns/match-triggers';
import { tokenize } from '../../text/tokenize';
import { delayedAbility } from './arabic-delayed-ability';

/** The types of the triggers in `text` that delayedAbility keeps as events. */
const kept = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no ar lexicon');
  const tokens = tokenize(text);
  return matchTriggers(tokens, index)
    .filter((m) => !delayedAbility(tokens, m, 0))
    .map((m) => m.spec.type);
};

describe('an ability whose أن comes after an aside', () => {
  it('drops the act the ability allows', () => {
    expect(kept('ويمكن لمجلس الأمن، بقرار يتخذه وفق الميثاق، أن يطلب من المحكمة تأجيل القضية.')).not.toContain(
      'REQUEST',
    );
  });

  it('keeps a refusal with لا and an act after another أن', () => {
    expect(kept('وقال إنه لا يمكن للمجلس، في ظل هذه الظروف، أن يطلب التأجيل.')).toContain('REQUEST');
    expect(kept('ويمكن القول إن الوزير أكد أن الحكومة تطلب من المجلس التدخل.')).toContain('REQUEST');
  });
});
