// MENA conflict geography beyond places.curated.ts: the governorates/provinces of Syria, Iraq, Yemen, Egypt, Libya,
// Lebanon, Jordan and the Saudi regions, and the towns and fronts that 2015-era news names (Yemen war, Saudi border,
// Anbar/Salahuddin, northern and southern Syria, Sinai, Libya) but GeoNames lacks, spells badly or lists with too
// small a population to be trusted without context. Coordinates: GeoNames where it has the place, else the town
// centre (governorates: rough centroid; Saudi regions whose centroid is desert far from their towns: their capital,
// Dammam for the Eastern Province, Najran, Abha for Asir, where their news happens; annotators put "منطقة تبوك" at
// Tabuk; Qassim's towns lie round its centroid, which stays; Hodeidah's lies on the coastal Tihama plain between its
// port city and Bajil, not inland at 14.9/43.2, 29 km from the city where "محافظة الحديدة" news happens).
// A landmark named after its province stands in a town of it, not at the province: "محيط جامعة الأنبار" is the
// campus on Ramadi's edge, whose fighting the province centroid in the desert would misplace by 150 km.
// One line per place:
//   slug|English|English aliases|Arabic names|cc|lat|lon|kind|flags
// flags: a = also a common word or given name (needs a trigger, quotes or a list); g = a governorate/province whose
// bare name is its capital's: only "محافظة X" / "X Governorate|Province" name it; G = bare name AND those forms;
// r = Saudi region ("منطقة X" / "X Region|Province"), bare name only with G; e = with a: the English names are
// ambiguous too (Salahuddin is a given name, Hadith a word), else only the Arabic ones are.
import type { CuratedPlace } from './curated-place.types';
import type { PlaceKind } from '../gazetteer/place.types';

const TABLE = `
gov-sy-damascus|Damascus Governorate||دمشق|SY|33.51|36.29|admin1|g
gov-sy-aleppo|Aleppo Governorate||حلب|SY|36.25|37.5|admin1|g
gov-sy-idlib|Idlib Governorate||إدلب,ادلب|SY|35.8|36.6|admin1|g
gov-sy-hama|Hama Governorate||حماة,حماه|SY|35.25|36.9|admin1|g
gov-sy-homs|Homs Governorate||حمص|SY|34.6|38.0|admin1|g
gov-sy-latakia|Latakia Governorate||اللاذقية|SY|35.65|35.95|admin1|g
gov-sy-tartus|Tartus Governorate||طرطوس|SY|34.9|36.05|admin1|g
gov-sy-daraa|Daraa Governorate||درعا|SY|32.8|36.2|admin1|g
gov-sy-quneitra|Quneitra Governorate||القنيطرة|SY|33.05|35.9|admin1|g
gov-sy-suwayda|As-Suwayda Governorate||السويداء|SY|32.65|36.7|admin1|g
gov-sy-deir-ez-zor|Deir ez-Zor Governorate||دير الزور|SY|35.1|40.4|admin1|g
gov-sy-raqqa|Raqqa Governorate||الرقة|SY|35.8|38.8|admin1|g
gov-sy-hasakah|Hasakah Governorate||الحسكة|SY|36.6|41.0|admin1|g
suwayda|As-Suwayda|Suwayda,Sweida,Sweida city|السويداء|SY|32.709|36.5695|city|
talbiseh|Talbiseh|Talbisa,Tallbisah|تلبيسة|SY|34.8407|36.7309|town|
rastan|Rastan|al-Rastan,Ar Rastan|الرستن|SY|34.9267|36.7324|town|
qaryatayn|al-Qaryatayn|Qaryatayn,Al Qaryatayn|القريتين|SY|34.2296|37.2407|town|
mayadin|al-Mayadin|Mayadin,Al Mayadin|الميادين|SY|35.0198|40.4515|city|
abu-kamal|Abu Kamal|Al Bukamal,Albu Kamal,Boukamal|البوكمال,أبو كمال|SY|34.4533|40.9186|city|
marea|Marea|Mare',Mari'|مارع|SY|36.4826|37.1971|town|
fuaa|al-Fu'ah|Fuaa,Foua|الفوعة|SY|35.975|36.713|town|
kafriya|Kafriya|Kefraya,Kafraya|كفريا|SY|35.967|36.697|town|
ghab-plain|al-Ghab plain|Ghab plain,al-Ghab,Sahl al-Ghab|سهل الغاب|SY|35.6|36.37|region|
ariha-sy|Ariha|Ariha|أريحا|SY|35.8137|36.6096|town|
bosra|Bosra|Busra al-Sham,Bosra al-Sham,Busra ash Sham|بصرى الشام|SY|32.5174|36.4816|town|
jabal-al-akrad|Jabal al-Akrad|Jabal al-Akrad,Kurds Mountain|جبل الأكراد|SY|35.73|36.15|region|
jabal-al-turkman|Jabal al-Turkman|Turkmen Mountain|جبل التركمان|SY|35.78|36.05|region|
moadamiyeh|Moadamiyat al-Sham|Moadamiyeh,Muadamiyat al-Sham,Muadhamiyah|المعضمية,معضمية الشام|SY|33.4614|36.1936|town|
saraqib|Saraqib||سراقب|SY|35.8647|36.8006|town|
qusayr|al-Qusayr|Qusayr,Qusair|القصير|SY|34.5089|36.5797|town|a
yabroud|Yabroud|Yabrud|يبرود|SY|33.9672|36.6572|town|
ras-al-ayn|Ras al-Ayn|Ras al-Ain,Serekaniye|رأس العين|SY|36.8503|40.0705|town|
shaddadi|al-Shaddadi|Shaddadi,Shadadi|الشدادي|SY|36.0553|40.7306|town|
tal-tamr|Tal Tamr||تل تمر|SY|36.6483|40.3717|town|
dabiq|Dabiq||دابق|SY|36.5375|37.2703|town|
kafr-nabl|Kafr Nabl|Kafranbel|كفرنبل,كفر نبل|SY|35.6136|36.5611|town|
nubl|Nubl|Nubbol|نبل|SY|36.3708|36.9953|town|
morek|Morek|Murak|مورك|SY|35.3806|36.6728|town|
dumayr|al-Dumayr|Dumayr|الضمير|SY|33.6436|36.6933|town|a
adra|Adra||عدرا|SY|33.6|36.52|town|
sheikh-miskin|Sheikh Miskin|Sheikh Maskin,Shaykh Miskin|الشيخ مسكين|SY|32.8286|36.1581|town|
gov-iq-baghdad|Baghdad Governorate||بغداد|IQ|33.3|44.4|admin1|g
gov-iq-basra|Basra Governorate||البصرة|IQ|30.5|47.5|admin1|g
gov-iq-kirkuk|Kirkuk Governorate||كركوك|IQ|35.4|44.3|admin1|g
gov-iq-erbil|Erbil Governorate||أربيل,اربيل|IQ|36.2|44.3|admin1|g
gov-iq-sulaymaniyah|Sulaymaniyah Governorate||السليمانية|IQ|35.5|45.5|admin1|g
gov-iq-duhok|Duhok Governorate||دهوك|IQ|36.9|43.2|admin1|g
gov-iq-halabja|Halabja Governorate||حلبجة|IQ|35.18|45.99|admin1|g
gov-iq-karbala|Karbala Governorate||كربلاء|IQ|32.5|43.7|admin1|g
gov-iq-najaf|Najaf Governorate||النجف|IQ|31.0|44.0|admin1|g
gov-iq-babil|Babil|Babylon Governorate,Babel|بابل|IQ|32.5|44.6|admin1|G
gov-iq-wasit|Wasit|Wasit Governorate|واسط|IQ|32.6|45.8|admin1|G
gov-iq-maysan|Maysan|Maysan Governorate,Missan|ميسان|IQ|31.9|47.1|admin1|G
gov-iq-dhi-qar|Dhi Qar|Dhi Qar Governorate,Thi Qar|ذي قار|IQ|31.1|46.2|admin1|G
gov-iq-qadisiyah|Al-Qadisiyyah|Qadisiyah Governorate,Diwaniyah Governorate|القادسية|IQ|31.9|45.0|admin1|Ga
gov-iq-muthanna|Al-Muthanna|Muthanna Governorate|المثنى|IQ|30.0|45.3|admin1|Ga
salahuddin-bare|Salahuddin|Salahuddin,Salah al-Din,Saladin province|صلاح الدين|IQ|34.5|43.7|admin1|ae
samawah|Samawah|al-Samawah,As Samawah|السماوة|IQ|31.3131|45.2803|city|
amarah|Amarah|al-Amarah,Al Amarah|العمارة|IQ|31.8356|47.1447|city|a
garma|al-Garma|Garma,Karmah,al-Karma|الكرمة|IQ|33.399|43.909|town|
saqlawiyah|Saqlawiyah|al-Saqlawiyah,Saqlawiya|الصقلاوية|IQ|33.4|43.686|town|
khalidiya-iq|Khalidiya|al-Khalidiya,Khalidiyah|الخالدية|IQ|33.377|43.556|town|
hit|Hit|Heet|هيت|IQ|33.6366|42.8277|town|
kubaisa|Kubaisa|Kubaysa,Kubaisah,Kubaysah|كبيسة|IQ|33.5836|42.6169|town|a
haditha|Haditha|Hadithah,Hadith|حديثة|IQ|34.1366|42.3773|town|ae
qaim|al-Qaim|Qaim,Al Qa'im|القائم|IQ|34.3925|40.9894|town|a
rutba|Rutba|al-Rutba,Ar Rutbah|الرطبة|IQ|33.0372|40.2859|town|a
amiriyat-fallujah|Amiriyat al-Fallujah|Amiriyat Fallujah,Amiriya|عامرية الفلوجة|IQ|33.143|43.887|town|
jurf-al-sakhar|Jurf al-Sakhar|Jurf al-Nasr,Jurf al-Sakhr|جرف الصخر,جرف النصر|IQ|32.87|44.12|town|
habbaniyah|Habbaniyah|al-Habbaniyah|الحبانية|IQ|33.383|43.584|town|
anbar-university|Anbar University (Ramadi)||جامعة الأنبار|IQ|33.41|43.27|district|
ain-al-asad|Ain al-Asad air base|Al Asad Airbase,Ain al-Assad|قاعدة عين الأسد,عين الأسد|IQ|33.8|42.44|frontline|
shirqat|al-Shirqat|Shirqat,Sharqat|الشرقاط|IQ|35.5172|43.2281|town|
makhmour|Makhmour|Makhmur|مخمور|IQ|35.7762|43.5797|town|
jalawla|Jalawla|Jalula|جلولاء|IQ|34.2717|45.1628|town|
muqdadiya|Muqdadiya|al-Muqdadiyah|المقدادية|IQ|33.98|44.94|town|
tuz-khurmatu|Tuz Khurmatu|Tuz Khormato|طوزخورماتو,طوز خورماتو|IQ|34.8842|44.6325|town|
dhuluiya|al-Dhuluiya|Dhuluiya|الضلوعية|IQ|34.05|44.2|town|
amerli|Amerli|Amirli|آمرلي|IQ|34.7244|44.5883|town|
bashiqa|Bashiqa|Bashika,Baasheqa|بعشيقة|IQ|36.4533|43.3517|town|
mosul-dam|Mosul Dam||سد الموصل|IQ|36.63|42.82|frontline|
gov-ye-sanaa|Sanaa Governorate||صنعاء|YE|15.35|44.2|admin1|g
amanat-al-asimah|Amanat al-Asimah|Sanaa capital municipality|أمانة العاصمة|YE|15.35|44.2|admin1|
gov-ye-aden|Aden Governorate||عدن|YE|12.85|45.0|admin1|g
gov-ye-taiz|Taiz Governorate||تعز|YE|13.55|43.95|admin1|g
gov-ye-marib|Marib Governorate||مأرب|YE|15.5|45.5|admin1|g
gov-ye-ibb|Ibb Governorate||إب|YE|14.1|44.2|admin1|g
gov-ye-dhamar|Dhamar Governorate||ذمار|YE|14.6|44.4|admin1|g
gov-ye-hajjah|Hajjah Governorate||حجة|YE|15.9|43.4|admin1|g
gov-ye-hodeidah|Hodeidah Governorate||الحديدة|YE|14.8|43.1|admin1|g
gov-ye-saada|Saada Governorate||صعدة|YE|16.9|43.9|admin1|g
gov-ye-dhale|al-Dhale Governorate||الضالع|YE|13.75|44.8|admin1|g
gov-ye-amran|Amran Governorate||عمران|YE|16.0|43.9|admin1|g
gov-ye-bayda|al-Bayda Governorate|Al Bayda Governorate|البيضاء|YE|14.2|45.4|admin1|g
bayda-ye|al-Bayda (Yemen)|Al Bayda,Rada'a road|البيضاء|YE|13.9852|45.5727|town|a
bayda-ly|al-Bayda (Libya)|Bayda,Beida|البيضاء|LY|32.7627|21.7551|city|a
jawf-ye|al-Jawf (Yemen)|Al Jawf,al-Jawf Governorate|الجوف|YE|16.2|45.2|admin1|G
jawf-sa|Al-Jawf Region|Jouf|الجوف|SA|29.8|39.3|admin1|r
mahrah|al-Mahrah|Mahra,al-Mahra|المهرة|YE|16.5|51.5|admin1|Ga
mahwit|al-Mahwit|Mahwit|المحويت|YE|15.47|43.55|admin1|G
raymah|Raymah|Rayma|ريمة|YE|14.63|43.71|admin1|Ga
socotra|Socotra|Soqotra|سقطرى|YE|12.5|53.9|admin1|G
sirwah|Sirwah|Serwah,Sirwah district|صرواح|YE|15.4493|45.0189|town|
harad|Haradh|Harad,Harad|حرض|YE|16.4096|43.0588|town|a
midi|Midi|Meidi|ميدي|YE|16.321|42.813|town|
seiyun|Seiyun|Sayun,Say'un|سيئون,سيؤن|YE|15.943|48.7873|city|
khawkhah|al-Khawkhah|Khokha,Khawkha|الخوخة|YE|13.8071|43.2493|town|
zinjibar|Zinjibar|Zinjibar|زنجبار,مدينة زنجبار|YE|13.1287|45.3807|town|
jaar|Jaar|Ja'ar|جعار|YE|13.2206|45.3058|town|
ataq|Ataq|Ataq|عتق|YE|14.5377|46.8319|town|
bayhan|Bayhan|Beihan|بيحان|YE|14.8|45.72|town|
hazm|al-Hazm|Hazm|الحزم|YE|16.1641|44.7769|town|a
ghaydah|al-Ghaydah|Ghaydah,Al Ghaydah|الغيضة|YE|16.2079|52.176|town|
hawtah-lahj|al-Hawtah|Hawtah,Al Houta|الحوطة|YE|13.0527|44.8823|town|
dhubab|Dhubab|Dhubab|ذباب|YE|12.943|43.4102|town|
khor-maksar|Khor Maksar (Aden)|Khormaksar,Khor Maksar|خور مكسر|YE|12.8123|45.0334|district|
crater|Crater (Aden)|Crater,Kritter|كريتر|YE|12.7752|45.0386|district|
tawahi|al-Tawahi (Aden)|Tawahi|التواهي|YE|12.7847|44.9802|district|
dar-saad|Dar Saad (Aden)|Dar Saad|دار سعد|YE|12.88|44.97|district|
aden-airport|Aden International Airport||مطار عدن,مطار عدن الدولي|YE|12.8295|45.0288|frontline|
sanaa-airport|Sanaa International Airport||مطار صنعاء,مطار صنعاء الدولي|YE|15.4763|44.2197|frontline|
karish|Karish|Kirsh|كرش|YE|13.33|44.67|town|a
rada|Rada'a|Radaa,Rada|رداع|YE|14.4172|44.8386|town|
yarim|Yarim|Yareem|يريم|YE|14.2981|44.3779|town|
gov-sa-riyadh|Riyadh Region|Riyadh Province|الرياض|SA|24.69|46.72|admin1|r
gov-sa-makkah|Makkah Region|Mecca Province,Makkah Province|مكة المكرمة,مكة|SA|21.42|39.83|admin1|r
gov-sa-madinah|Madinah Region|Medina Province|المدينة المنورة|SA|24.47|39.61|admin1|r
gov-sa-qassim|Al-Qassim|Qassim,Qassim Region,Al Qassim|القصيم|SA|26.2|43.5|admin1|Gr
eastern-province-sa|Eastern Province|Eastern Province,Eastern Region,Sharqiya|المنطقة الشرقية|SA|26.43|50.1|admin1|
gov-sa-tabuk|Tabuk Region|Tabuk Province|تبوك|SA|28.38|36.57|admin1|r
gov-sa-hail|Hail Region|Ha'il Province|حائل|SA|27.52|41.69|admin1|r
northern-borders-sa|Northern Borders Region|Northern Borders Province,Northern Borders|الحدود الشمالية|SA|30.98|41.04|admin1|Gr
gov-sa-jazan|Jazan Region|Jizan Province|جازان,جيزان|SA|16.89|42.55|admin1|r
gov-sa-najran|Najran Region|Najran Province|نجران|SA|17.49|44.13|admin1|r
gov-sa-bahah|Al-Bahah Region|Baha Province|الباحة|SA|20.01|41.47|admin1|r
qatif|Qatif|al-Qatif,Al Qatif|القطيف|SA|26.5565|50.0089|city|
qudayh|al-Qudayh|Qudaih,Al-Qadeeh|القديح|SA|26.578|49.997|town|
ahsa|Al-Ahsa|al-Hasa,Al Ahsa,Hofuf|الأحساء,الاحساء,الهفوف|SA|25.3833|49.5867|city|
sharurah|Sharurah|Sharorah|شرورة|SA|17.4833|47.1167|town|
samtah|Samtah|Samta|صامطة|SA|16.5961|42.9444|town|
tuwal-jazan|al-Tuwal|Al Tuwal,Tuwal|الطوال|SA|16.52|42.95|town|a
rabuah|al-Rabuah|Al Rabuah,Rabua|الربوعة|SA|17.55|43.35|town|
aridhah|al-Aridhah|Al Aridah|العارضة|SA|17.05|43.08|town|a
fayfa|Fayfa|Faifa|فيفاء|SA|17.26|43.1|town|
ahad-al-masarihah|Ahad al-Masarihah|Ahad Masarha|أحد المسارحة|SA|16.71|42.95|town|
gov-om-musandam|Musandam|Musandam Governorate,Musandam Peninsula|مسندم|OM|26.2|56.25|admin1|
gov-eg-cairo|Cairo Governorate||القاهرة|EG|30.05|31.25|admin1|g
gov-eg-giza|Giza Governorate||الجيزة|EG|29.5|30.5|admin1|g
gov-eg-alexandria|Alexandria Governorate||الإسكندرية,الاسكندرية|EG|31.0|29.8|admin1|g
gov-eg-ismailia|Ismailia Governorate||الإسماعيلية|EG|30.6|32.2|admin1|g
gov-eg-suez|Suez Governorate||السويس|EG|29.97|32.3|admin1|g
gov-eg-port-said|Port Said Governorate||بورسعيد,بور سعيد|EG|31.2|32.3|admin1|g
gov-eg-damietta|Damietta Governorate||دمياط|EG|31.4|31.8|admin1|g
gov-eg-faiyum|Faiyum Governorate||الفيوم|EG|29.3|30.7|admin1|g
gov-eg-beni-suef|Beni Suef Governorate||بني سويف|EG|28.9|30.9|admin1|g
gov-eg-minya|Minya Governorate||المنيا|EG|28.1|30.6|admin1|g
gov-eg-asyut|Asyut Governorate||أسيوط|EG|27.2|31.2|admin1|g
gov-eg-sohag|Sohag Governorate||سوهاج|EG|26.5|31.8|admin1|g
gov-eg-qena|Qena Governorate||قنا|EG|26.1|32.7|admin1|g
gov-eg-luxor|Luxor Governorate||الأقصر|EG|25.7|32.6|admin1|g
gov-eg-aswan|Aswan Governorate||أسوان|EG|23.7|32.8|admin1|g
gov-eg-red-sea|Red Sea Governorate||البحر الأحمر|EG|25.0|34.0|admin1|g
gov-eg-sharqia|Sharqia|Al Sharqia,Sharkia|الشرقية|EG|30.6|31.6|admin1|Ga
gov-eg-dakahlia|Dakahlia|Dakahlia Governorate,Daqahliya|الدقهلية|EG|31.05|31.5|admin1|G
gov-eg-beheira|Beheira|Beheira Governorate,Buhayra|البحيرة|EG|30.6|30.3|admin1|Ga
gov-eg-gharbia|Gharbia|Gharbia Governorate,Gharbiya|الغربية|EG|30.85|31.0|admin1|Ga
gov-eg-monufia|Monufia|Menoufia,Monufia Governorate|المنوفية|EG|30.5|30.95|admin1|G
gov-eg-qalyubia|Qalyubia|Qalyubiya,Qalyubia Governorate|القليوبية|EG|30.3|31.25|admin1|G
gov-eg-kafr-el-sheikh|Kafr el-Sheikh|Kafr el-Sheikh Governorate|كفر الشيخ|EG|31.3|30.9|admin1|G
gov-eg-new-valley|New Valley|New Valley Governorate,Wadi al-Gadid|الوادي الجديد|EG|25.0|28.5|admin1|G
gov-eg-matrouh|Matrouh|Marsa Matruh Governorate,Matruh|مطروح|EG|30.0|27.0|admin1|G
cairo-west-airbase|Cairo West Air Base|Cairo West,Cairo West Airbase|قاعدة غرب القاهرة الجوية,القاعدة الجوية غرب القاهرة,قاعدة القاهرة الغربية الجوية,مطار غرب القاهرة|EG|30.116|30.915|frontline|
marsa-matrouh|Marsa Matrouh|Mersa Matruh|مرسى مطروح|EG|31.3543|27.2373|city|
rafah-eg|Rafah (Egypt)|Egyptian Rafah|رفح,رفح المصرية|EG|31.282|34.2387|town|
rafah|Rafah|Rafah|رفح|PS|31.2972|34.2436|city|
bir-al-abd|Bir al-Abd|Bir el-Abd|بئر العبد|EG|31.0189|33.0098|town|
ajdabiya|Ajdabiya|Ajdabiya,Ajdabia|أجدابيا,اجدابيا|LY|30.7554|20.2263|city|
zintan|Zintan|Zintan,al-Zintan|الزنتان|LY|31.9316|12.2529|town|
sabha|Sabha|Sebha|سبها|LY|27.0377|14.4283|city|
kufra|Kufra|al-Kufrah|الكفرة|LY|24.18|23.29|town|
bani-walid|Bani Walid|Bani Walid|بني وليد|LY|31.7566|13.9942|town|
sabratha|Sabratha|Sabrata|صبراتة|LY|32.7933|12.4885|town|
ras-lanuf|Ras Lanuf|Ras Lanouf|راس لانوف,رأس لانوف|LY|30.5|18.57|town|
es-sider|Es Sider|Sidra,al-Sidra|السدرة,ميناء السدرة|LY|30.63|18.35|town|
jufra|al-Jufra|Jufra|الجفرة|LY|29.1|16.0|region|
nofaliya|Nofaliya|al-Nawfaliyah|النوفلية|LY|30.78|17.83|town|
shahat|Shahat|Cyrene|شحات|LY|32.8281|21.8622|town|
jabal-akhdar-ly|Jebel Akhdar (Libya)|Green Mountain|الجبل الأخضر|LY|32.6|21.7|region|
nafusa|Nafusa Mountains|Western Mountain,Jebel Nafusa|جبل نفوسة,الجبل الغربي|LY|31.9|12.0|region|
fezzan|Fezzan|Fazzan|فزان|LY|26.0|14.0|region|
cyrenaica|Cyrenaica|Barqa|برقة|LY|31.0|22.0|region|
bekaa|Bekaa Valley|Bekaa,Beqaa|البقاع|LB|33.85|35.9|region|
mount-lebanon|Mount Lebanon||جبل لبنان|LB|33.8|35.6|admin1|
akkar|Akkar||عكار|LB|34.53|36.08|admin1|
nabatieh|Nabatieh|Nabatiyeh|النبطية|LB|33.3772|35.4836|city|
south-lebanon|South Lebanon|southern Lebanon|جنوب لبنان|LB|33.27|35.4|region|
sidon|Sidon|Saida|صيدا|LB|33.5631|35.3689|city|
baalbek|Baalbek|Baalbeck|بعلبك|LB|34.0047|36.2110|city|
hermel|Hermel|al-Hermel|الهرمل|LB|34.3942|36.3847|town|
shebaa|Shebaa|Shebaa|شبعا|LB|33.3497|35.7472|town|
shebaa-farms|Shebaa Farms|Shebaa Farms|مزارع شبعا|LB|33.28|35.7|frontline|
ain-al-hilweh|Ain al-Hilweh camp|Ain al-Hilweh|عين الحلوة,مخيم عين الحلوة|LB|33.5431|35.3817|district|
zaatari|Zaatari camp|Zaatari,Za'atari|الزعتري,مخيم الزعتري|JO|32.3|36.32|district|
rukban|Rukban|Rukban camp|الركبان|JO|33.3|38.7|frontline|
karak|Karak|al-Karak,Kerak|الكرك|JO|31.1853|35.7047|city|
mafraq|Mafraq|al-Mafraq|المفرق|JO|32.3406|36.2081|city|a
aqaba|Aqaba|al-Aqaba|العقبة|JO|29.5267|35.0078|city|a
ramtha|Ramtha|al-Ramtha|الرمثا|JO|32.5592|36.0069|city|
gaza-city|Gaza|Gaza City|غزة,مدينة غزة|PS|31.5017|34.4668|city|
khan-yunis|Khan Yunis|Khan Younis,Khan Yunis|خان يونس,خانيونس|PS|31.3462|34.3063|city|
shejaiya|Shejaiya (Gaza)|Shujaiyya,Shejaiya|الشجاعية|PS|31.5|34.48|district|
beit-hanoun|Beit Hanoun|Beit Hanun|بيت حانون|PS|31.5359|34.5369|town|
jabalia|Jabalia|Jabaliya|جباليا|PS|31.5272|34.4836|city|
jericho|Jericho||أريحا|PS|31.8667|35.45|town|
east-jerusalem|East Jerusalem||القدس الشرقية|PS|31.78|35.24|district|
al-aqsa|Al-Aqsa Mosque|Al-Aqsa,al-Aqsa compound|المسجد الأقصى,باحات المسجد الأقصى|PS|31.7761|35.2358|district|
jahra|Jahra|al-Jahra|الجهراء|KW|29.3375|47.6581|city|
ahmadi|Ahmadi|al-Ahmadi|الأحمدي|KW|29.0769|48.0839|city|
sitra|Sitra||سترة|BH|26.1547|50.6206|town|a
bani-saad|Bani Saad|Bani Sa'ad,Buhriz|بني سعد,ناحية بني سعد|IQ|33.5667|44.5333|town|
husaybah-sharqiya|Husaybah al-Sharqiya|Husaybah al-Sharqiyah|حصيبة الشرقية|IQ|33.43|43.43|town|
beit-jinn|Beit Jinn|Beit Jin|بيت جن|SY|33.3136|35.8744|town|
mellitah|Mellitah|Mellita|مليتة|LY|32.8656|12.2328|town|
majardah|Al-Majardah|Majardah,al-Majarda|المجاردة|SA|19.1236|41.9111|town|
`;

const GOV_AR: Record<string, string> = { g: 'محافظة', r: 'منطقة' };

/** One table line → one or two places: the province under its prefixed names (never ambiguous: محافظة is the
 * trigger), and the bare name (flag G or no province flag), ambiguous when flagged a. Same slug, same id. */
function expand(line: string): CuratedPlace[] {
  const [slug, en, aliases, ar, cc, lat, lon, kind, flags = ''] = line.split('|');
  const base = { slug, en, cc, lat: Number(lat), lon: Number(lon), kind: kind as PlaceKind };
  const bareNames = ar.split(',');
  const enAliases = aliases.split(',').filter((a) => a && a !== en);
  const province = flags.includes('r') ? 'r' : /g/i.test(flags) ? 'g' : '';
  const out: CuratedPlace[] = [];
  if (province) {
    const stem = en.replace(/ (Governorate|Region|Province)$/, '');
    const extra =
      province === 'r' ? [`${stem} Region`, `${stem} Province`] : [`${stem} Governorate`, `${stem} province`];
    const alias = [...new Set([...extra, ...(flags.includes('a') ? [] : enAliases)])].filter((a) => a !== en);
    out.push({ ...base, ar: bareNames.map((b) => `${GOV_AR[province]} ${b}`), alias });
  }
  if (!province || flags.includes('G')) {
    // An ambiguous bare name keeps its English aliases here, where they need the same corroboration.
    out.push({
      ...base,
      ar: bareNames,
      alias: province && !flags.includes('a') ? [] : enAliases,
      ambiguous: flags.includes('a'),
      ambiguousEn: flags.includes('e'),
    });
  }
  return out;
}

export const MENA_PLACES: CuratedPlace[] = TABLE.trim().split('\n').flatMap(expand);
