// Bodies and groups the Arabic news names that the dictionary lacked: Israeli settlers in Arabic, separatists,
// the Eurogroup, the FBI, Al-Azhar, Saudi Arabia's Council of Senior Scholars, a provincial council, a syndicate,
// Taiz's military council, the KCK.
import { findActors } from '../actors';
import { RuleExtractor } from '../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const names = (text: string) => findActors(text).map((m) => m.actor.name);
const assaulters = (body: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-31T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.actor?.name ?? null);

describe('curated bodies and groups named in Arabic', () => {
  it('reads settlers, definite or not, as Israeli settlers', () => {
    expect(names('أضرم مستوطنون يهود النار في منزل')).toEqual(['Israeli settlers']);
    expect(names('وواصل المستوطنون هجماتهم')).toEqual(['Israeli settlers']);
  });

  it('makes the settlers the doers of the attack on a house', () => {
    const body = 'قتل طفل فلسطيني حرقا ليل الخميس حين هاجم مستوطنون منزله في قرية دوما جنوب نابلس في الضفة الغربية.';
    expect(assaulters(body)).toContain('Israeli settlers');
  });

  it('names the bodies by their Arabic names', () => {
    expect(names('وقال الانفصاليون إن رجلا قتل')).toEqual(['separatists']);
    expect(names('قررت مجموعة اليورو منح اليونان دعما')).toContain('Eurogroup');
    expect(names('وقال مكتب التحقيقات الفيدرالي إن')).toEqual(['FBI']);
    expect(names('وبدوره، أدان الأزهر التفجيرات')).toEqual(['Al-Azhar']);
    expect(names('أشادت هيئة كبار العلماء بجهود')).toEqual(['Council of Senior Scholars']);
    expect(names('نفى مجلس محافظة نينوى أمس')).toEqual(['Nineveh Provincial Council']);
    expect(names('أدانت نقابة الصحفيين اليمنيين اختطاف')).toEqual(['Yemeni Journalists Syndicate']);
    expect(names('وقع البنك الإسلامي للتنمية اتفاقية')).toEqual(['Islamic Development Bank']);
    expect(names('وأكد المجلس العسكري في تعز في بيان')).toEqual(['Taiz Military Council']);
    expect(names('أدانت الرئاسة المشتركة لمنظومة المجتمع الكردستاني الهجمات')).toEqual(['KCK']);
  });
});
