// Alternate names dropped from one place (misleading-aliases.ts): the word no longer finds it, its own names still do.
import { findPlaces } from '../gazetteer';

const names = (text: string) => findPlaces(text).map((m) => m.place.name);

describe('misleading GeoNames alternates', () => {
  it('does not read منطقة الجزيرة as Algiers', () => {
    expect(names('يعمل الجهد الهندسي على تفكيك العبوات في منطقة الجزيرة لفتح ممرات آمنة.')).not.toContain('Algiers');
  });
  it('still finds Algiers under its own name', () => {
    expect(names('وصل الرئيس إلى الجزائر العاصمة أمس.')).toContain('Algiers');
  });
  it('reads the name particle بن as no town after a place noun', () => {
    expect(names('وصلت طائرة إلى مطار بن جمعة الصغير أمس.')).not.toContain('Baneh');
    expect(names('وصلت طائرة إلى مدينة بن أمس.')).not.toContain('Bonn');
  });
  it('still finds Bonn under its own name', () => {
    expect(names('عقد المؤتمر في مدينة بون الألمانية.')).toContain('Bonn');
  });
  it('reads Orano as the company, not Oran, while Oran keeps its own name', () => {
    expect(names('The mines minister accused Orano of illegally exporting uranium.')).not.toContain('Oran');
    expect(names('Protesters marched in Oran on Friday.')).toContain('Oran');
  });
  it('reads Salam as a family name, not Saham in Oman', () => {
    expect(names('Prime Minister Nawaf Salam met the envoy in Beirut.')).not.toContain('Saham');
    expect(names('Floods hit the town of Saham in Oman.')).toContain('Saham');
  });

  it.each([
    ['وأكد أنه أمسك بيدها في الاستوديو.', 'Omsk'],
    ['تقدمت القوات الموالية لحكومة الرئيس هادي باتجاه مقر الرئاسة في عدن.', 'Muqer'],
    ['وتشمل المجالات الواعدة الأخرى صناعتي البتروكيماويات والسياحة.', 'Baghlan'],
    ['وسألني بلهجة اليائس: فيه حد تاني في حياتك؟', 'Thane'],
    ['أطلق سراح أصغر مدان بالقتل في الولايات المتحدة.', 'Medan'],
    ['تحرير الطريق الرابط بين منطقة البو عيثة وعقدة سرمن شمالي الرمادي.', 'Aalborg'],
    ['وقال باحثون في جامعة أمريكية إنه لم يكن واضحاً ماهية هذا الجين ودوره في أمراض الحساسية.', 'Elgin'],
    ['أزالت السلطات الأوكرانية تمثال لينين من الساحة.', 'Lenino'],
    ['قررت شرطة كانتون زيوريخ عدم شراء البرنامج.', 'Guangzhou'],
    ['وتابع قائلا: شيئان لا يلتقيان الدولة المدنية وتنظيم الإخوان.', 'Shiyan'],
    ['قال الوزير الأمريكي جون كيري إن مخرجات حوار موسكو لا تلزم واشنطن.', 'Mesquite'],
    ['وقال مدير مركز داوني الصحي إن الحملة مستمرة.', 'Downey'],
    ['هجوم في عام 2009 على قاعدة «فورت هود» (ولاية تكساس) أدى إلى قتل 13 شخصا.', 'Furth'],
    ['قبل دعوة لزيارة روما لتصبح أولى زياراته لعاصمة دولة في الاتحاد الأوروبي.', 'Dhulia'],
    ['أما في محور سمي «شعر الحرب الحديث» فقد شارك الشاعر.', 'Semey'],
    ['وجود السياحة الصحراوية كوادي رم والقصور الأموية.', 'Rome'],
    ['ونقلت دبابات إلى بلدة صلنفة وقرية البسيط الخاضعتين لسيطرتها.', 'Albacete'],
    ['ثم محور كيف تنتصر قبل المباريات وداخلها.', 'Kyiv'],
    ['وهو مركز كان يستضيف تجمعات الإعلاميين.', 'Caen'],
    ['كانت نقطة التحول إنزال تويوتا بريوس في السوق اليابانية.', 'Toyota'],
    ['أبدت الشركة رغبتها في دراسة وتخطيط الطريق في اتجاه جبل كرا في الطائف.', 'Gera'],
    ['والله أنا أحسد ناسك اللي حواليك.', 'Nashik'],
    ['وقال "صياد" إنه خرج إلى البحر فجرا.', 'Sayad'],
    ['شارك المنتخب المغربي في البطولة. وتعرض المدافع لقطع في رباط الكاحل.', 'Rabat'],
    ['وفي المغرب تشكل ربات البيوت نصف السكان.', 'Rabat'],
    ['وكانت أقصر حرب في التاريخ، وفق المؤرخين المصريين.', 'Luxor'],
    ['وتحركت المدرعات لفتح جبهة جديدة غرب قاعدة العند في اليمن.', 'Judaydah'],
    ['بعث الملك برقية تهنئة لرئيس كوت ديفوار بذكرى اليوم الوطني.', 'Al Kut'],
    ['وقد قال الله تعالى {وَاعْبُدْ رَبَّكَ حَتَّى يَأْتِيَكَ الْيَقِينُ} في السودان.', 'Kosti'],
    ['إن ربك هو أعلم بمن ضل عن سبيله، قال الداعية السوداني.', 'Rabak'],
  ])('reads the word in %s as no far town (%s)', (text, town) => {
    expect(names(text)).not.toContain(town);
  });
  it('still finds Moscow, Kyiv and Omsk under their own names', () => {
    expect(names('رحبنا في موسكو باحتمال عقد اللقاء.')).toContain('Moscow');
    expect(names('وصل الوزير إلى العاصمة الأوكرانية كييف.')).toContain('Kyiv');
    expect(names('وقع الحادث في مدينة أومسك الروسية.')).toContain('Omsk');
  });
  it("still finds Rabat, Luxor, Kut and Cote d'Ivoire under their own names", () => {
    expect(names('افتتحت البطولة في العاصمة المغربية الرباط أمس.')).toContain('Rabat');
    expect(names('زار السياح معابد الأقصر في مصر.')).toContain('Luxor');
    expect(names('وقع انفجار في الكوت جنوب بغداد.')).toContain('Al Kut');
    expect(names('بعث الملك برقية تهنئة لرئيس كوت ديفوار بذكرى اليوم الوطني.')).toContain("Côte d'Ivoire");
  });
});
