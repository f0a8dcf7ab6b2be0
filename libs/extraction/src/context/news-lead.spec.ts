// A report of record opening on a body's past act ("أصدر مجلس …", "شكلت منظمة …") stays news even when it quotes
// nobody and names no day; the same body of text opening on a thought is a quiet column (news-lead.ts).
import { tokenize } from '../text/tokenize';
import { articleGenre } from './article-genre';
import { opensWithNewsLead } from './news-lead';

const genreOf = (text: string) => articleGenre(tokenize(text), text).genre;

// Plain description: no speaker, no day, no figures, as a record of decisions reads.
const BODY = [
  'وتضمنت القرارات تنظيم عمل اللجان الفرعية وتحديد مهامها ومراجعة اللوائح الداخلية التي تحكم عملها، وتوحيد ' +
    'الإجراءات بين الإدارات المختلفة بما يضمن سرعة إنجاز المعاملات وتقليل الازدواجية في الصلاحيات.',
  'كما شملت القرارات اعتماد خطة لتطوير الخدمات الإلكترونية وربط الفروع بشبكة موحدة، وإعادة النظر في آليات ' +
    'التوظيف والتدريب، وتوسيع نطاق الشراكة مع الجهات الأكاديمية في مجالات البحث والاستشارات.',
  'وتناولت القرارات كذلك تحديث معايير الجودة في المشروعات العامة ومتابعة تنفيذها ميدانيا، ومراجعة العقود ' +
    'المتعثرة ووضع جداول زمنية واضحة لإنجازها، ومحاسبة المقصرين في التنفيذ وفق الأنظمة المعمول بها.',
];
const text = (lead: string) => [lead, ...BODY, ...BODY, ...BODY].join('\n');

describe('Arabic news leads', () => {
  it('keeps a long unattributed record that opens on a council issuing decisions as news', () => {
    expect(genreOf(text('أصدر مجلس الإدارة خلال الدورة الماضية عددا من القرارات المهمة.'))).toBe('news');
  });
  it('still reads the same body opening on a thought as a quiet column', () => {
    expect(genreOf(text('كلنا نعرف أن القرارات وحدها لا تكفي إن لم تجد من ينفذها بإخلاص.'))).toBe('opinion');
  });
  it('asks for a body as the subject, not any past verb', () => {
    expect(opensWithNewsLead(tokenize('أصدر الكاتب روايته الجديدة عن دار نشر صغيرة.'))).toBe(false);
    expect(opensWithNewsLead(tokenize('وشكلت منظمة التجارة العالمية هيئة للنظر في الشكوى.'))).toBe(true);
  });
});
