// Second-round curation of thin areas: Yemen's Taiz, Marib and Saada border districts, the Saudi Tihamah, Daraa,
// Quneitra, Idlib and Hama countryside villages, Libya's west and Benghazi quarters, North Sinai villages, Somalia's
// regions, Balcad and Mogadishu's airport, Tripoli's Souq al-Jumaa (a: سوق الجمعة "Friday market"), Colombia's
// Catatumbo, Peru's Chala, Gazipur's Konabari and Kashimpur, Nigeria's north-east, Afghan districts, the PKK camps
// of Iraqi Kurdistan, the Gaza border crossings and kibbutzim, and venues of diplomacy (Lausanne, Sochi, Sharm
// el-Sheikh) whose Arabic spelling GeoNames lacks or gives a population too small to stand alone in Arabic news, and
// the headquarters of international bodies (the Arab League's in Cairo) where their meetings are held.
// Coordinates: GeoNames where gid= is given, else the town centre; districts, regions and camps: rough centroid. Words
// flagged a: الضباب "fog", مران "practice", حيران "confused", علب "cans", الحارة "the lane", الجورة "the pit",
// الخروبة "carob", المقاطعة "boycott", الهواري (a surname), غور "depth"; e also for the English Safer and Zap. Format: see curated-table.ts.
import type { CuratedPlace } from './curated-place.types';
import { parseCuratedTable } from './curated-table';

const TABLE = `
# Yemen: Taiz, Marib, Saada and Hajjah
anad-triangle|al-Anad triangle|Anad triangle,al-Anad junction|مثلث العند|YE|13.17|44.77|frontline|
waziiyah|al-Wazi'iyah|Wazi'iyah,Wazi'iya,Waziyah|الوازعية|YE|13.33|43.6|district|
usaifra|Usaifira (Taiz)|Usaifra,Osaifra,Usayfirah|عصيفرة|YE|13.6|44.02|district|
dhabab-taiz|al-Dhabab (Taiz)|Dhabab,al-Dhabab|الضباب|YE|13.55|43.95|district|a
sharab|Shar'ab|Shar'ab al-Salam,Shar'ab al-Rawnah|شرعب|YE|13.8|43.85|district|
safer|Safer|Safir,Safer oil field|صافر|YE|15.6|45.8|town|ae
raghwan|Raghwan|Raghwan district|رغوان|YE|15.87|45.33|district|
abdiyah|al-Abdiyah|Abdiyah,al-Abdiya|العبدية|YE|14.93|45.28|district|
dahyan|Dahyan|Dhahyan,Dahian|ضحيان|YE|17.03|43.6|town|
marran|Marran|Maran|مران|YE|16.85|43.33|region|a
marran-mountains|Marran mountains||جبال مران,جبل مران|YE|16.85|43.33|region|
hayran|Hayran|Hairan,Hayran district|حيران|YE|16.2|43.0|district|a
alab|Alab crossing|Alab,Alb crossing|علب|YE|17.48|43.47|town|a
alab-crossing|Alab border crossing||منفذ علب|YE|17.48|43.47|town|
harf-sufyan|Harf Sufyan|Harf Sufian|حرف سفيان|YE|16.35|43.96|district|
# Saudi Arabia: al-Baha's Tihamah, the Asir coast, Najran's border and the regional capital under the news spelling
qahmah|al-Qahmah|Qahmah,al-Gahma|القحمة|SA|18.02|41.68|town|
badr-al-janub|Badr al-Janub|Badr al-Janoub|بدر الجنوب|SA|17.87|43.77|town|
qilwah|Qilwah|Qilwa,Qelwah,Qilwah governorate|قلوة|SA|19.9|41.3|town|
al-bahah-city|Al Baha|Al Bahah,Baha city||SA|20.0129|41.4677|city|gid=109953
# Syria: Daraa, Quneitra, Idlib, Hama and northern and eastern Aleppo countryside
shuhail|al-Shuhail|Shuhail,al-Shuhayl,Shuheil|الشحيل|SY|35.1|40.43|town|
khan-arnabeh|Khan Arnabeh|Khan Arnaba,Khan Arnabah||SY|33.18|35.9|town|
jubata|Jubata al-Khashab|Jubbata al-Khashab,Jabata al-Khashab|جباتا الخشب|SY|33.23|35.84|town|
tal-al-harra|Tal al-Harra|Tel al-Harra,Tell al-Hara|تل الحارة|SY|33.06|36.0|town|
harra-daraa|al-Harra (Daraa)|al-Hara|الحارة|SY|33.06|36.01|town|a
mastumah|al-Mastumah|Mastumah,Mastouma|المسطومة|SY|35.78|36.6|town|
qarqur|Qarqur|Qarqour|قرقور|SY|35.71|36.33|town|
mhardeh|Mhardeh|Mahardah,Muhardeh,Muhradah|محردة|SY|35.25|36.57|town|
qalaat-al-madiq|Qalaat al-Madiq|Qal'at al-Madiq||SY|35.41|36.39|town|
tal-rifaat|Tal Rifaat|Tal Rifat,Tell Rifaat,Tel Rifaat|تل رفعت|SY|36.4723|37.0947|town|gid=163476
zahraa-aleppo|al-Zahraa (Aleppo)|Zahraa|الزهراء|SY|36.38|37.0|town|ae
tal-jabin|Tal Jabin|Tel Jabin|تل جبين|SY|36.32|37.1|town|
hardatnin|Hardatnin|Hardatneen|حردتنين|SY|36.34|37.08|town|
sarrin|Sarrin|Sarin,Serrin,Sirrin|صرين|SY|36.5|38.27|town|
ghariyah-gharbiyah|al-Ghariyah al-Gharbiyah|Ghariyah al-Gharbiyah,al-Gharia al-Gharbiya|الغارية الغربية|SY|32.7|36.22|town|
ghariyah-sharqiyah|al-Ghariyah al-Sharqiyah|Ghariyah al-Sharqiyah,al-Gharia al-Sharqiya|الغارية الشرقية|SY|32.7|36.26|town|
# Libya: the Tunisian border, the west coast and Benghazi's quarters
ras-jedir|Ras Jedir|Ras Ajdir,Ras Jdir|رأس جدير,رأس اجدير,معبر رأس جدير|LY|33.16|11.56|town|
tarhuna|Tarhuna|Tarhouna,Tarhunah|ترهونة|LY|32.435|13.6332|city|gid=2210221
zuwara|Zuwara|Zuwarah,Zuara,Zwara|زوارة|LY|32.9312|12.082|city|gid=2208425
qaryounis|Qaryounis|Garyounis,Qar Yunis|قاريونس|LY|32.07|20.05|district|
hawari|al-Hawari (Benghazi)|Hawari|الهواري|LY|32.04|20.11|district|a
souq-al-jumaa|Souq al-Jumaa|Souq al-Juma,Suq al-Jumaa,Souk al-Jomaa|سوق الجمعة|LY|32.89|13.24|district|a
sharara|Sharara oilfield|Sharara oil field,El Sharara,al-Sharara|حقل الشرارة,حقل شرارة|LY|26.55|12.22|town|
# Egypt: North Sinai villages between al-Arish, Sheikh Zuweid and Rafah; the canal towns; the summit venue
bir-lahfan|Bir Lahfan|Bir Lehfen|بئر لحفن|EG|31.0|33.87|town|
karm-qawadis|Karam al-Qawadis|Karm al-Qawadis|كرم القواديس|EG|31.17|34.09|town|
muqataa-sinai|al-Muqataa (Sinai)|Muqataa|المقاطعة|EG|31.17|34.16|town|a
joura|al-Joura|al-Jura|الجورة|EG|31.15|34.11|town|a
kharouba|al-Kharouba|Kharouba,Kharruba|الخروبة|EG|31.2|34.05|town|a
qantara|al-Qantara|Qantara Sharq,Qantara East,Qantara West|القنطرة شرق,القنطرة غرب|EG|30.85|32.32|town|
sharm-el-sheikh|Sharm el-Sheikh|Sharm al-Sheikh|شرم الشيخ|EG|27.9158|34.3299|city|gid=349340
# Somalia: regions, the Shabelle valley towns and Mogadishu's airport (not Aden, Yemen)
aden-adde|Aden Adde International Airport|Aden Adde airport,Aden Abdulle International Airport,Mogadishu airport,Mogadishu International Airport|مطار آدم عدي,مطار مقديشو|SO|2.014|45.305|district|
lower-shabelle|Lower Shabelle|Lower Shabelle region,Shabeellaha Hoose|شبيلي السفلى|SO|1.9|44.6|admin1|
middle-shabelle|Middle Shabelle|Middle Shabelle region,Shabeellaha Dhexe|شبيلي الوسطى|SO|2.9|45.6|admin1|
bay-region|Bay region||إقليم باي|SO|2.5|43.5|admin1|
bakool|Bakool|Bakol,Bakool region|باكول|SO|4.2|43.8|admin1|
lower-juba|Lower Juba|Lower Juba region,Jubbada Hoose|جوبا السفلى|SO|0.2|42.0|admin1|
janaale|Janaale|Janale,Jannaale|جنالي|SO|1.82|44.7|town|
qoryoley|Qoryoley|Qoryooley|قوريولي|SO|1.79|44.53|town|
bardhere|Bardhere|Bardera,Baardheere|بارديرا|SO|2.34|42.28|town|
elasha|Elasha Biyaha|Elasha,Ceelasha Biyaha|إيلاشا بياها|SO|2.07|45.2|town|
balcad|Balcad|Balcad town|بلعد|SO|2.36|45.39|town|
# Nigeria's north-east and the Lake Chad shore
baga|Baga|Baga town|باغا|NG|13.11|13.85|town|
sambisa|Sambisa Forest|Sambisa|غابة سامبيسا,سامبيسا|NG|11.3|13.55|region|
bosso|Bosso||بوسو|NE|13.69|13.31|town|
chibok|Chibok||تشيبوك,شيبوك|NG|10.87|12.85|town|
gwoza|Gwoza||غوزا|NG|11.08|13.69|town|
adamawa|Adamawa|Adamawa State|أداماوا,ولاية أداماوا|NG|9.3|12.4|admin1|
damboa|Damboa||دامبوا|NG|11.15|12.76|town|
monguno|Monguno||مونغونو|NG|12.67|13.61|town|
bama|Bama||باما|NG|11.52|13.69|town|
yola|Yola||يولا|NG|9.2|12.48|city|
lake-chad|Lake Chad|Lake Chad basin|بحيرة تشاد,حوض بحيرة تشاد|TD|13.0|14.0|region|
# Afghanistan
nad-ali|Nad Ali|Nad-e Ali,Nad-i-Ali|ناد علي|AF|31.63|64.26|district|
tarin-kot|Tarin Kot|Tarinkot,Tirinkot,Tarin Kowt|ترين كوت|AF|32.63|65.8781|city|gid=1122747
bagram|Bagram|Bagram Airfield,Bagram air base|باغرام,قاعدة باغرام|AF|34.946|69.265|town|
daykundi|Daykundi|Daykundi province,Dai Kundi|دايكندي|AF|33.7|66.0|admin1|
ghor|Ghor||غور|AF|34.0|65.0|admin1|a
ghor-province|Ghor province||ولاية غور|AF|34.0|65.0|admin1|
gardez|Gardez|Gardiz|غرديز,جرديز|AF|33.6|69.22|city|
laghman|Laghman|Laghman province|لغمان|AF|34.7|70.2|admin1|
parwan|Parwan|Parwan province|بروان,باروان|AF|35.0|69.0|admin1|
swat|Swat|Swat valley,Swat district|سوات,وادي سوات|PK|35.2|72.4|region|
# Iraqi Kurdistan: the PKK camps Turkey strikes (Zap is a word: only as a capitalised name in a list or after a trigger)
metina|Metina|Metina region,Matin|ميتينا|IQ|37.2|43.35|region|
zap-iq|Zap|Zap region||IQ|37.25|43.85|region|ae
avashin|Avashin|Avashin-Basyan,Avasin,Basyan|آفاشين|IQ|37.27|43.55|region|
hakurk|Hakurk|Khakurk,Khwakurk,Hakurk region|هاكورك,خواكورك|IQ|36.97|44.5|region|
sidakan|Sidakan|Sidakan district|سيدكان|IQ|36.8|44.67|town|
# Gaza's border crossings and the kibbutzim on the fence
kerem-shalom|Kerem Shalom|Kerem Shalom crossing,Karem Abu Salem,Kerem Abu Salem|كرم أبو سالم,معبر كرم أبو سالم,كرم شالوم|IL|31.23|34.28|town|
erez-crossing|Erez crossing|Erez border crossing,Beit Hanoun crossing|معبر إيريز,معبر بيت حانون,معبر إيرز|PS|31.56|34.55|town|
nahal-oz|Nahal Oz||ناحال عوز|IL|31.47|34.5|town|
kfar-aza|Kfar Aza|Kfar Azza|كفار عزة|IL|31.48|34.53|town|
zikim|Zikim||زيكيم|IL|31.6|34.52|town|
# Ukraine's fronts, Cabo Delgado's river valley, South Sudan's oil state
vuhledar|Vuhledar|Ugledar|فوهليدار|UA|47.78|37.25|town|
robotyne|Robotyne|Rabotino|روبوتين|UA|47.45|35.84|town|
yavoriv|Yavoriv|Yavoriv training ground,Yavoriv military base|يافوريف|UA|49.9386|23.3825|town|gid=688288
messalo|Messalo River|Messalo,Messalo river valley|نهر ميسالو|MZ|-11.75|40.1|region|
unity-state|Unity State||ولاية الوحدة|SS|9.2|29.8|admin1|
# Disputed regions and districts of other conflicts and disasters
nagorno-karabakh|Nagorno-Karabakh|Karabakh|ناغورني قره باغ,ناغورنو كاراباخ,قره باغ,كاراباخ|AZ|39.82|46.75|region|
galwan|Galwan Valley|Galwan|وادي غلوان,وادي جالوان|IN|34.75|78.2|region|
kahramankazan|Kahramankazan|Kahramankazan district|قهرمان كازان|TR|40.207|32.683|town|
aragua|Aragua|Aragua state|ولاية أراغوا,أراغوا|VE|10.24|-67.59|admin1|
catatumbo|Catatumbo|Catatumbo region|كاتاتومبو|CO|8.6|-73.0|region|
chala-pe|Chala|||PE|-15.86|-74.25|town|
konabari|Konabari|||BD|24.03|90.35|district|
kashimpur|Kashimpur|||BD|24.02|90.32|district|
talat-nyaaqoub|Talat N'Yaaqoub|Talat N'Yacoub,Talat N'Yakoub|تلات نيعقوب,ثلاث نيعقوب|MA|30.99|-8.18|town|
# Venues whose Arabic spelling GeoNames lacks
saint-malo|Saint-Malo|St Malo|سان مالو|FR|48.6474|-2.0088|town|gid=2978640
lausanne|Lausanne||لوزان|CH|46.516|6.6328|city|gid=2659994
sochi|Sochi||سوتشي|RU|43.5992|39.7257|city|gid=491422
davos|Davos||دافوس|CH|46.8|9.84|town|
camp-david|Camp David||كامب ديفيد|US|39.65|-77.46|town|
# Headquarters of international bodies, where their meetings are held ("بمقر الأمانة العامة لجامعة الدول العربية"):
# names of the city they stand in (the GeoNames city itself, its Arabic name first)
cairo|Cairo||القاهرة,مقر جامعة الدول العربية,مقر الجامعة العربية,مقر الأمانة العامة لجامعة الدول العربية,مقر الأمانة العامة للجامعة العربية|EG|30.0626|31.2497|city|gid=360630
riyadh-gcc|Riyadh||الرياض,مقر الأمانة العامة لمجلس التعاون,مقر الأمانة العامة لمجلس التعاون الخليجي,مقر الأمانة العامة لمجلس التعاون لدول الخليج العربية|SA|24.6877|46.7219|city|gid=108410
jeddah-oic|Jeddah||جدة,مقر منظمة التعاون الإسلامي,مقر الأمانة العامة لمنظمة التعاون الإسلامي|SA|21.4901|39.1862|city|gid=105343
# Towns GeoNames lacks or names only in Latin letters (governorate in the English name): Karamlis east of Mosul in
# Nineveh, Malam Fatori and Damasak on Borno's border with Niger; al-Ahwaz, the Arabic name of Ahvaz
karamlis|Karamlis (Nineveh)|Karamlesh,Karemlash,Karamles|كرمليس,كرمليش|IQ|36.3|43.41|town|
malam-fatori|Malam Fatori (Borno)|Malam Fatouri|مالام فاتوري|NG|13.678|13.341|town|
damasak|Damasak (Borno)|Damasak|داماساك,دماسك|NG|13.1052|12.5085|town|gid=2345526
ahvaz|Ahvaz|Ahwaz,al-Ahwaz|الأهواز,الأحواز,أهواز|IR|31.319|48.6842|city|gid=144448
# The US capital, which GeoNames gives no Arabic name: its own entry, so that English keeps GeoNames' Washington
# (and its reading of "the Washington Post" as no place)
washington-dc|Washington, D.C.||واشنطن|US|38.8951|-77.0364|city|
# Scenes whose second Arabic spelling GeoNames lacks (شاتانوغا beside تشاتانوغا)
chattanooga|Chattanooga||تشاتانوغا,شاتانوغا|US|35.0456|-85.3097|city|gid=4612862
`;

export const LOCAL_PLACES: CuratedPlace[] = parseCuratedTable(TABLE);
