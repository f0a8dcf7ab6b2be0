// "the authorities" in a ministry's or a police force's statement are that body (reporting-authority.ts): the
// institution that made the statement is credited, not the plain word.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('the body that reports for the authorities', () => {
  it('credits the ministry whose statement says the authorities acted', () => {
    const body = 'المنامة - واس: قالت وزارة الداخلية في البحرين أمس السبت إن السلطات أحبطت محاولة لتهريب أسلحة.';
    expect(actorsOf(body, 'COERCE')).toContain('Bahrain government');
  });

  it('keeps the authorities when the speaker is no state body', () => {
    const body = 'القاهرة - واس: وقال شاهد عيان إن السلطات اعتقلت خمسة أشخاص في القاهرة.';
    expect(actorsOf(body, 'COERCE')).not.toContain('Egypt government');
  });
});
