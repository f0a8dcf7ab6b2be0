// A state institution placed in its state with في ("وزارة الداخلية في البحرين") is that state's institution
// (institution-in-state.ts), as a nisba would make it; heads that are also common nouns are left alone.
import { findActors } from './index';

const ids = (text: string): string[] => findActors(text).map((m) => m.actor.id);

describe('an institution placed in its state', () => {
  it('reads a ministry, the authorities or the police before في and a state as that state’s', () => {
    expect(ids('قالت وزارة الداخلية في البحرين أمس إن')).toContain('gov:BH');
    expect(ids('وقالت السلطات في مصر إنها أوقفت المتهمين')).toContain('gov:EG');
    expect(ids('وقالت الشرطة في تونس إنها فرقت المحتجين')).toContain('police:TN');
  });

  it('leaves a common noun before في and a state alone', () => {
    expect(ids('ودعا إلى استتباب الأمن في تونس')).not.toContain('police:TN');
  });
});
