// District-level conflict geography of 2015–2026 news that the other tables lack: Aden's and Sanaa's districts,
// the fronts of Lahj, Abyan, Taiz, Marib, al-Jawf, Saada, Hajjah and Hodeidah, the Saudi Jazan border, Baghdad's
// belts and the towns of Anbar, Diyala, Salahuddin and Nineveh, Syrian air bases and Damascus/Aleppo/Idlib fronts,
// Sinai, Benghazi's and Tripoli's districts and air bases, south Lebanon's border villages, Gaza and West Bank camps
// and Jerusalem neighbourhoods, Afghan provinces and Helmand/Faryab districts, Waziristan, Darfur/Kordofan and
// Somali towns, Turkey's Kurdish southeast and the Lake Chad basin. Every name here was missing from the gazetteer, spelled unlike the news (GeoNames' Arabic for
// El Fasher, Anah, Khanaqin, Lashkar Gah) or known only as a tiny GeoNames place that a clitic (والشيخ عثمان) or a
// text without its country name could not reach. Coordinates: GeoNames where gid= is given (its id is reused),
// else the town centre; districts, regions and Afghan provinces: rough centroid. One line per place, as in
// places.conflict.ts ('#' lines are section headings):
//   slug|English|English aliases|Arabic names|cc|lat|lon|kind|flags
// flags (comma-separated): a = an Arabic name is also a common word or given name (الحرث "ploughing", الدورة
// "session", نهم "greed", جوهر, المعلا): needs a trigger noun, quotes or a list; e = with a, the English names too
// (al-Baghdadi, Dora, Khanfar); gid=N = a GeoNames place (its id) under the news spelling. Names that would push out
// a larger namesake (المنصورة Mansoura, جبلة Jableh, همدان Hamadan, البريقة Brega, زابل Zabol) or that
// name two fronts context cannot tell apart (ربيعة in Nineveh and in Latakia) are left out.
import type { CuratedPlace } from './curated-place.types';
import { parseCuratedTable } from './curated-table';

const TABLE = `
# Yemen: Aden and Lahj
mualla-aden|al-Mualla (Aden)|Mualla,Maalla,al-Maalla|المعلا|YE|12.7899|45.0024|district|ae,gid=73422
sheikh-othman-aden|Sheikh Othman (Aden)|Sheikh Othman,Sheikh Uthman,Shaikh Othman|الشيخ عثمان|YE|12.8768|44.9931|district|ae,gid=77940
little-aden|al-Buraiqa (Little Aden)|Little Aden,Buraiqa,Bureiqa,Breiqa|عدن الصغرى|YE|12.7394|44.8842|district|gid=79799
jaawla|Ja'awla|Jaawla,Ja'wala,Jawala|جعولة|YE|12.93|44.95|town|
tuban|Tuban (Lahj)|Tuban district,Tiban|تبن|YE|13.05|44.88|district|a
waht|al-Waht|Waht,al-Wahat|الوهط|YE|13.02|44.87|town|
subayha|al-Subayha|Subaiha,Sbeiha,al-Subeiha|الصبيحة|YE|13.0|44.2|region|a
tur-al-bahah|Tur al-Bahah|Toor al-Baha,Tur al-Baha|طور الباحة|YE|13.1818|44.2997|town|gid=409051
musaymir|al-Musaymir|Musaymir,Museimir|المسيمير|YE|13.4439|44.6153|town|gid=72430
radfan|Radfan|Radfan district|ردفان,جبال ردفان|YE|13.52|44.85|district|
habilayn|al-Habilayn|Habilayn,Habileen|الحبيلين|YE|13.52|44.8508|town|gid=75508
# Yemen: Abyan, Shabwa, Hadramawt, al-Bayda
lawdar|Lawdar|Loder,Lodar|لودر|YE|13.8828|45.8686|town|gid=73504
mudiyah|Mudiyah|Mudiya,Moudia|مودية|YE|13.9284|46.0825|town|a,gid=72557
khanfar|Khanfar|Khanfar district|خنفر|YE|13.22|45.31|district|ae
shuqrah|Shuqra|Shuqrah,Shaqra,Shoqra|شقرة|YE|13.356|45.704|town|a
mahfad|al-Mahfad|Mahfad,Mahfid|المحفد|YE|14.0585|46.9133|town|gid=78991
ahwar|Ahwar|Ahwar district|أحور|YE|13.5202|46.7137|town|gid=80105
wadea|al-Wadea|Wadea|الوضيع|YE|13.7721|46.0179|town|a,gid=78471
mukayras|Mukayras|Mukeiras,Mukairas|مكيراس|YE|13.9443|45.6707|town|gid=72519
sawmaah|al-Sawmaah|Sawmaa,al-Soma'a|الصومعة|YE|14.0851|45.801|town|a,gid=77800
balhaf|Balhaf|Belhaf|بلحاف|YE|13.98|48.18|town|
nisab|Nisab|Nesab|نصاب|YE|14.5074|46.4935|town|a,gid=72181
habban|Habban|Haban|حبان|YE|14.3541|47.0765|town|a,gid=75518
usaylan|Usaylan|Osailan,Usailan|عسيلان|YE|15.032|45.8283|town|gid=69769
shihr|al-Shihr|Shihr,Ash Shihr|الشحر|YE|14.7603|49.6054|town|gid=30490
tarim|Tarim|Tareem|تريم|YE|16.0569|48.9989|town|gid=70160
ghayl-bawazir|Ghayl Bawazir|Ghail Bawazir,Ghayl Ba Wazir|غيل باوزير,غيل با وزير|YE|14.7761|49.3661|town|gid=75618
qatan|al-Qatan|Qatan,al-Qaten|القطن|YE|15.8406|48.4556|town|a,gid=79478
abr|al-Abr|Abr,al-Abr district|العبر|YE|16.1377|47.2355|town|a,gid=74785
riyan-airport|Riyan Airport|Riyan,al-Riyan,Riyan Airbase,Mukalla Airport,al-Riyan Airport|مطار الريان|YE|14.663|49.375|frontline|
wadi-dofas|Wadi Dofas (Abyan)|Wadi Dofas|وادي دوفس,دوفس|YE|13.12|45.33|town|
akad-lawdar|Akad front (Lawdar)||عكد|YE|13.89|45.8|frontline|
# Yemen: Taiz, al-Dhale, Ibb, Hodeidah
mawza|Mawza|Mouza|موزع|YE|13.2683|43.5099|town|a,gid=72760
jabal-sabir|Jabal Sabir|Jabal Saber,Mount Sabir,Mount Saber|جبل صبر|YE|13.52|44.03|region|
hawban|al-Hawban (Taiz)|Hawban,al-Houban,Houban|الحوبان|YE|13.61|44.08|district|
hays|Hays|Hais,Heis|حيس|YE|13.9317|43.4831|town|a,gid=74906
qatabah|Qatabah|Qaataba,Qa'tabah|قعطبة|YE|13.8549|44.7058|town|gid=71904
damt|Damt|Damt district|دمت|YE|14.0903|44.6701|town|a,gid=408866
juban|Juban|Jubban|جبن|YE|14.0116|44.8746|town|a,gid=74116
dimnat-khadir|Dimnat Khadir|Dimnat Khudayr|دمنة خدير|YE|13.37|44.25|town|
udayn|al-Udayn|Udayn,al-Odain|العدين|YE|13.9692|43.9967|town|gid=78543
durayhimi|al-Durayhimi|Durayhimi,Duraihimi,al-Durayhimi|الدريهمي|YE|14.637|43.0551|town|gid=80309
tuhayta|al-Tuhayta|Tuhayta,Tuhaita,al-Tuhayta|التحيتا,التحيتاء|YE|14.1836|43.2264|town|gid=77655
bayt-al-faqih|Bayt al-Faqih|Beit al-Faqih,Bait al-Faqih|بيت الفقيه|YE|14.5163|43.3245|town|gid=76991
jarrahi|al-Jarrahi|Jarrahi,Garrahi|الجراحي|YE|14.1325|43.3884|town|a,gid=79284
salif|Salif|al-Salif,Saleef|الصليف|YE|15.3076|42.6711|town|gid=77843
zaydiyah|al-Zaydiyah|Zaydiyah,Zaidiya|الزيدية|YE|15.3305|43.0063|town|a,gid=77515
bajil|Bajil|Bajel|باجل|YE|15.059|43.2873|town|gid=77408
marawiah|al-Marawiah|Marawiah,al-Marawi'a|المراوعة|YE|14.8307|43.1539|town|gid=78909
kamaran|Kamaran Island|Kamaran|كمران,جزيرة كمران|YE|15.34|42.6|region|
hodeidah-airport|Hodeidah Airport|Hodeidah International Airport,Hodeida Airport|مطار الحديدة,مطار الحديدة الدولي|YE|14.753|42.976|frontline|
# Yemen: Sanaa, Marib, al-Jawf, Amran
nihm|Nehm|Nihm,Nahm,Nehm district|نهم|YE|15.53|44.58|district|a
arhab|Arhab|Arhab district|أرحب|YE|15.62|44.25|district|a
bani-hushaysh|Bani Hushaysh|Bani Hushaish,Bani Hashish|بني حشيش|YE|15.4|44.33|district|
sanhan|Sanhan|Sanhan district|سنحان|YE|15.22|44.3|district|
bani-matar|Bani Matar|Bani Mattar|بني مطر|YE|15.25|44.02|district|
haymah-kharijiyah|al-Haymah al-Kharijiyah|Haymah al-Kharijiyah,al-Hayma al-Kharijiya,Outer Haymah|الحيمة الخارجية|YE|15.15|43.75|district|
khawlan|Khawlan|Khawlan district|خولان|YE|15.28|44.62|district|a
attan|Jabal Attan|Faj Attan,Mount Attan,Attan|جبل عطان,فج عطان,عطان|YE|15.325|44.175|frontline|
nuqum|Jabal Nuqum|Mount Nuqum,Nuqum|جبل نقم|YE|15.36|44.24|frontline|
hasaba|al-Hasaba (Sanaa)|Hasaba,al-Hasaba district|الحصبة|YE|15.38|44.21|district|a
harib|Harib|Hareeb|حريب|YE|14.9316|45.5036|town|gid=75133
jubah|al-Jubah|Jubah,al-Juba,al-Jawba|الجوبة|YE|15.2|45.3|district|a
majzar|Majzar|Majzar district|مجزر|YE|15.85|44.775|town|gid=34717
madghal|Madghal|Medghal,Madghal al-Jad'an|مدغل|YE|15.5986|45.0401|town|gid=7341410
jidan|al-Jadaan (Marib)|Jidan,al-Jidan,Jadaan,al-Jadaan district|الجدعان,مديرية الجدعان|YE|15.5986|45.0401|district|a
matun|al-Matun|al-Mutoon|المتون|YE|16.2306|44.5848|town|a,gid=407042
maslub|al-Maslub|Maslub,al-Masloub|المصلوب|YE|16.1827|44.6261|town|a,gid=407048
ghayl-jawf|al-Ghayl (al-Jawf)|Ghayl,al-Ghail|الغيل|YE|16.1077|44.6801|town|a,gid=407049
khamir|Khamir|Khamer|خمر|YE|15.9879|43.9536|town|a,gid=73861
huth|Huth|Houth|حوث|YE|16.2311|43.9685|town|gid=74490
# Yemen: Saada, Hajjah
haydan|Haydan|Hidan,Heydan|حيدان|YE|16.779|43.4337|town|gid=411056
razih|Razih|Razeh,Razih district|رازح|YE|16.91|43.26|district|
saqayn|Saqayn|Sakin,Saqain|ساقين|YE|16.877|43.525|town|a,gid=406662
kitaf|Kitaf|Ketaf|كتاف|YE|17.0316|44.1091|town|a,gid=73668
baqim|Baqim|Baqem|باقم|YE|17.3971|43.4774|town|gid=8015577
malahit|al-Malahit|Malahit,al-Malaheet|الملاحيط|YE|16.7685|43.2758|town|gid=73125
abs|Abs|Abs district|عبس|YE|16.0029|43.1972|town|a,gid=70357
kushar|Kushar|Kushar district,Kashar|كشر|YE|16.1552|43.421|town|a,gid=410914
mustaba|Mustaba|Mustabaa|مستباء|YE|16.2282|43.249|town|gid=34886
luhayyah|al-Luhayyah|Luhayyah,Luhayya,al-Luhayah|اللحية|YE|15.7031|42.6909|town|a,gid=79050
# Saudi southern border
abu-arish|Abu Arish||أبو عريش|SA|16.9689|42.8325|town|gid=110619
baysh|Baish|Baysh,Bish|بيش|SA|17.38|42.54|town|
harth|al-Harth|Al Harth,al-Harith governorate|الحرث|SA|16.8|43.15|region|a
# Iraq: Baghdad and its belts
taji|Taji|al-Taji,Camp Taji|التاجي,معسكر التاجي,قاعدة التاجي|IQ|33.523|44.265|town|
yusufiyah|Yusufiyah|al-Yusufiyah,Yusufiya|اليوسفية|IQ|33.08|44.25|town|
latifiyah|Latifiyah|al-Latifiyah,Latifiya|اللطيفية|IQ|33.0|44.36|town|
mahmudiyah|Mahmudiyah|al-Mahmudiyah,Mahmudiya|المحمودية|IQ|33.0622|44.3656|town|gid=99100
tarmiyah|Tarmiyah|al-Tarmiyah,Tarmiya|الطارمية|IQ|33.6744|44.3958|town|gid=98403
madain|al-Madain|Madain,Salman Pak|المدائن,سلمان باك|IQ|33.1|44.58|town|
kadhimiya|Kadhimiya (Baghdad)|Kadhimiya,Kadhimiyah,Kazimiyah|الكاظمية|IQ|33.38|44.34|district|
adhamiya|Adhamiya (Baghdad)|Adhamiya,Adhamiyah,Azamiyah|الأعظمية|IQ|33.37|44.36|district|
sadr-city|Sadr City (Baghdad)|Sadr City|مدينة الصدر|IQ|33.39|44.46|district|
karrada|Karrada (Baghdad)|Karrada,Karada,Karradah|الكرادة|IQ|33.3|44.42|district|
dora|Dora (Baghdad)|Dora,Doura,al-Dora|الدورة|IQ|33.25|44.4|district|ae
new-baghdad|New Baghdad|Baghdad al-Jadida|بغداد الجديدة|IQ|33.31|44.48|district|
bayaa|al-Bayaa (Baghdad)|Bayaa,Bayya,al-Bayya|البياع|IQ|33.268|44.343|district|
shaab-baghdad|al-Shaab (Baghdad)|al-Shaab district|الشعب|IQ|33.405|44.42|district|a
shurta-rabia|al-Shurta al-Rabia (Baghdad)|Fourth Police district,Shurta al-Rabia|الشرطة الرابعة|IQ|33.262|44.31|district|a
zafaraniya|Zafaraniya (Baghdad)|Zafaraniyah,Zafraniya,al-Zafraniya|الزعفرانية|IQ|33.26|44.5|district|
shula|al-Shula (Baghdad)|Shula,Shuala,al-Shuala|الشعلة|IQ|33.37|44.3|district|a
ghazaliya|Ghazaliya (Baghdad)|Ghazaliyah,al-Ghazaliya|الغزالية|IQ|33.34|44.26|district|
saydiya|al-Saydiya (Baghdad)|Saydiya,Saidiya,al-Saidiya|السيدية|IQ|33.25|44.35|district|
jadiriya|al-Jadiriya (Baghdad)|Jadiriya,Jadriya|الجادرية|IQ|33.28|44.38|district|
kamaliya|al-Kamaliya (Baghdad)|Kamaliya,Kamaliyah|الكمالية|IQ|33.35|44.51|district|
husseiniya-baghdad|al-Husseiniya (Baghdad)|Husseiniya|الحسينية|IQ|33.45|44.55|district|a
# Iraq: Anbar, Salahuddin, Diyala, Kirkuk, Nineveh
baghdadi|al-Baghdadi|Baghdadi|البغدادي|IQ|33.92|42.54|town|ae
nukhayb|al-Nukhayb|Nukhayb,Nukhaib,Nekhaib|النخيب|IQ|32.04|42.25|town|
anah|Anah|Aanah|عنة|IQ|34.3686|41.9819|town|a,gid=6765385
rawa|Rawa|Rawah|راوة|IQ|34.4823|41.919|town|gid=92004
musayyib|Musayyib|al-Musayyib,Musayib|المسيب|IQ|32.7787|44.2901|town|gid=99039
balad-airbase|Balad Air Base|Joint Base Balad,Camp Anaconda,Balad Airbase|قاعدة بلد,قاعدة بلد الجوية|IQ|33.94|44.36|frontline|
dujail|Dujail|al-Dujail,Dujayl|الدجيل|IQ|33.8467|44.2344|town|gid=99759
speicher|Camp Speicher|Speicher,Speicher Base,Tikrit Air Academy|سبايكر,قاعدة سبايكر,معسكر سبايكر|IQ|34.65|43.54|frontline|
hamrin|Hamrin Mountains|Hamrin,Jabal Hamrin|جبال حمرين,سلسلة جبال حمرين,حمرين|IQ|34.45|44.45|region|
harariyat|al-Harariyat (Karma)|Harariyat|الحراريات|IQ|33.42|43.91|town|
saadiya|al-Saadiya|Saadiya,Sadiyah,As Sa'diyah|السعدية|IQ|34.19|45.12|town|a
khan-bani-saad|Khan Bani Saad|Khan Bani Sa'ad|خان بني سعد|IQ|33.57|44.54|town|
hibhib|Hibhib|Hib Hib|هبهب|IQ|33.8|44.57|town|
balad-ruz|Balad Ruz|Baladruz,Balad Rooz|بلدروز,بلد روز|IQ|33.6963|45.0778|town|gid=98109
mandali|Mandali|Mandali|مندلي|IQ|33.7481|45.555|town|gid=93709
khanaqin|Khanaqin|Khanaqeen|خانقين|IQ|34.3482|45.3907|town|gid=94591
qara-tapa|Qara Tapa|Qara Tepe,Qaratapa|قره تبة,قرة تبة|IQ|34.42|44.93|town|
daquq|Daquq|Dakuk,Taouq|داقوق|IQ|35.1392|44.4491|town|gid=90220
dibis|Dibis|Dibs,Dubs|دبس|IQ|35.6748|44.0707|town|a,gid=97001
qayyarah|Qayyarah|al-Qayyarah,Qayara,Qayyara|القيارة|IQ|35.7993|43.2945|town|gid=99003
hammam-al-alil|Hammam al-Alil|Hamam al-Alil|حمام العليل|IQ|36.16|43.26|town|
hamdaniya-iq|al-Hamdaniya (Qaraqosh)|Hamdaniya,Qaraqosh,Bakhdida|الحمدانية,قضاء الحمدانية,قره قوش,قرقوش,بخديدا|IQ|36.2709|43.3776|town|gid=92430
bartella|Bartella|Bartalla,Bartilla|برطلة|IQ|36.35|43.38|town|
tel-keppe|Tel Keppe|Tel Kaif,Tilkaif,Tel Kef|تلكيف,تل كيف|IQ|36.4912|43.1211|town|gid=90353
baaj|al-Baaj|Baaj,Ba'aj|البعاج|IQ|36.0426|41.7163|town|gid=99524
sinuni|Sinuni|Snuny,Sinune|سنوني|IQ|36.45|41.73|town|
hatra|Hatra|al-Hadr|الحضر|IQ|35.5729|42.734|town|a,gid=99413
nineveh-plains|Nineveh Plains|Nineveh plain|سهل نينوى|IQ|36.4|43.35|region|
# Syria: air bases
kuweires|Kuweires Air Base|Kuweires,Kweiris,Kuweiris,Kuwayris,Kuweires Airport,Kuweires Airbase|مطار كويرس,مطار كويرس العسكري,كويرس|SY|36.187|37.583|frontline|
tabqa-airbase|Tabqa Air Base|Tabqa Airbase,Tabqa Airport,Tabqa Military Airport|مطار الطبقة,مطار الطبقة العسكري|SY|35.754|38.567|frontline|
abu-al-duhur-airbase|Abu al-Duhur Air Base|Abu al-Duhur,Abu al-Dhuhur,Abu Dhuhur,Abu al-Zuhur,Abu al-Duhur Airport,Abu al-Duhur Airbase|مطار أبو الظهور,مطار أبو الظهور العسكري,مطار أبو ظهور|SY|35.732|37.104|frontline|
thaala-airbase|Thaala Air Base|Thaala,Thaala Airbase,Thaala Airport,Thaalah|مطار الثعلة,مطار الثعلة العسكري|SY|32.705|36.412|frontline|
t4-airbase|Tiyas Air Base|Tiyas,Tiyas Airbase|مطار التيفور,مطار التياس,مطار تياس|SY|34.522|37.63|frontline|
shayrat-airbase|Shayrat Air Base|Shayrat,Shairat,Shayrat Airbase,Shayrat Airfield|مطار الشعيرات,مطار الشعيرات العسكري|SY|34.49|36.91|frontline|
hama-airbase|Hama Military Airport|Hama Air Base,Hama Airbase|مطار حماة العسكري,مطار حماه العسكري|SY|35.118|36.711|frontline|
deir-ez-zor-airport|Deir ez-Zor Airport|Deir ez-Zor Military Airport,Deir ez-Zor Air Base,Deir al-Zour Airport|مطار دير الزور,مطار دير الزور العسكري|SY|35.285|40.176|frontline|
menagh-airbase|Menagh Air Base|Menagh,Minakh,Menagh Airbase|مطار منغ,مطار منغ العسكري|SY|36.521|37.041|frontline|
nayrab-airbase|Aleppo International Airport|Nayrab,Nairab,Nayrab Air Base,Nayrab Airbase,Aleppo Airport|مطار النيرب,مطار حلب,مطار حلب الدولي|SY|36.181|37.224|frontline|
mezzeh-airbase|Mezzeh Military Airport|Mezzeh Air Base,Mezzeh Airbase,Mazzeh Military Airport|مطار المزة,مطار المزة العسكري|SY|33.477|36.224|frontline|
dumayr-airbase|Dumayr Air Base|Dumayr Airbase,Dumayr Military Airport|مطار الضمير,مطار الضمير العسكري|SY|33.61|36.75|frontline|
hmeimim|Hmeimim Air Base|Hmeimim,Khmeimim,Hmeymim,Humaymim,Hmeimim Airbase|حميميم,قاعدة حميميم,مطار حميميم|SY|35.401|35.949|frontline|
jirah-airbase|Jirah Air Base|Jirah,Jirah Airbase|مطار الجراح,مطار الجراح العسكري|SY|36.097|37.936|frontline|
# Syria: towns and districts
mezzeh|Mezzeh (Damascus)|Mezzeh,Mazzeh,al-Mezzeh|المزة,حي المزة|SY|33.5|36.25|district|
qaboun|Qaboun (Damascus)|Qaboun,al-Qaboun|القابون|SY|33.54|36.33|district|
barzeh|Barzeh (Damascus)|Barzeh,Barza|برزة|SY|33.55|36.32|district|
ain-tarma|Ain Tarma|Ein Tarma,Ayn Tarma|عين ترما|SY|33.52|36.355|town|
zamalka|Zamalka|Zamalka|زملكا|SY|33.52|36.36|town|
kafr-batna|Kafr Batna|Kafarbatna,Kfar Batna|كفربطنا,كفر بطنا|SY|33.5117|36.3727|town|gid=168713
saqba|Saqba|Saqba|سقبا|SY|33.52|36.39|town|
hamouria|Hamouria|Hammuriyah,Hamouriyeh|حمورية|SY|33.53|36.4|town|
yalda|Yalda|Yelda|يلدا|SY|33.46|36.32|town|
hameh|al-Hameh|Hameh,al-Hama|الهامة|SY|33.56|36.22|town|a
khan-al-shih|Khan al-Shih|Khan Eshieh,Khan al-Sheeh|خان الشيح,مخيم خان الشيح|SY|33.37|36.11|town|
sayyida-zaynab|Sayyida Zaynab|Sayyida Zeinab,Sayeda Zeinab,Sayyida Zainab|السيدة زينب|SY|33.444|36.341|district|a
busr-al-harir|Busr al-Harir|Busra al-Harir|بصر الحرير|SY|32.84|36.34|town|
nasib-crossing|Nasib Crossing|Nasib,Nassib,Nasib Border Crossing|نصيب|SY|32.55|36.2|frontline|a
lajat|al-Lajat|Lajat,Leja,al-Lajah|اللجاة|SY|33.0|36.45|region|
anadan|Anadan|Andan|عندان|SY|36.29|37.05|town|
khan-al-asal|Khan al-Asal|Khan al-Assal|خان العسل|SY|36.17|37.03|town|
ramouseh|Ramouseh (Aleppo)|Ramouseh,al-Ramousa,Ramousa|الراموسة|SY|36.165|37.14|district|
hamdaniya-aleppo|Hamdaniyah (Aleppo)|Hamdaniyah district|حي الحمدانية,الحمدانية|SY|36.18|37.12|district|
sarmada|Sarmada|Sarmada|سرمدا|SY|36.18|36.72|town|
atmeh|Atmeh|Atma,Atmah|أطمة|SY|36.3|36.65|town|
bab-al-hawa|Bab al-Hawa Crossing|Bab al-Hawa,Bab al-Hawa Border Crossing|باب الهوى,معبر باب الهوى|SY|36.233|36.675|frontline|
kafr-zita|Kafr Zita|Kafrzita,Kafr Zeita|كفرزيتا,كفر زيتا|SY|35.3743|36.6033|town|gid=168620
latamneh|al-Latamneh|Latamneh,Lataminah,Latamna|اللطامنة|SY|35.32|36.62|town|
baghuz|al-Baghuz|Baghuz,Baghouz,Baghuz Fawqani|الباغوز,باغوز|SY|34.46|40.95|town|
hol|al-Hol|al-Hawl,al-Hol camp,Al-Hol|الهول|SY|36.3904|41.1498|town|a,gid=173797
hawar-kilis|Hawar Kilis||حوار كلس,حوار|SY|36.62|37.08|town|a
# Egypt: Sinai
hasana|al-Hasana|Hasana,El Hasana,Hassana|الحسنة|EG|30.47|33.79|town|a
nakhl|Nakhl|Nekhel,Nakhl|نخل|EG|29.91|33.75|town|a
jabal-halal|Jabal Halal|Gebel Halal,Mount Halal|جبل الحلال|EG|30.65|34.0|region|
touma-sinai|al-Touma (Sheikh Zuweid)||التومة|EG|31.17|34.13|town|a
zawaraa-sinai|al-Zawaraa (Sheikh Zuweid)||الزوارعة|EG|31.16|34.16|town|
# Libya
laithi|al-Laithi (Benghazi)|Laithi,Leithi,al-Leithi|الليثي|LY|32.09|20.09|district|ae
sabri|al-Sabri (Benghazi)|Sabiri,al-Sabiri|الصابري|LY|32.125|20.07|district|ae
buatni|Bu Atni (Benghazi)|Buatni,Bu Atni,Boatni|بوعطني,بو عطني|LY|32.08|20.14|district|
qanfouda|Ganfouda (Benghazi)|Ganfouda,Qanfouda,Qanfuda|قنفودة|LY|32.05|19.98|district|
benina|Benina Airport|Benina,Benina International Airport,Benina Airbase|بنينا|LY|32.097|20.269|frontline|a
bin-jawad|Bin Jawad|Bin Jawwad,Ben Jawad|بن جواد|LY|30.8|18.07|town|a
warshefana|Warshefana|Warshafana,Wershefana|ورشفانة|LY|32.7|12.9|region|
mitiga|Mitiga Airport|Mitiga,Mitiga International Airport,Maitika|مطار معيتيقة,معيتيقة|LY|32.894|13.276|frontline|
tripoli-airport|Tripoli International Airport|Tripoli Airport|مطار طرابلس الدولي,مطار طرابلس العالمي|LY|32.663|13.159|frontline|
qasr-bin-ghashir|Qasr bin Ghashir|Qasr Ben Gashir,Qasr Bin Ghashir|قصر بن غشير|LY|32.68|13.17|town|
tajoura|Tajoura|Tajura|تاجوراء,تاجورا|LY|32.8817|13.3506|town|gid=2210394
janzour|Janzour|Janzur,Janzoor|جنزور|LY|32.82|13.01|town|
watiya|al-Watiya Air Base|Watiya,al-Watiya,Watiya Airbase,Watiya Air Base|قاعدة الوطية,الوطية|LY|32.476|11.897|frontline|
# Lebanon
ras-baalbek|Ras Baalbek|Ras Baalbeck|رأس بعلبك|LB|34.26|36.42|town|
qaa|al-Qaa|Qaa,al-Qaa|القاع|LB|34.34|36.48|town|a
labweh|al-Labweh|Labweh,Laboueh|اللبوة|LB|34.19|36.35|town|a
jabal-mohsen|Jabal Mohsen (Tripoli)|Jabal Mohsen,Jabal Muhsin|جبل محسن|LB|34.44|35.84|district|
bab-al-tabbaneh|Bab al-Tabbaneh (Tripoli)|Bab al-Tabbaneh,Tabbaneh|باب التبانة|LB|34.445|35.845|district|
maroun-al-ras|Maroun al-Ras|Maroun el-Ras,Maroun al-Ras|مارون الراس|LB|33.1|35.44|town|
aita-al-shaab|Aita al-Shaab|Ayta ash-Shaab,Aita al-Shaab,Ayta al-Shaab,Aita ash-Shaab|عيتا الشعب|LB|33.1|35.34|town|
kfar-kila|Kfar Kila|Kafr Kila,Kfarkela|كفركلا,كفر كلا|LB|33.28|35.57|town|
houla-lb|Houla (Lebanon)||حولا|LB|33.21|35.52|town|a
jiyeh|Jiyeh|al-Jiyeh,Jiye|الجية,الجيه|LB|33.657|35.417|town|
odaisseh|Odaisseh|Adaisseh,Adaysseh,Odaisseh|العديسة|LB|33.25|35.55|town|
mays-al-jabal|Mays al-Jabal|Meiss el-Jabal,Mais al-Jabal|ميس الجبل|LB|33.17|35.52|town|
haret-hreik|Haret Hreik|Haret Hreik,Harat Hurayk|حارة حريك|LB|33.85|35.51|district|
burj-al-barajneh|Burj al-Barajneh|Bourj el-Barajneh,Burj al-Barajneh camp|برج البراجنة|LB|33.845|35.505|district|
# Palestine: Gaza, West Bank, Jerusalem
ben-gurion-airport|Ben Gurion Airport|Ben Gurion airport,Ben Gurion International Airport,Ben-Gurion Airport,Ben-Gurion International Airport|مطار بن غوريون,مطار بن جوريون,مطار بن غوريون الدولي,مطار بن جوريون الدولي|IL|32.0114|34.8867|frontline|
maghazi|Maghazi|Maghazi camp,al-Maghazi|المغازي|PS|31.42|34.38|town|a
tel-al-sultan|Tel al-Sultan (Rafah)|Tal as-Sultan,Tel al-Sultan|تل السلطان|PS|31.3|34.24|district|
shati-camp|al-Shati camp|Beach camp,Shati camp,al-Shati camp|مخيم الشاطئ|PS|31.53|34.45|district|
zeitoun-gaza|Zeitoun (Gaza)||حي الزيتون|PS|31.49|34.45|district|
beit-ummar|Beit Ummar|Beit Umar|بيت أمر|PS|31.6233|35.1045|town|gid=284329
beita|Beita|Beita|بيتا|PS|32.14|35.29|town|a
jenin-camp|Jenin camp||مخيم جنين|PS|32.462|35.287|district|
balata-camp|Balata camp||مخيم بلاطة|PS|32.21|35.29|district|
nur-shams|Nur Shams camp|Nour Shams,Nur Shams|مخيم نور شمس|PS|32.31|35.06|district|
tulkarm-camp|Tulkarm camp|Tulkarem camp|مخيم طولكرم|PS|32.31|35.03|district|
issawiya|Issawiya|al-Issawiya,Isawiya|العيسوية|PS|31.8|35.25|district|
silwan|Silwan|Silwan|سلوان|PS|31.77|35.24|district|a
sheikh-jarrah|Sheikh Jarrah|Sheikh Jarrah|الشيخ جراح|PS|31.795|35.23|district|
jabal-mukaber|Jabal Mukaber|Jabel Mukaber,Jabal al-Mukabbir|جبل المكبر|PS|31.75|35.24|district|
shuafat|Shuafat|Shuafat camp,Shu'fat|شعفاط,مخيم شعفاط|PS|31.82|35.24|district|
masafer-yatta|Masafer Yatta|Masafer Yatta|مسافر يطا|PS|31.4|35.15|region|
khan-al-ahmar|Khan al-Ahmar|al-Khan al-Ahmar|الخان الأحمر|PS|31.8|35.34|town|
# Afghanistan and Pakistan
almar|Almar|Almar district|المار|AF|35.84|64.53|district|a
qaisar|Qaisar|Qaysar,Qeysar,Qaisar district|قيصار|AF|35.69|64.3|district|
sangin|Sangin|Sangin district|سنجين,سانجين|AF|32.0727|64.8359|town|gid=1127547
musa-qala|Musa Qala|Musa Qalah,Musa Qaleh|موسى قلعة|AF|32.45|64.77|town|
marjah|Marjah|Marja|مارجا,مارجة|AF|31.52|64.12|town|
gereshk|Gereshk|Girishk,Grishk|جريشك,غيريشك|AF|31.8209|64.57|town|gid=1141540
lashkar-gah|Lashkar Gah|Lashkargah|لشكركاه,لشكر كاه,لشكرجاه|AF|31.5938|64.3716|city|gid=1134720
bala-murghab|Bala Murghab|Bala Morghab|بالا مرغاب|AF|35.59|63.33|town|
helmand|Helmand|Helmand province|هلمند,ولاية هلمند|AF|30.9|64.2|admin1|
faryab|Faryab|Faryab province|فارياب,ولاية فارياب|AF|35.9|64.8|admin1|
badghis|Badghis|Badghis province|بادغيس|AF|35.1|63.7|admin1|
nangarhar|Nangarhar|Nangarhar province|ننغرهار,ننجرهار,ننكرهار|AF|34.2|70.6|admin1|
kunar|Kunar|Kunar province|كونار,كنر|AF|34.9|71.1|admin1|
nuristan|Nuristan|Nuristan province|نورستان|AF|35.3|70.9|admin1|
badakhshan|Badakhshan|Badakhshan province|بدخشان|AF|36.8|71.5|admin1|
takhar|Takhar|Takhar province|تخار|AF|36.7|69.8|admin1|
logar|Logar|Logar province|لوغر,لوجر,لوجار,لوغار|AF|34.0|69.2|admin1|
baraki-barak|Baraki Barak|Baraki Barak district,Baraki Rajan|باراكي باراك,براكي باراك,براكي برك,بركي براك|AF|33.97|68.95|district|
uruzgan|Uruzgan|Oruzgan,Uruzgan province|أوروزغان,أرزكان,اروزجان|AF|32.9|66.0|admin1|
wardak|Wardak|Maidan Wardak,Wardak province|وردك|AF|34.3|68.4|admin1|a
paktia|Paktia|Paktia province,Paktiya|بكتيا,باكتيا|AF|33.6|69.4|admin1|
paktika|Paktika|Paktika province|بكتيكا,باكتيكا|AF|32.5|68.8|admin1|
zabul|Zabul|Zabul province|ولاية زابل|AF|32.2|67.3|admin1|
jowzjan|Jowzjan|Jawzjan,Jowzjan province|جوزجان|AF|36.7|66.0|admin1|
kapisa|Kapisa|Kapisa province|كابيسا|AF|34.9|69.6|admin1|
panjshir|Panjshir|Panjshir valley,Panjshir province|بنجشير,بانشير|AF|35.4|69.8|admin1|
nimroz|Nimroz|Nimruz,Nimroz province|نيمروز|AF|30.6|62.3|admin1|
miranshah|Miranshah|Miram Shah,Miran Shah|ميرانشاه,ميران شاه|PK|33.0|70.07|town|
wana|Wana|Wana|وانا|PK|32.3|69.57|town|a
waziristan|Waziristan|Waziristan|وزيرستان|PK|32.6|69.9|region|
north-waziristan|North Waziristan|North Waziristan|شمال وزيرستان,وزيرستان الشمالية|PK|32.95|70.05|region|
south-waziristan|South Waziristan|South Waziristan|جنوب وزيرستان,وزيرستان الجنوبية|PK|32.3|69.7|region|
bajaur|Bajaur|Bajaur Agency,Bajaur district|باجور|PK|34.75|71.5|region|
quetta|Quetta|Quetta|كويتا|PK|30.1841|67.0014|city|gid=1167528
khyber-pakhtunkhwa|Khyber Pakhtunkhwa|Khyber-Pakhtunkhwa|خيبر بختونخوا|PK|34.0|72.0|admin1|
sistan-baluchestan|Sistan and Baluchestan|Sistan-Baluchestan,Sistan and Baluchistan|سيستان وبلوشستان,سيستان بلوشستان,سيستان وبلوجستان,سيستان وبلوجيستان|IR|28.0|60.5|admin1|
balochistan-pk|Balochistan|Baluchistan,Balochistan province|بلوشستان,إقليم بلوشستان|PK|28.5|65.5|admin1|
# Turkey: the Kurdish southeast
sanliurfa|Sanliurfa|Urfa,Şanlıurfa|شانلي أورفة,شانلي اورفا,أورفة|TR|37.1591|38.7969|city|
sirnak|Sirnak|Şırnak|شرناق,شيرناك|TR|37.5139|42.4543|city|gid=300640
cizre|Cizre|Jizre|جيزرة,جزرة|TR|37.3302|42.1848|town|gid=318253
silopi|Silopi|Silopi|سيلوبي,سلوبي,شيلوبي|TR|37.2438|42.4635|town|gid=300797
hakkari|Hakkari|Hakkari province,Hakari|هكاري,حكاري|TR|37.5744|43.7408|city|gid=318137
bismil|Bismil|Bismil|بسمل,بيسميل|TR|37.8451|40.6593|town|gid=321031
ceylanpinar|Ceylanpinar|Ceylanpınar|جيلان بينار,جيلانبينار,جيلان بنار,سيلان بينار|TR|36.8472|40.05|town|gid=318668
yuksekova|Yuksekova|Yüksekova|يوكسكوفا,يوكسيكوفا|TR|37.57|44.28|town|
semdinli|Semdinli|Şemdinli|شمدينلي|TR|37.3|44.57|town|
akcakale|Akcakale|Akçakale|أقجة قلعة,اكجاكالي,أكجاكالي|TR|36.711|38.948|town|
# Lake Chad basin
maroua-marwa|Maroua||مروة|CM|10.5909|14.3159|city|a,gid=2228373
fotokol|Fotokol|Fotokol|فوتوكول|CM|12.37|14.22|town|
kolofata|Kolofata|Kolofata|كولوفاتا|CM|11.16|14.01|town|
borno|Borno State|Borno,Borno state|بورنو,ولاية بورنو|NG|11.5|13.0|admin1|
yobe|Yobe State|Yobe,Yobe state|يوبي,ولاية يوبي|NG|12.0|11.5|admin1|
damaturu|Damaturu|Damaturu|دامتورو,داماتورو|NG|11.747|11.9608|city|gid=2345521
potiskum|Potiskum|Potiskum|بوتيسكوم|NG|11.7128|11.081|city|
gombe|Gombe|Gombe town|غومبي,غومبيه,جومبي,جومب|NG|10.2897|11.1673|city|gid=2340451
gombe-state|Gombe State|Gombe state|ولاية غومبي,ولاية جومب,ولاية جومبي|NG|10.36|11.19|admin1|
# Algerian and Tunisian provinces: only "ولاية X" names the province; the bare name stays its capital city
wilaya-ain-defla|Ain Defla Province||ولاية عين الدفلى|DZ|36.1|2.05|admin1|
wilaya-bouira|Bouira Province||ولاية البويرة|DZ|36.2|3.8|admin1|
wilaya-tizi-ouzou|Tizi Ouzou Province||ولاية تيزي وزو|DZ|36.65|4.2|admin1|
wilaya-boumerdes|Boumerdes Province||ولاية بومرداس|DZ|36.7|3.6|admin1|
wilaya-bejaia|Bejaia Province||ولاية بجاية|DZ|36.6|4.9|admin1|
wilaya-jijel|Jijel Province||ولاية جيجل|DZ|36.7|5.9|admin1|
wilaya-skikda|Skikda Province||ولاية سكيكدة|DZ|36.8|6.9|admin1|
wilaya-batna|Batna Province||ولاية باتنة|DZ|35.5|6.0|admin1|
wilaya-khenchela|Khenchela Province||ولاية خنشلة|DZ|35.2|7.0|admin1|
wilaya-tebessa|Tebessa Province||ولاية تبسة|DZ|35.0|8.0|admin1|
wilaya-medea|Medea Province||ولاية المدية|DZ|35.9|3.0|admin1|
wilaya-blida|Blida Province||ولاية البليدة|DZ|36.5|2.9|admin1|
wilaya-tipaza|Tipaza Province||ولاية تيبازة|DZ|36.5|2.3|admin1|
wilaya-chlef|Chlef Province||ولاية الشلف|DZ|36.2|1.3|admin1|
wilaya-ouargla|Ouargla Province||ولاية ورقلة|DZ|31.0|6.0|admin1|
wilaya-illizi|Illizi Province||ولاية إليزي,ولاية اليزي|DZ|26.5|8.5|admin1|
wilaya-tamanrasset|Tamanrasset Province||ولاية تمنراست|DZ|23.0|5.5|admin1|
wilaya-adrar|Adrar Province||ولاية أدرار,ولاية ادرار|DZ|27.0|-0.5|admin1|
wilaya-el-oued|El Oued Province||ولاية الوادي|DZ|33.5|7.0|admin1|
wilaya-biskra|Biskra Province||ولاية بسكرة|DZ|34.7|5.7|admin1|
wilaya-djelfa|Djelfa Province||ولاية الجلفة|DZ|34.5|3.3|admin1|
wilaya-laghouat|Laghouat Province||ولاية الأغواط,ولاية الاغواط|DZ|33.5|2.5|admin1|
wilaya-tiaret|Tiaret Province||ولاية تيارت|DZ|35.2|1.4|admin1|
wilaya-setif|Setif Province||ولاية سطيف|DZ|36.0|5.4|admin1|
wilaya-bordj-bou-arreridj|Bordj Bou Arreridj Province||ولاية برج بوعريريج|DZ|36.0|4.7|admin1|
wilaya-msila|M'Sila Province||ولاية المسيلة|DZ|35.4|4.4|admin1|
wilaya-souk-ahras|Souk Ahras Province||ولاية سوق أهراس,ولاية سوق اهراس|DZ|36.1|7.9|admin1|
wilaya-guelma|Guelma Province||ولاية قالمة|DZ|36.3|7.4|admin1|
wilaya-el-tarf|El Tarf Province||ولاية الطارف|DZ|36.6|8.2|admin1|
wilaya-mila|Mila Province||ولاية ميلة|DZ|36.35|6.2|admin1|
wilaya-constantine|Constantine Province||ولاية قسنطينة|DZ|36.3|6.6|admin1|
wilaya-tissemsilt|Tissemsilt Province||ولاية تيسمسيلت|DZ|35.8|1.8|admin1|
wilaya-tlemcen|Tlemcen Province||ولاية تلمسان|DZ|34.8|-1.3|admin1|
wilaya-bechar|Bechar Province||ولاية بشار|DZ|30.5|-2.5|admin1|
wilaya-ghardaia|Ghardaia Province||ولاية غرداية|DZ|32.5|3.7|admin1|
wilaya-relizane|Relizane Province||ولاية غليزان|DZ|35.8|0.8|admin1|
wilaya-kasserine-tn|Kasserine Governorate||ولاية القصرين|TN|35.2|8.7|admin1|
wilaya-sidi-bouzid-tn|Sidi Bouzid Governorate||ولاية سيدي بوزيد|TN|34.9|9.5|admin1|
wilaya-jendouba-tn|Jendouba Governorate||ولاية جندوبة|TN|36.5|8.7|admin1|
wilaya-kef-tn|Kef Governorate||ولاية الكاف|TN|35.9|8.8|admin1|
wilaya-gafsa-tn|Gafsa Governorate||ولاية قفصة|TN|34.4|8.8|admin1|
wilaya-sousse-tn|Sousse Governorate||ولاية سوسة|TN|35.8|10.4|admin1|
wilaya-bizerte-tn|Bizerte Governorate||ولاية بنزرت|TN|37.1|9.7|admin1|
wilaya-medenine-tn|Medenine Governorate||ولاية مدنين|TN|33.3|10.8|admin1|
wilaya-tataouine-tn|Tataouine Governorate||ولاية تطاوين|TN|32.3|10.0|admin1|
wilaya-kairouan-tn|Kairouan Governorate||ولاية القيروان|TN|35.6|9.9|admin1|
wilaya-siliana-tn|Siliana Governorate||ولاية سليانة|TN|36.0|9.3|admin1|
wilaya-beja-tn|Beja Governorate||ولاية باجة|TN|36.7|9.2|admin1|
wilaya-sfax-tn|Sfax Governorate||ولاية صفاقس|TN|34.7|10.5|admin1|
wilaya-gabes-tn|Gabes Governorate||ولاية قابس|TN|33.8|9.9|admin1|
wilaya-kebili-tn|Kebili Governorate||ولاية قبلي|TN|33.3|8.8|admin1|
wilaya-nabeul-tn|Nabeul Governorate||ولاية نابل|TN|36.6|10.7|admin1|
# Algeria
tarik-ibn-ziad|Tarik Ibn Ziad (Ain Defla)|Tarik Ibn Ziad|طارق بن زياد|DZ|35.98|2.15|town|a
# Tunisia and Nepal
ben-guerdane|Ben Guerdane|Ben Gardane,Ben Guerdane|بن قردان,بنقردان|TN|33.1378|11.2197|town|
makwanpur|Makwanpur District|Makwanpur|ماكوانبور,مكوانبور|NP|27.42|85.03|district|
nawalparasi|Nawalparasi District|Nawalparasi|نوالباراسي,نوالبراسي|NP|27.65|83.95|district|
# Syria: Aleppo countryside
mayer|Mayer (Aleppo)|Mayer,Maier|ماير|SY|36.46|37.05|town|ae
# Sudan and Somalia
el-fasher|El Fasher|al-Fashir,Fasher|الفاشر|SD|13.6279|25.3494|city|gid=379555
el-obeid|El Obeid|al-Ubayyid,El-Obeid|الأبيض|SD|13.1842|30.2167|city|a,gid=379003
kutum|Kutum|Kutum|كتم|SD|14.2|24.6667|town|a,gid=371745
dilling|Dilling|Dilling|الدلنج|SD|12.05|29.65|town|gid=376450
muglad|Muglad|al-Muglad,Al Mijlad|المجلد|SD|11.0333|27.7333|town|a,gid=379102
babanusa|Babanusa|Babanousa|بابنوسة|SD|11.33|27.81|town|
mellit|Mellit||مليط|SD|14.13|25.55|town|
abyei|Abyei||أبيي|SD|9.6|28.44|town|
jebel-aulia|Jebel Aulia|Jabal Awliya,Jebel Awliya|جبل أولياء|SD|15.24|32.5|town|
kismayo|Kismayo|Kismaayo,Kismayu|كيسمايو,كسمايو|SO|-0.3582|42.5454|city|gid=55671
barawe|Barawe|Baraawe,Barawa|براوة|SO|1.11|44.03|town|
jowhar|Jowhar|Jawhar|جوهر|SO|2.7809|45.5005|city|a,gid=56335
afgooye|Afgooye|Afgoye,Afgoi|أفجوي,أفغوي|SO|2.1381|45.1212|town|gid=65785
jilib|Jilib|Jilib|جلب|SO|0.4883|42.7854|town|a,gid=56166
dhusamareb|Dhusamareb|Dhuusamarreeb,Dusa Mareb|طوسمريب,دوسمريب|SO|5.536|46.3867|city|gid=60928
qandala|Qandala|Qandala|قندلا,قندالا|SO|11.472|49.8728|town|gid=53157
`;

export const DISTRICT_PLACES: CuratedPlace[] = parseCuratedTable(TABLE);
