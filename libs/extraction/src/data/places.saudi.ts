// Saudi governorate towns, border crossings and holy sites as Saudi Arabic news names them. GeoNames lacks most of
// their Arabic spellings (بيشة, الخفجي, رفحاء, وادي الدواسر), so security and accident news from there found no
// place. Coordinates: GeoNames where gid= is given, else the town centre. Names that are everyday words are flagged
// a (الوجه "the face", حقل "field", شقراء "blonde", تثليث, فرسان "knights", منى and عفيف given names); ظلم
// "injustice", الحريق "the fire", ليلى and بدر (given names) are left out. Format: see curated-table.ts.
import type { CuratedPlace } from './curated-place.types';
import { parseCuratedTable } from './curated-table';

const TABLE = `
# Riyadh region
diriyah|Diriyah|al-Diriyah,Dir'iyah,Diriyah governorate|الدرعية|SA|24.74|46.57|town|
kharj-dilam|al-Dilam|Dilam|الدلم|SA|23.99|47.16|town|
muzahmiyah|al-Muzahmiyah|Muzahmiyah,Muzahimiyah|المزاحمية|SA|24.47|46.26|town|
dhurma|Dhurma|Duruma|ضرما|SA|24.6|46.13|town|
huraymila|Huraymila|Huraimla,Huraimila|حريملاء|SA|25.13|46.13|town|
thadiq|Thadiq||ثادق|SA|25.29|45.87|town|
hawtat-sudair|Hawtat Sudair|Hotat Sudair,Sudair|حوطة سدير|SA|25.59|45.63|town|
ghat|al-Ghat|Al Ghat|الغاط|SA|26.03|44.96|town|
shaqra|Shaqra|Shaqraa|شقراء|SA|25.25|45.25|town|a
dawadmi|al-Dawadmi|Dawadmi,Dawadimi,Ad Dawadimi|الدوادمي|SA|24.5077|44.3924|city|gid=110325
afif|Afif||عفيف|SA|23.9065|42.9172|town|ae
quwayiyah|al-Quwayiyah|Quwayiyah,Quwaiyah|القويعية|SA|24.07|45.28|town|
hotat-bani-tamim|Hotat Bani Tamim|Hawtat Bani Tamim|حوطة بني تميم|SA|23.49|46.76|town|
aflaj|al-Aflaj|Aflaj|الأفلاج,الافلاج|SA|22.28|46.73|town|
sulayyil|al-Sulayyil|Sulayyil,As Sulayyil|السليل|SA|20.4607|45.5779|town|gid=108048
wadi-dawasir|Wadi al-Dawasir|Wadi ad-Dawasir,Wadi Dawasir|وادي الدواسر|SA|20.46|44.78|town|
# al-Qassim: رياض الخبراء ("محافظة رياض الخبراء", "بين محافظتي الرس ورياض الخبراء") was read as Riyadh
riyadh-khabra|Riyadh al-Khabra|Riyadh Al Khabra,Riyad al-Khabra|رياض الخبراء|SA|26.05|43.55|town|
# Makkah and Madinah regions; the holy sites of the Hajj
rabigh|Rabigh||رابغ|SA|22.7986|39.0349|town|gid=103035
khulais|Khulais|Khulays|خليص|SA|22.14|39.32|town|
lith|al-Lith|Al Lith|الليث|SA|20.15|40.27|town|a
qunfudhah|al-Qunfudhah|Qunfudhah,Al Qunfudah,Qunfudah|القنفذة|SA|19.13|41.08|city|
khurmah|al-Khurmah|Khurmah,Al Khurma,Khurma|الخرمة|SA|21.92|42.04|town|
ranyah|Ranyah|Raniyah,Ranya|رنية|SA|21.26|42.85|town|
turabah|Turabah|Turaba|تربة|SA|21.21|41.63|town|a
muwayh|al-Muwayh|Muwayh|الموية|SA|22.43|41.76|town|
hanakiyah|al-Hanakiyah|Hanakiyah|الحناكية|SA|24.88|40.51|town|
mahd-dhahab|Mahd al-Dhahab|Mahd adh Dhahab|مهد الذهب|SA|23.5|40.86|town|
khaybar|Khaybar|Khaibar|خيبر|SA|25.7|39.29|town|ae
mina|Mina|Mina valley|منى,مشعر منى|SA|21.413|39.893|district|ae
arafat|Mount Arafat|Jabal Arafat,Arafat plain|جبل عرفات,صعيد عرفات,مشعر عرفات|SA|21.355|39.984|district|
muzdalifah|Muzdalifah|Muzdalifa|مزدلفة,مشعر مزدلفة|SA|21.39|39.93|district|
grand-mosque|Grand Mosque (Mecca)|Masjid al-Haram,Great Mosque of Mecca,Grand Mosque in Mecca|المسجد الحرام,الحرم المكي|SA|21.4225|39.8262|district|
prophets-mosque|Prophet's Mosque (Medina)|Masjid an-Nabawi,Prophet's Mosque|المسجد النبوي,الحرم النبوي|SA|24.4672|39.6112|district|
# Tabuk, al-Jawf and the Northern Borders
duba|Duba|Dhuba|ضباء|SA|27.35|35.69|town|
wajh|al-Wajh|Al Wajh,Wajh|الوجه|SA|26.2455|36.4525|town|a,gid=108773
haql|Haql||حقل|SA|29.29|34.94|town|a
tayma|Tayma|Taima,Teima|تيماء|SA|27.63|38.55|town|
dumat-al-jandal|Dumat al-Jandal|Dawmat al-Jandal|دومة الجندل|SA|29.81|39.87|town|
rafha|Rafha|Rafhaa,Rafhah|رفحاء|SA|29.63|43.49|town|
halat-ammar|Halat Ammar|Halat Ammar crossing,Halat Ammar border crossing|حالة عمار,منفذ حالة عمار|SA|29.11|36.05|town|
# Eastern Province
khafji|Khafji|al-Khafji,Ras al-Khafji|الخفجي|SA|28.4391|48.4913|city|gid=109380
nairyah|al-Nairyah|Nairiyah,Nuayriyah|النعيرية|SA|27.47|48.49|town|
ras-tanura|Ras Tanura|Ras Tannurah|رأس تنورة,راس تنورة|SA|26.64|50.16|town|
awamiyah|al-Awamiyah|Awamiyah,Awamiya,al-Awamiya|العوامية|SA|26.58|49.98|town|
thuqbah|al-Thuqbah|Thuqbah,Thugbah|الثقبة|SA|26.27|50.2|district|
# "مستشفى مدينة العيون", "أهالي مدينة العيون بالأحساء": al-Ahsa's al-Uyun, read as Laayoune (Western Sahara), which
# keeps the name beside it (places.world.ts) for news about Morocco.
uyun-ahsa|al-Uyun (al-Ahsa)|al-Oyun,Al Uyun|العيون|SA|25.61|49.57|town|a
# Asir, al-Baha, Jazan, Najran: the southern governorates and border crossings
bisha|Bisha|Bishah,Qal'at Bishah|بيشة|SA|20.0005|42.6052|city|gid=103369
tathlith|Tathlith||تثليث|SA|19.53|43.5|town|a
muhayil|Muhayil Asir|Muhayil,Mahayel,Muhail|محايل,محايل عسير|SA|18.55|42.05|town|
tanomah|Tanomah|Tanumah Asir|تنومة|SA|18.93|42.16|town|
rijal-almaa|Rijal Almaa|Rijal Alma|رجال ألمع,رجال المع|SA|18.22|42.27|town|
sarat-abidah|Sarat Abidah|Sarat Ubaidah|سراة عبيدة|SA|18.09|43.11|town|
khaybar-al-janub|Khaybar al-Janub|Khaibar al-Janoub|خيبر الجنوب,خبير الجنوب|SA|18.25|42.85|town|
ahad-rafidah|Ahad Rafidah||أحد رفيدة,احد رفيدة|SA|18.21|42.85|town|
balqarn|Balqarn|Sabt al-Alayah|بلقرن,سبت العلايا|SA|19.5773|41.9636|town|
bariq|Bariq||بارق|SA|18.93|41.93|town|a
baljurashi|Baljurashi|Biljurashi|بلجرشي|SA|19.86|41.56|town|
mandaq|al-Mandaq|Mandaq|المندق|SA|20.16|41.28|town|
makhwah|al-Makhwah|Makhwah,Mikhwah|المخواة|SA|19.77|41.44|town|
aydabi|al-Aydabi|Aydabi|العيدابي|SA|17.24|42.94|town|
damad|Damad|Dhamad|ضمد|SA|17.1|42.78|town|a
daer|al-Daer|Ad Dayer,Daer|الداير|SA|17.35|43.13|town|
farasan|Farasan|Farasan Islands,Farasan island|فرسان,جزر فرسان|SA|16.7|42.12|town|a
tuwal-crossing|al-Tuwal crossing|Tuwal border crossing,Tuwal crossing|منفذ الطوال|SA|16.55|42.92|town|
wadiah-crossing|al-Wadiah crossing|Wadiah crossing,Wadiah border crossing|منفذ الوديعة,الوديعة|SA|17.04|47.11|town|
`;

export const SAUDI_PLACES: CuratedPlace[] = parseCuratedTable(TABLE);
