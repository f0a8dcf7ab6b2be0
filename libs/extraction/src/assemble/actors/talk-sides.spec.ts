// A meeting or call noun that names its parties after بين takes the first of them as its actor (talk-sides.ts).
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('the parties of talks named after بين', () => {
  it('take the first party of a phone call as its actor', () => {
    const body =
      'فيينا - واس: وتقدمت المفاوضات عقب اتصال هاتفي أمس بين وزير الخارجية الأمريكي جون كيري ونظيره الإيراني محمد جواد ظريف.';
    expect(actorsOf(body, 'CONSULT')).toEqual(['John Kerry']);
  });

  it('take the first party of talks as their actor', () => {
    const body =
      'القاهرة - واس: وتناولت المباحثات بين الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبدالله الثاني في القاهرة أمس الأوضاع في المنطقة.';
    expect(actorsOf(body, 'CONSULT')).toEqual(['Abdel Fattah el-Sisi']);
  });
});
