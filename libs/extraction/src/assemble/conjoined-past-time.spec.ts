// A past time before a comma closes the clause it ends: the verb that opens the next ", و" stretch is told of its own
// time ("… منذ سنوات، وطالبوا", "… في عام 1995، وهددوه"), while a time inside the trigger's own stretch still dates it.
import { assembleEvents } from './assemble-events';
import { DEFAULT_RESOURCES } from '../extractor/rule-extractor';

const types = (text: string) =>
  assembleEvents({ text, language: 'ar', publishedAt: '2015-08-03' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('a past time before ", و<verb>"', () => {
  it('does not date the verb that opens the next stretch', () => {
    expect(
      types('تظاهر الآلاف احتجاجا على انقطاع الكهرباء المستمر منذ سنوات، وطالبوا الحكومة بإقالة وزير الكهرباء.'),
    ).toContain('REQUEST');
    expect(
      types(
        'ونشر هؤلاء صورا مفبركة للرئيس، كما فعلوا قبيل اغتيال رئيس الوزراء إسحق رابين في عام 1995، وهددوه مباشرة بالقتل.',
      ),
    ).toContain('THREATEN');
  });
  it('still dates a verb of its own stretch', () => {
    expect(types('اعتقلت الشرطة المتهمين عام 2013 وأفرجت عنهم بعد أشهر.')).not.toContain('COERCE');
    expect(types('تظاهر الآلاف احتجاجا على الغلاء، وطالبوا منذ سنوات بإقالة الوزير.')).not.toContain('REQUEST');
  });
});
