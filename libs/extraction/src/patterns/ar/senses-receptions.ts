// Arabic sense rules for "receiving" (see ../trigger-senses.ts): استقبل is a meeting when a host receives a guest,
// but airports receive flights, hotels their lodgers, cities their aid shipments and families their mourners, none
// of which is a CONSULT between actors (codebook: ceremony and services are not events).
import type { SenseRule } from '../trigger-senses';

/** Receptions of the season and of mourning: well-wishers at Eid and mourners at a wake are a courtesy, not a
 * meeting ("يستقبل الأمير المعزين في وفاة", "استقبلت الأسرة العزاء"). */
const SEASON_GUESTS = ['المهنئين', 'المهنئات', 'المعايدين', 'المعزين', 'المعزيات', 'العزاء'];

/** Hotels and resorts "receive" guests and tourists: occupancy, not a meeting. */
const LODGERS = ['نزلاء', 'النزلاء', 'السياح', 'سياحا', 'السائحين', 'سائحين', 'الزوار', 'زوارا'];

/** Aid, shipments and applications "received" by a city, a port or an office: deliveries, not a visit. */
const RECEIVED_THINGS = ['المساعدات', 'مساعدات', 'الإغاثة', 'شحنة', 'شحنات', 'الشحنات', 'طلبات', 'الطلبات'];

/** News "received" by a people or a public ("استقبل اليونانيون نبأ اتفاق أثينا", "استقبل الوسط الرياضي خبر موافقة
 * الوزير"): a reaction, nobody is met. Not the definite الخبر (the city of Al Khobar) nor الأنباء (news agencies,
 * whose heads are received). */
const RECEIVED_NEWS = ['نبأ', 'النبأ', 'خبر'];

/** Flights and planes an airport takes in ("استقبال الرحلات المدنية", "لاستقبال رحلات دولية", "واستقبالها طائرات
 * إغاثة"): traffic, not guests. Only right after the verb or masdar: a host greets a guest who came "على متن طائرة". */
export const RECEIVED_FLIGHTS = [
  ...['طائرة', 'الطائرة', 'طائرات', 'الطائرات', 'رحلة', 'الرحلة', 'رحلات', 'الرحلات'],
  // "استقبل مطار الملك عبدالعزيز مليون معتمر", "استقبل المطار عشرات الرحلات": the airport or port as the subject
  // right after the verb (VSO). "استقبل … في مطار" (a meeting at the airport) has the host in between.
  ...['مطار', 'المطار', 'مطارات', 'المطارات', 'ميناء', 'الميناء'],
];

export const AR_RECEPTION_SENSES: SenseRule[] = [
  // Receiving Eid well-wishers; the guest list may follow a long title, hence the wide window.
  {
    type: 'CONSULT',
    phrases: ['استقبل', 'استقبلت', 'يستقبل', 'تستقبل'],
    // Goods and paperwork received ("تستقبل المدينة المساعدات", "البوابة التي تستقبل طلبات المواطنين") follow the
    // verb closely; nobody is met.
    objectNot: [...RECEIVED_THINGS, ...RECEIVED_NEWS],
    nextNot: RECEIVED_FLIGHTS,
    // Airports in the plural as the subject before the verb ("مطارات مصر استقبلت خلال الساعات الماضية 100 ألف راكب"):
    // no meeting is held "at the airports", so unlike the singular (وفي المطار استقبله الأمير) they give it away.
    subjectNot: ['مطارات', 'المطارات'],
    window: 4,
    farNot: [...SEASON_GUESTS, ...LODGERS],
    farWindow: 16,
  },
];
