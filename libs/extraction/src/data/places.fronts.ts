// Frontline villages, camps and neighbourhoods beyond places.districts.ts: south Lebanon's border villages, Gaza's
// quarters and West Bank camps, northern Aleppo and Damascus belt villages, Anbar/Salahuddin/Nineveh towns, Taiz
// quarters, Yemen's Saada/Hodeidah/Mahra spots and the Marib/Lahj/al-Dhale/Aden–Abyan fronts of war round-ups
// (al-Makhdara "narcotic" needs a trigger noun; Mas counts only as منطقة ماس or معسكر ماس, since ماس is also a
// short circuit and a tourism centre's name), Kurdistan's PKK mountains, and widely reported places of other
// conflicts (Kashmir, Shan State, Puntland, Waziristan, Darfur, the South China Sea). Coordinates: town centres;
// mountains, corridors and regions: rough centroid. Bare names that are words carry flag a (الوعر "rugged",
// التضامن "solidarity", القدم "the foot", العلم "the flag", العظيم "great", صالة "hall"): their quarter forms
// (حي الوعر) are listed as separate, plain names. Tharthar: the settled south end by Fallujah that war news means,
// not the lake's centre. Format: see curated-table.ts.
import type { CuratedPlace } from './curated-place.types';
import { parseCuratedTable } from './curated-table';

const TABLE = `
# South Lebanon (with the area south of the Litani that ceasefire and disarmament news names), the Bekaa and Beirut's suburbs
deir-kifa|Deir Kifa|Deir Kifah|دير كيفا|LB|33.25|35.37|town|
markaba|Markaba|Markabah|مركبا|LB|33.22|35.52|town|
yaroun|Yaroun|Yaroon,Yarun|يارون|LB|33.08|35.42|town|
rmeish|Rmeish|Rmaich,Rmaysh|رميش|LB|33.08|35.37|town|
kfarchouba|Kfarchouba|Kfar Shouba,Kfarshouba|كفرشوبا|LB|33.32|35.72|town|
hasbaya|Hasbaya|Hasbayya||LB|33.4|35.69|town|
blida-lb|Blida (south Lebanon)||بليدا|LB|33.14|35.52|town|
dhayra|Dhayra|Duhayra,al-Dhayra|الضهيرة|LB|33.1|35.21|town|
yarine|Yarine|Yarin|يارين|LB|33.1|35.24|town|
alma-al-shaab|Alma al-Shaab|Alma ash-Shaab,Alma el-Shaab|علما الشعب|LB|33.1|35.18|town|
majdal-zoun|Majdal Zoun|Majdal Zun|مجدل زون|LB|33.14|35.3|town|
wazzani|Wazzani|al-Wazzani|الوزاني|LB|33.26|35.62|town|
south-of-litani|South of the Litani|south of the Litani river,south of the Litani River,south of the Litani|جنوب الليطاني,جنوب نهر الليطاني|LB|33.2|35.35|region|
jezzine|Jezzine|Jezzin|جزين|LB|33.5417|35.5844|town|
mukhtara|Mukhtara|Moukhtara,al-Mukhtara|المختارة|LB|33.6553|35.6217|town|a
chtaura|Chtaura|Chtoura,Shtaura|شتورة|LB|33.81|35.85|town|
ghobeiry|Ghobeiry|Ghbeiry|الغبيري|LB|33.86|35.5|district|
nahr-al-bared|Nahr al-Bared camp|Nahr al-Bared,Nahr el-Bared|نهر البارد,مخيم نهر البارد|LB|34.51|35.97|town|
# Gaza Strip quarters and camps; West Bank camps and towns under English spellings GeoNames lacks
deir-al-balah|Deir al-Balah|Deir al Balah,Deir el-Balah,Dair al-Balah||PS|31.4183|34.3493|city|
zeitoun-gaza|al-Zeitoun (Gaza)|Zeitoun neighbourhood,Zaytoun neighbourhood|حي الزيتون|PS|31.49|34.45|district|
rimal-gaza|al-Rimal (Gaza)|Rimal neighbourhood,Remal neighbourhood|حي الرمال|PS|31.52|34.45|district|
sheikh-radwan|Sheikh Radwan (Gaza)|Sheikh Radwan,Sheikh Redwan|الشيخ رضوان,حي الشيخ رضوان|PS|31.531|34.458|district|
tal-al-hawa|Tal al-Hawa (Gaza)|Tal al-Hawa,Tel al-Hawa|تل الهوى,حي تل الهوى|PS|31.5|34.43|district|
mawasi|al-Mawasi|Mawasi,al-Mawasi area|المواصي|PS|31.35|34.275|district|
shaboura|Shaboura camp|al-Shaboura,Shabura|الشابورة,مخيم الشابورة|PS|31.29|34.25|district|
netzarim|Netzarim corridor|Netzarim|محور نتساريم,نتساريم|PS|31.46|34.42|frontline|
philadelphi|Philadelphi corridor|Philadelphi route|محور فيلادلفيا,محور صلاح الدين|PS|31.27|34.23|frontline|
aqabat-jaber|Aqabat Jaber camp|Aqbat Jabr,Aqabat Jabr|عقبة جبر,مخيم عقبة جبر|PS|31.84|35.43|town|
dheisheh|Dheisheh camp|Deheishe,Dheisheh|الدهيشة,مخيم الدهيشة|PS|31.69|35.18|town|
aida-camp|Aida camp|Aida refugee camp|مخيم عايدة|PS|31.72|35.2|town|
faraa-camp|al-Faraa camp|Far'a camp,Fara'a camp,Faraa camp|مخيم الفارعة|PS|32.29|35.34|town|
amari-camp|al-Amari camp|Amari camp,Am'ari camp|مخيم الأمعري,مخيم الامعري|PS|31.89|35.21|town|
balata-camp|Balata camp|Balata refugee camp|مخيم بلاطة|PS|32.21|35.29|town|
nur-shams-ar|Nur Shams camp||مخيم نور شمس|PS|32.31|35.06|town|
huwara-en|Huwara|Hawara||PS|32.15|35.26|town|
qalqilya-en|Qalqilya|Qalqiliya,Qalqilia||PS|32.19|34.97|city|
tuqu|Tuqu|Tuqu'|تقوع|PS|31.64|35.22|town|
# Syria: northern Aleppo villages, Damascus and Homs quarters, Hama and Daraa fronts, the Euphrates dams, the Daraa
# villages of the Observatory's round-ups, Qah on the Idlib border (only as قرية قاح: لقاح is "vaccine")
hayyan|Hayyan|Hayan|حيان|SY|36.31|37.1|town|a
bayanoun|Bayanoun|Bayanun|بيانون|SY|36.33|37.08|town|
ratyan|Ratyan|Retyan|رتيان|SY|36.35|37.09|town|
handarat|Handarat|Handarat camp|حندرات,مخيم حندرات|SY|36.27|37.17|town|
sheikh-najjar|Sheikh Najjar|Sheikh Najjar industrial city|الشيخ نجار,المدينة الصناعية في الشيخ نجار|SY|36.25|37.22|district|
layramoun|Layramoun|al-Layramoun,Lairamoun|الليرمون|SY|36.24|37.13|district|
rashideen|al-Rashideen|Rashidin,Rashideen|الراشدين|SY|36.18|37.08|district|a
tal-al-eis|al-Eis|Tal al-Eis,al-Ais|العيس,تل العيس|SY|35.97|36.99|town|
waer|al-Waer (Homs)|al-Waer,Waer|الوعر|SY|34.74|36.66|district|a
waer-quarter|al-Waer quarter (Homs)|Waer neighbourhood|حي الوعر|SY|34.74|36.66|district|
qadam|al-Qadam (Damascus)|Qadam|القدم|SY|33.47|36.29|district|a
qadam-quarter|al-Qadam quarter (Damascus)||حي القدم|SY|33.47|36.29|district|
tadamon|al-Tadamon (Damascus)|Tadamon,Tadamun|التضامن|SY|33.48|36.31|district|a
tadamon-quarter|al-Tadamon quarter (Damascus)|Tadamon neighbourhood|حي التضامن|SY|33.48|36.31|district|
beit-sahem|Beit Sahem|Beit Saham|بيت سحم|SY|33.46|36.33|town|
jdeidet-artouz|Jdeidet Artouz|Jdeidat Artouz|جديدة عرطوز|SY|33.44|36.16|town|
kafr-nabudah|Kafr Nabudah|Kafr Nabouda,Kafranbouda|كفرنبودة|SY|35.44|36.53|town|
busra-al-harir|Busra al-Harir|Busr al-Harir|بصر الحرير,بصرى الحرير|SY|32.84|36.34|town|
tishreen-dam|Tishreen Dam|Tishrin Dam|سد تشرين|SY|36.38|38.18|frontline|
euphrates-dam|Tabqa Dam|Euphrates Dam|سد الفرات,سد الطبقة|SY|35.87|38.57|frontline|
yadudah|al-Yadudah|Yadudah,Yadouda|اليادودة|SY|32.68|36.05|town|
atman|Atman|Itman|عتمان|SY|32.67|36.1|town|
kharab-shahm|Kharab al-Shahm|Kharab ash-Shahm|خراب الشحم|SY|32.71|36.02|town|
ghariz|Ghariz|Ghurz,Ghariz|غرز|SY|32.59|36.12|town|a
daraa-camp|Daraa camp|Daraa refugee camp|مخيم درعا|SY|32.61|36.1|district|
karak-sharqi|al-Karak al-Sharqi|Karak al-Sharqi,East Karak|الكرك الشرقي|SY|32.69|36.35|town|
qah|Qah|Qah camp|قرية قاح,بلدة قاح|SY|36.2|36.66|town|
# Iraq: Salahuddin, Nineveh, Diyala and Baghdad spots; Kurdistan's PKK mountains
ishaqi|al-Ishaqi|Ishaqi,Ishaki|الإسحاقي,الاسحاقي|IQ|34.01|44.22|town|
alam-iq|al-Alam (Salahuddin)|al-Alam|العلم|IQ|34.67|43.69|town|ae
sulaiman-bek|Sulaiman Bek|Suleiman Beg,Sulayman Bek|سليمان بيك|IQ|35.03|44.61|town|
udhaim|al-Udhaim|Udhaim,Adhaim,Adhaim dam|العظيم,سد العظيم|IQ|34.56|44.52|town|a
zummar|Zummar|Zumar|زمار|IQ|36.64|42.63|town|
gwer|Gwer|Gweir,Kuwayr|الكوير|IQ|36.05|43.48|town|
tharthar|Tharthar area|Tharthar,al-Tharthar,Lake Tharthar|الثرثار,منطقة الثرثار,بحيرة الثرثار|IQ|33.6|43.7|region|
qandil|Qandil Mountains|Qandil,Mount Qandil,Kandil|جبال قنديل,جبل قنديل|IQ|36.43|45.0|region|
gara-iq|Gara mountain|Mount Gara,Gara region,Gara mountains|جبل كارة,جبل گارة|IQ|37.02|43.4|region|
# Yemen: Taiz quarters, Nihm, Mahra's port and the Red Sea oil terminal
jahmaliya|al-Jahmaliya (Taiz)|Jahmaliya,Jahmaliyah|الجحملية|YE|13.58|44.04|district|
bir-basha|Bir Basha (Taiz)|Bir Basha|بير باشا,بئر باشا|YE|13.57|43.99|district|
salah-taiz|Salah (Taiz)||صالة|YE|13.57|44.04|district|a
furdhat-nihm|Furdhat Nihm|Fardhat Nehm,Furdhat Nehm|فرضة نهم|YE|15.48|44.55|frontline|
nishtun|Nishtun|Nishtoon|نشطون|YE|15.82|52.2|town|a
ras-isa|Ras Isa|Ras Issa,Ras Isa port|رأس عيسى,راس عيسى|YE|15.2|42.7|town|
# Yemen: the Marib, Lahj, al-Dhale, Taiz-Lahj road and Aden–Abyan fronts that round-ups name
jufaina|al-Jufaina (Marib)|Jufaina,al-Jufainah|الجفينة|YE|15.43|45.31|frontline|
makhdara|al-Makhdara (Marib)|Makhdara,al-Mukhdara|المخدرة|YE|15.51|45.2|frontline|a
mas-marib|Mas (Marib)|Maas,Mas area|منطقة ماس|YE|15.62|45.12|town|
mas-camp|Mas camp (Marib)|Mas military camp|معسكر ماس|YE|15.62|45.12|frontline|
labuza|Labuza camp (Lahj)|Labouza,Labuza|لبوزة,لبوزه|YE|13.13|44.86|frontline|
rahida|al-Rahida|Rahida,al-Rahidah|الراهدة|YE|13.29|44.3|town|
murays|Murays|Muris,Mureis|مريس|YE|13.93|44.71|town|
sanah|Sanah (al-Dhale)|Sanah|سناح|YE|13.77|44.73|town|
alam-aden|al-Alam junction (Aden–Abyan)|Alam junction|العلم,مثلث العلم|YE|12.87|45.15|town|a
# Sudan: the capital's Arabic name (GeoNames has it garbled) and Darfur's camps
khartoum|Khartoum|Khartum|الخرطوم|SD|15.5518|32.5324|city|gid=379252
sennar|Sennar|Sinnar|سنار|SD|13.5691|33.5672|city|gid=367644
abu-shouk|Abu Shouk camp|Abu Shouk,Abu Shok|مخيم أبو شوك|SD|13.655|25.32|town|
# Venues and capitals whose Arabic news spelling GeoNames lacks (Libya's talks in Skhirat, Kashmir's border towns)
skhirat|Skhirat|Skhirate|الصخيرات|MA|33.8527|-7.0317|town|gid=2562055
sialkot|Sialkot||سيالكوت|PK|32.4927|74.5313|city|gid=1164909
poonch|Poonch|Poonch sector,Punch|بونش,قاطع بونش|IN|33.77|74.09|town|
bangui|Bangui|Bangi|بانغي,بانجي,بانكويي|CF|4.3612|18.555|city|gid=2389853
conakry|Conakry||كوناكري|GN|9.538|-13.6773|city|gid=2422465
naypyidaw|Naypyidaw|Nay Pyi Taw,Naypyitaw,Pyinmana|نايبيداو,نايبيتاو|MM|19.745|96.1297|city|gid=6611854
# Kashmir and the India-Pakistan border, Waziristan, Shan State, Puntland, the Gulf and the South China Sea
uri-kashmir|Uri|Uri sector|أوري|IN|34.08|74.05|town|
attari-wagah|Attari-Wagah border|Attari,Wagah,Attari border,Wagah border,Attari-Wagah|واغا,أتاري|IN|31.6047|74.5728|town|
makeen|Makeen|Makin|مكين|PK|32.63|69.87|town|a
nawnghkio|Nawnghkio|Naungcho,Nawngcho||MM|22.32|96.8|town|
bari-so|Bari region (Somalia)|Bari region,Bari Region|إقليم باري,منطقة باري|SO|10.5|49.8|admin1|
cal-miskaad|Cal Miskaad mountains|Cal Miskaad,Al Miskaad|جبال المسكاد|SO|10.95|49.7|region|
strait-of-hormuz|Strait of Hormuz|Hormuz Strait,Straits of Hormuz|مضيق هرمز|IR|26.57|56.25|region|
scarborough-shoal|Scarborough Shoal|Huangyan Island|شعاب سكاربورو|PH|15.15|117.76|region|
palawan|Palawan||بالاوان|PH|9.83|118.74|admin1|
`;

export const FRONT_PLACES: CuratedPlace[] = parseCuratedTable(TABLE);
