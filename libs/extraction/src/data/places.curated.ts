// Hand-curated MENA conflict geography that GeoNames cities500 lacks or names badly (districts, fronts, regions,
// governorates, Arabic spellings). For any key listed here, generated candidates are dropped: curated data wins.
import type { PlaceKind } from '../gazetteer/place.types';
import { CONFLICT_PLACES } from './places.conflict';
import { DISTRICT_PLACES } from './places.districts';
import { FRONT_PLACES } from './places.fronts';
import { LOCAL_PLACES } from './places.local';
import { REGION_PLACES } from './places.regions';
import { MENA_PLACES } from './places.mena';
import { SAUDI_PLACES } from './places.saudi';
import { WORLD_PLACES } from './places.world';
import { WIRE_TOWN_PLACES } from './places.wire-towns';
import { CORPUS_GAP_PLACES } from './places.corpus-gaps';
import type { CuratedPlace } from './curated-place.types';

export type { CuratedPlace } from './curated-place.types';

const p = (
  slug: string,
  en: string,
  ar: string[],
  cc: string,
  lat: number,
  lon: number,
  kind: PlaceKind,
  extra: Partial<CuratedPlace> = {},
): CuratedPlace => ({ slug, en, ar, cc, lat, lon, kind, ...extra });

export const CURATED_PLACES: CuratedPlace[] = [
  // Syria — seed article geography
  p('palmyra', 'Palmyra', ['تدمر'], 'SY', 34.556, 38.267, 'city', {
    gid: 163808,
    pop: 51015,
    alias: ['Tadmur', 'Tadmor'],
  }),
  p('al-bab', 'al-Bab', ['الباب'], 'SY', 36.3705, 37.5157, 'city', {
    gid: 174018,
    pop: 130745,
    alias: ['Al Bab', 'al-Bab', 'El Bab'],
    ambiguous: true,
  }),
  // دوما is also the adverb "always" (دومًا): a soft stop word, accepted bare only in news that names Syria.
  p('douma', 'Douma', ['دوما'], 'SY', 33.5711, 36.4019, 'city', { gid: 170592, pop: 111864, alias: ['Duma'] }),
  p('madaya', 'Madaya', ['مضايا'], 'SY', 33.6881, 36.0972, 'town', { pop: 9000 }),
  p('harasta', 'Harasta', ['حرستا'], 'SY', 33.5586, 36.365, 'town', { gid: 169897, pop: 37348 }),
  p('eastern-ghouta', 'Eastern Ghouta', ['الغوطة الشرقية', 'غوطة دمشق الشرقية'], 'SY', 33.53, 36.43, 'region', {
    alias: ['East Ghouta'],
  }),
  p('hosh-al-dawahra', 'Hosh al-Dawahra', ['حوش الضواهرة'], 'SY', 33.55, 36.47, 'frontline'),
  // Syria — governorates' countryside, fronts and districts
  p('rif-dimashq', 'Rif Dimashq', ['ريف دمشق'], 'SY', 33.52, 36.6, 'admin1'),
  p('rif-aleppo', 'Aleppo countryside', ['ريف حلب'], 'SY', 36.2, 37.2, 'region'),
  p('rif-idlib', 'Idlib countryside', ['ريف إدلب', 'ريف ادلب'], 'SY', 35.8, 36.6, 'region'),
  p('rif-hama', 'Hama countryside', ['ريف حماة'], 'SY', 35.2, 36.7, 'region'),
  p('rif-homs', 'Homs countryside', ['ريف حمص'], 'SY', 34.8, 36.8, 'region'),
  p('rif-latakia', 'Latakia countryside', ['ريف اللاذقية'], 'SY', 35.75, 36.1, 'region'),
  p('rif-daraa', 'Daraa countryside', ['ريف درعا'], 'SY', 32.75, 36.1, 'region'),
  p('western-ghouta', 'Western Ghouta', ['الغوطة الغربية'], 'SY', 33.45, 36.2, 'region'),
  p('sheikh-maqsoud', 'Sheikh Maqsoud (Aleppo)', ['الشيخ مقصود', 'حي الشيخ مقصود'], 'SY', 36.225, 37.155, 'district', {
    alias: ['Sheikh Maqsoud'],
  }),
  p('baba-amr', 'Baba Amr (Homs)', ['بابا عمرو', 'باب عمرو'], 'SY', 34.715, 36.69, 'district', { alias: ['Baba Amr'] }),
  p('jabal-al-zawiya', 'Jabal al-Zawiya', ['جبل الزاوية'], 'SY', 35.7, 36.55, 'region', {
    alias: ['Jabal al-Zawiya', 'Jebel Zawiya'],
  }),
  p('jisr-al-shughur', 'Jisr al-Shughur', ['جسر الشغور'], 'SY', 35.81, 36.32, 'town', {
    alias: ['Jisr al-Shughour', 'Jisr ash-Shughur'],
  }),
  p('qalamoun', 'Qalamoun', ['القلمون'], 'SY', 33.9, 36.6, 'region', { alias: ['Qalamoun', 'Qalamun'] }),
  p('zabadani', 'Zabadani', ['الزبداني'], 'SY', 33.725, 36.1, 'town', { alias: ['Zabadani'] }),
  p('kobani', 'Kobani', ['كوباني', 'عين العرب'], 'SY', 36.891, 38.354, 'town', {
    alias: ['Kobane', 'Kobani', 'Ayn al-Arab'],
  }),
  p('jarabulus', 'Jarabulus', ['جرابلس'], 'SY', 36.8175, 38.0114, 'town', { alias: ['Jarablus'] }),
  p('manbij', 'Manbij', ['منبج'], 'SY', 36.528, 37.955, 'city'),
  p('raqqa', 'Raqqa', ['الرقة'], 'SY', 35.95, 39.01, 'city', { alias: ['Raqqa', 'Rakka', 'al-Raqqa'] }),
  p('deir-ez-zor', 'Deir ez-Zor', ['دير الزور'], 'SY', 35.336, 40.14, 'city', {
    alias: ['Deir ez-Zor', 'Deir al-Zour', 'Deir Ezzor', 'Deir el-Zour'],
  }),
  p('daraa', 'Daraa', ['درعا'], 'SY', 32.625, 36.106, 'city', { alias: ['Deraa', 'Dara'] }),
  p('quneitra', 'Quneitra', ['القنيطرة'], 'SY', 33.126, 35.824, 'town'),
  p('idlib', 'Idlib', ['إدلب', 'ادلب'], 'SY', 35.93, 36.63, 'city'),
  p('afrin', 'Afrin', ['عفرين'], 'SY', 36.51, 36.87, 'town'),
  p('azaz', 'Azaz', ['اعزاز', 'أعزاز'], 'SY', 36.586, 37.046, 'town'),
  p('tal-abyad', 'Tal Abyad', ['تل أبيض'], 'SY', 36.697, 38.954, 'town'),
  p('qamishli', 'Qamishli', ['القامشلي'], 'SY', 37.05, 41.22, 'city'),
  p('hasakah', 'Hasakah', ['الحسكة'], 'SY', 36.5, 40.75, 'city', { alias: ['Hasaka', 'al-Hasakah'] }),
  p('yarmouk', 'Yarmouk camp', ['مخيم اليرموك'], 'SY', 33.47, 36.3, 'district', { alias: ['Yarmouk'] }),
  p('jobar', 'Jobar', ['جوبر'], 'SY', 33.53, 36.33, 'district'),
  p('darayya', 'Darayya', ['داريا'], 'SY', 33.458, 36.236, 'town', { alias: ['Daraya'] }),
  p('khan-shaykhun', 'Khan Shaykhun', ['خان شيخون'], 'SY', 35.44, 36.65, 'town'),
  p('maarat-al-numan', "Ma'arrat al-Nu'man", ['معرة النعمان'], 'SY', 35.65, 36.68, 'town', {
    alias: ['Maarat al-Numan', 'Maaret al-Numan'],
  }),
  p('golan', 'Golan Heights', ['الجولان', 'هضبة الجولان', 'مرتفعات الجولان'], 'SY', 33.0, 35.75, 'region', {
    alias: ['Golan'],
  }),
  p('wadi-barada', 'Wadi Barada', ['وادي بردى'], 'SY', 33.64, 36.15, 'region'),
  p('al-waer', 'al-Waer (Homs)', ['حي الوعر'], 'SY', 34.74, 36.67, 'district'),
  // Iraq
  p('anbar', 'Anbar', ['الأنبار', 'محافظة الأنبار'], 'IQ', 33.0, 42.0, 'admin1', { alias: ['Anbar'] }),
  p('nineveh', 'Nineveh', ['نينوى', 'محافظة نينوى'], 'IQ', 36.35, 43.0, 'admin1'),
  p('salahuddin', 'Salahuddin', ['محافظة صلاح الدين'], 'IQ', 34.5, 43.7, 'admin1', {
    alias: ['Salahuddin province', 'Salah al-Din province'],
  }),
  p('diyala', 'Diyala', ['ديالى'], 'IQ', 33.8, 45.0, 'admin1'),
  p('ramadi', 'Ramadi', ['الرمادي'], 'IQ', 33.42, 43.3, 'city'),
  p('fallujah', 'Fallujah', ['الفلوجة'], 'IQ', 33.35, 43.78, 'city', { alias: ['Falluja'] }),
  p('mosul', 'Mosul', ['الموصل'], 'IQ', 36.34, 43.13, 'city'),
  p('sinjar', 'Sinjar', ['سنجار', 'جبل سنجار'], 'IQ', 36.32, 41.87, 'town'),
  p('tikrit', 'Tikrit', ['تكريت'], 'IQ', 34.6, 43.68, 'city'),
  p('baiji', 'Baiji', ['بيجي'], 'IQ', 34.93, 43.49, 'town', { alias: ['Beiji', 'Bayji'] }),
  p('tal-afar', 'Tal Afar', ['تلعفر', 'تل عفر'], 'IQ', 36.38, 42.45, 'town'),
  p('hawija', 'Hawija', ['الحويجة'], 'IQ', 35.32, 43.77, 'town'),
  p('kurdistan-iraq', 'Kurdistan Region', ['إقليم كردستان', 'كردستان العراق'], 'IQ', 36.2, 44.0, 'region'),
  p('green-zone', 'Green Zone (Baghdad)', ['المنطقة الخضراء'], 'IQ', 33.3, 44.39, 'district'),
  // Yemen
  p('saada', 'Saada', ['صعدة'], 'YE', 16.94, 43.76, 'city', { alias: ["Sa'ada", 'Saada', "Sa'dah"] }),
  p('marib', 'Marib', ['مأرب'], 'YE', 15.46, 45.33, 'town', { alias: ["Ma'rib", 'Marib'] }),
  p('taiz', 'Taiz', ['تعز'], 'YE', 13.58, 44.02, 'city', { alias: ["Ta'izz", 'Taiz', 'Taizz'] }),
  p('aden', 'Aden', ['عدن'], 'YE', 12.78, 45.04, 'city'),
  p('hodeidah', 'Hodeidah', ['الحديدة'], 'YE', 14.8, 42.95, 'city', { alias: ['Hodeida', 'Hudaydah', 'al-Hudaydah'] }),
  p('bab-el-mandeb', 'Bab el-Mandeb', ['باب المندب', 'مضيق باب المندب'], 'YE', 12.58, 43.33, 'region', {
    alias: ['Bab al-Mandab', 'Bab el-Mandeb'],
  }),
  p('lahj', 'Lahj', ['لحج'], 'YE', 13.06, 44.88, 'admin1'),
  p('abyan', 'Abyan', ['أبين'], 'YE', 13.5, 45.8, 'admin1'),
  p('shabwa', 'Shabwa', ['شبوة'], 'YE', 14.53, 46.83, 'admin1'),
  p('hadramawt', 'Hadramawt', ['حضرموت'], 'YE', 15.93, 48.78, 'admin1', { alias: ['Hadramout', 'Hadhramaut'] }),
  p('mukalla', 'Mukalla', ['المكلا'], 'YE', 14.54, 49.12, 'city'),
  p('al-dhale', 'al-Dhale', ['الضالع'], 'YE', 13.7, 44.73, 'town', { alias: ['Dhale', "al-Dhale'"] }),
  p('ibb', 'Ibb', ['إب'], 'YE', 13.97, 44.18, 'city'),
  p('dhamar', 'Dhamar', ['ذمار'], 'YE', 14.54, 44.4, 'city'),
  p('amran', 'Amran', ['عمران'], 'YE', 15.66, 43.94, 'town', { ambiguous: true }),
  p('hajjah', 'Hajjah', ['حجة'], 'YE', 15.69, 43.6, 'town', { ambiguous: true }),
  p('al-anad', 'al-Anad air base', ['قاعدة العند', 'العند'], 'YE', 13.08, 44.77, 'frontline'),
  p('mokha', 'Mokha', ['المخا', 'المخاء'], 'YE', 13.32, 43.25, 'town'),
  // Libya
  p('tripoli-ly', 'Tripoli', ['طرابلس'], 'LY', 32.8872, 13.1913, 'city', {
    gid: 2210247,
    pop: 1150989,
    alias: ['Tripoli'],
  }),
  p('tripoli-lb', 'Tripoli', ['طرابلس'], 'LB', 34.4367, 35.8497, 'city', {
    gid: 266826,
    pop: 229398,
    alias: ['Tripoli'],
  }),
  p('sirte', 'Sirte', ['سرت'], 'LY', 31.21, 16.59, 'city', { alias: ['Sirte', 'Surt'] }),
  p('derna', 'Derna', ['درنة'], 'LY', 32.76, 22.64, 'city'),
  p('benghazi', 'Benghazi', ['بنغازي'], 'LY', 32.12, 20.07, 'city'),
  p('misrata', 'Misrata', ['مصراتة'], 'LY', 32.38, 15.09, 'city', { alias: ['Misurata'] }),
  p('oil-crescent', 'Oil Crescent', ['الهلال النفطي'], 'LY', 30.5, 18.9, 'region'),
  // Egypt, Lebanon, Palestine
  p('sinai', 'Sinai', ['سيناء', 'شبه جزيرة سيناء'], 'EG', 29.5, 33.8, 'region'),
  // Centre of the populated north-east (al-Arish, Sheikh Zuweid, Rafah), where the governorate's news happens; the
  // desert centroid lies 60 km further south-west.
  p('north-sinai', 'North Sinai', ['شمال سيناء'], 'EG', 30.9, 33.85, 'admin1'),
  p('south-sinai', 'South Sinai', ['جنوب سيناء'], 'EG', 28.5, 33.9, 'admin1'),
  p('arish', 'al-Arish', ['العريش'], 'EG', 31.13, 33.8, 'city', { alias: ['Arish', 'El Arish'] }),
  p('sheikh-zuweid', 'Sheikh Zuweid', ['الشيخ زويد'], 'EG', 31.21, 34.11, 'town', {
    alias: ['Sheikh Zuwayed', 'El-Sheikh Zuweid'],
  }),
  p('arsal', 'Arsal', ['عرسال'], 'LB', 34.18, 36.42, 'town'),
  p('dahieh', 'Dahieh (Beirut)', ['الضاحية الجنوبية'], 'LB', 33.85, 35.51, 'district'),
  p('tyre', 'Tyre', ['صور'], 'LB', 33.27, 35.2, 'city', { ambiguous: true, alias: ['Tyre'] }),
  p('gaza', 'Gaza Strip', ['قطاع غزة'], 'PS', 31.42, 34.38, 'region'),
  p('west-bank', 'West Bank', ['الضفة الغربية'], 'PS', 31.9, 35.2, 'region'),
  // Saudi southern border
  p('jazan', 'Jazan', ['جازان', 'جيزان'], 'SA', 16.89, 42.55, 'city', { alias: ['Jizan', 'Jazan'] }),
  p('najran', 'Najran', ['نجران'], 'SA', 17.49, 44.13, 'city'),
  p('dhahran-al-janub', 'Dhahran al-Janub', ['ظهران الجنوب'], 'SA', 17.66, 43.51, 'town'),
  // At its capital Abha, next to Khamis Mushait, like the other Saudi regions (places.mena.ts).
  p('asir', 'Asir', ['عسير', 'منطقة عسير'], 'SA', 18.22, 42.51, 'admin1'),
  p('southern-border-sa', 'Saudi southern border', ['الحد الجنوبي', 'الحدود الجنوبية'], 'SA', 17.3, 43.5, 'frontline'),
  p('al-khubah', 'al-Khubah', ['الخوبة'], 'SA', 16.7, 43.2, 'town'),
  // Jordan's capital shares its Arabic spelling with Oman (the country): context decides, unless the writer marks
  // the shadda of عمّان, which عُمان never carries (shadda-names.ts); أمانة عمان is its municipality.
  p('amman', 'Amman', ['عمان', 'عمّان', 'أمانة عمان', 'أمانة عمان الكبرى'], 'JO', 31.9552, 35.945, 'city', {
    gid: 250441,
    pop: 1275857,
    alias: ['Amman'],
  }),
  p('sheikh-saeed', 'Sheikh Saeed (Aleppo)', ['حي الشيخ سعيد'], 'SY', 36.166, 37.166, 'district', {
    alias: ['Sheikh Saeed district'],
  }),
  // Provinces, Yemen-war, Iraq, Sinai, Libya and Gulf places: a table in places.mena.ts.
  ...MENA_PLACES,
  ...CONFLICT_PLACES,
  ...DISTRICT_PLACES,
  ...FRONT_PLACES,
  ...SAUDI_PLACES,
  ...LOCAL_PLACES,
  ...REGION_PLACES,
  ...WORLD_PLACES,
  ...WIRE_TOWN_PLACES,
  ...CORPUS_GAP_PLACES,
  // Turkey: Syrian-border towns of 2015 news
  p('suruc', 'Suruc', ['سوروتش', 'سروج', 'سوروج'], 'TR', 36.9761, 38.4247, 'town', { alias: ['Suruç', 'Suruch'] }),
  // Libya: Tripoli's southern suburb (its "Ain" is not Al Ain in the UAE)
  p('ain-zara', 'Ain Zara', ['عين زارة'], 'LY', 32.8, 13.27, 'district', { alias: ['Ain Zarah', 'Ayn Zarah'] }),
  // Myanmar: Sagaing Region (the administrative region; the town is in GeoNames)
  p('sagaing-region', 'Sagaing Region', ['إقليم ساغاينغ', 'منطقة ساغاينغ'], 'MM', 22.5, 95.3, 'admin1', {
    alias: ['Sagaing region', 'Sagaing Division'],
  }),
];
