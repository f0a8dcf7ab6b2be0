// A dateline read for want of a place (attach-place.ts "dateline fallback") is where the desk files from: it sets no
// scene for the sentences after, which keep the setting the text itself gave.
import { placed } from './placed-events.fixture';

describe('dateline fallback sets no scene', () => {
  const lead = 'SEGOU, Mali (AFP) - Militants ambushed an army convoy near Kayes on Sunday, killing nine soldiers.';

  it('keeps the lead town for "in the area" after a sentence placed only by the dateline', () => {
    // The sentence right after the lead places nothing, so the arrests after it have no fresh scene to take.
    const body = `${lead} The army gave no further details. Soldiers detained twelve suspects after the attack. Troops were deployed in the area on Monday.`;
    expect(placed(body, 'COERCE')).toEqual([{ place: 'Segou', rule: 'dateline fallback' }]);
    expect(placed(body, 'MOBILIZE')).toEqual([{ place: 'Kayes', rule: 'setting of previous sentence' }]);
  });

  it('places a later strike "in the area" at the ambush town, not at the desk city', () => {
    const body = `${lead} Police arrested twelve traders for breaking a fuel ban, residents said. The army struck militant camps in the area on Monday, killing 30 fighters.`;
    expect(placed(body, 'ASSAULT').map((p) => p.place)).not.toContain('Segou');
  });
});
