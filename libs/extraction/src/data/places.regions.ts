// First-level regions outside the MENA core that wire copy names with "state", "province", "region" or "department"
// (Zamfara state, KwaZulu-Natal province, the Amhara region) and that GeoNames cities500 lacks or gives to a wrong
// namesake (Antioquia is an old name of Antakya; Virginia a South African town). Regions named like their capital
// city (Kaduna, Katsina, Donetsk) are left to the city. Names that are also common words or given names (Chin, Shan,
// Karen, Rivers, Plateau, Niger) are listed only with their head ("Chin State"), so the bare word never matches.
// Georgia, Washington and New York are left out: the country, the US capital and the city own those names. The
// other US states (flag a,e) need a trigger ("in Texas") or a list: news names them in passing ("had lived in the US
// state of California"), and after a comma they still tell the town's country ("Richmond, Virginia").
// Arabic names only where Arabic news uses them as scenes (شمال دارفور, القرم), not for US states, Kashmir or the
// bare دارفور, which it names in passing (lists of governors, the dispute, the ICC warrants). Also a few towns the
// news spells unlike GeoNames (Nasir, a given name too: trigger needed). Coordinates: rough centroids. Format: see
// curated-table.ts.
import type { CuratedPlace } from './curated-place.types';
import { parseCuratedTable } from './curated-table';

const TABLE = `
# Nigeria
zamfara|Zamfara State|Zamfara,Zamfara state|زامفارا,ولاية زامفارا|NG|12.1|6.2|admin1|
benue|Benue State|Benue,Benue state||NG|7.35|8.75|admin1|
kogi|Kogi State|Kogi,Kogi state||NG|7.8|6.7|admin1|
kebbi|Kebbi State|Kebbi,Kebbi state||NG|11.5|4.2|admin1|
plateau-ng|Plateau State|Plateau state||NG|9.2|9.5|admin1|
niger-state|Niger State|Niger state||NG|9.9|5.6|admin1|
rivers-state|Rivers State|Rivers state||NG|4.85|6.9|admin1|
abia|Abia State|Abia,Abia state||NG|5.45|7.52|admin1|
anambra|Anambra State|Anambra,Anambra state||NG|6.22|6.94|admin1|
bayelsa|Bayelsa State|Bayelsa,Bayelsa state||NG|4.77|6.07|admin1|
cross-river|Cross River State|Cross River state||NG|5.87|8.6|admin1|
ebonyi|Ebonyi State|Ebonyi,Ebonyi state||NG|6.26|8.01|admin1|
edo|Edo State|Edo state||NG|6.63|5.93|admin1|
ekiti|Ekiti State|Ekiti,Ekiti state||NG|7.72|5.31|admin1|
imo|Imo State|Imo state||NG|5.57|7.06|admin1|
kwara|Kwara State|Kwara,Kwara state||NG|8.97|4.39|admin1|
ogun|Ogun State|Ogun,Ogun state||NG|6.99|3.47|admin1|
osun|Osun State|Osun,Osun state||NG|7.56|4.52|admin1|
# Sudan and South Sudan
darfur|Darfur|||SD|13.5|24.0|region|
north-darfur|North Darfur|North Darfur state|شمال دارفور,ولاية شمال دارفور|SD|15.8|25.0|admin1|
south-darfur|South Darfur|South Darfur state|جنوب دارفور,ولاية جنوب دارفور|SD|11.5|24.9|admin1|
west-darfur|West Darfur|West Darfur state|غرب دارفور,ولاية غرب دارفور|SD|12.9|22.8|admin1|
central-darfur|Central Darfur|Central Darfur state|وسط دارفور,ولاية وسط دارفور|SD|12.9|23.5|admin1|
east-darfur|East Darfur|East Darfur state|شرق دارفور,ولاية شرق دارفور|SD|11.5|26.1|admin1|
kordofan|Kordofan||كردفان,إقليم كردفان|SD|12.5|29.5|region|
north-kordofan|North Kordofan|North Kordofan state|شمال كردفان,ولاية شمال كردفان|SD|14.5|29.5|admin1|
south-kordofan|South Kordofan|South Kordofan state|جنوب كردفان,ولاية جنوب كردفان|SD|11.0|30.0|admin1|
west-kordofan|West Kordofan|West Kordofan state|غرب كردفان,ولاية غرب كردفان|SD|11.5|28.3|admin1|
blue-nile|Blue Nile|Blue Nile state|ولاية النيل الأزرق|SD|11.3|34.2|admin1|
gezira|Gezira|Gezira state,Al Jazirah,Al Jazirah state,El Gezira|ولاية الجزيرة|SD|14.4|33.3|admin1|
upper-nile|Upper Nile|Upper Nile state|أعالي النيل,ولاية أعالي النيل|SS|10.0|32.5|admin1|
jonglei|Jonglei|Jonglei state|جونقلي,ولاية جونقلي|SS|7.5|32.0|admin1|
nasir-ss|Nasir|||SS|8.6|33.07|town|a,e
# Ethiopia, Somalia, the Sahel, Cameroon
tigray|Tigray|Tigray region|تيغراي,إقليم تيغراي|ET|14.0|39.0|admin1|
amhara|Amhara|Amhara region|أمهرة,إقليم أمهرة|ET|11.5|38.0|admin1|
oromia|Oromia|Oromia region|أوروميا,إقليم أوروميا|ET|8.0|39.0|admin1|
afar-et|Afar|Afar region|إقليم عفار|ET|12.0|41.0|admin1|
gedo|Gedo|Gedo region|إقليم جدو|SO|3.5|42.0|admin1|
hiiraan|Hiiraan|Hiran,Hiraan,Hiiraan region,Hiran region|إقليم هيران|SO|4.3|45.3|admin1|
galgaduud|Galgaduud|Galgadud,Galgaduud region||SO|5.2|46.8|admin1|
mudug|Mudug|Mudug region||SO|6.5|47.8|admin1|
far-north-cm|Far North region|||CM|10.9|14.3|admin1|
# Congo, South Africa, Mozambique
north-kivu|North Kivu|North Kivu province|شمال كيفو,كيفو الشمالية|CD|-0.8|29.0|admin1|
south-kivu|South Kivu|South Kivu province|جنوب كيفو,كيفو الجنوبية|CD|-3.0|28.3|admin1|
ituri|Ituri|Ituri province|إيتوري|CD|1.7|29.9|admin1|
kwazulu-natal|KwaZulu-Natal|KwaZulu Natal|كوازولو ناتال|ZA|-28.5|30.9|admin1|
gauteng|Gauteng|Gauteng province|غوتنغ|ZA|-26.1|28.1|admin1|
western-cape|Western Cape|Western Cape province||ZA|-33.3|20.0|admin1|
eastern-cape|Eastern Cape|Eastern Cape province||ZA|-32.3|26.4|admin1|
# South and East Asia
punjab-pk|Punjab (Pakistan)|Punjab,Punjab province|البنجاب,إقليم البنجاب|PK|31.2|72.7|admin1|
punjab-in|Punjab (India)|Punjab,Punjab state|البنجاب|IN|30.9|75.4|admin1|
sindh|Sindh|Sindh province|إقليم السند|PK|26.0|68.5|admin1|
kashmir|Kashmir|Jammu and Kashmir,Kashmir valley||IN|34.1|74.8|region|
manipur|Manipur|Manipur state||IN|24.7|93.9|admin1|
assam|Assam|Assam state|آسام|IN|26.2|92.9|admin1|
chhattisgarh|Chhattisgarh|Chhattisgarh state||IN|21.3|81.9|admin1|
uttar-pradesh|Uttar Pradesh|Uttar Pradesh state|أوتار براديش|IN|27.0|80.9|admin1|
haryana|Haryana|Haryana state||IN|29.1|76.1|admin1|
kachin|Kachin State|Kachin,Kachin state||MM|25.9|97.4|admin1|
rakhine|Rakhine|Rakhine State,Arakan|راخين,ولاية راخين,أراكان,إقليم أراكان|MM|19.8|93.9|admin1|
shan-state|Shan State|Shan state||MM|21.5|97.9|admin1|
chin-state|Chin State|Chin state||MM|22.0|93.6|admin1|
karen-state|Karen State|Karen state,Kayin State,Kayin state,Kayin||MM|17.0|97.8|admin1|
xinjiang|Xinjiang|Xinjiang Uyghur Autonomous Region|شينجيانغ,إقليم شينجيانغ|CN|41.0|85.0|admin1|
mindanao|Mindanao||مينداناو|PH|7.5|125.0|region|
aceh|Aceh|Aceh province|آتشيه|ID|4.7|96.7|admin1|
papua|Papua|Papua province|بابوا,إقليم بابوا|ID|-4.0|138.5|admin1|
west-papua|West Papua|West Papua province,Papua Barat|بابوا الغربية|ID|-1.3|133.0|admin1|
# Ukraine and Russia
crimea|Crimea|Crimean Peninsula|القرم,شبه جزيرة القرم|UA|45.3|34.4|region|
donbas|Donbas|Donbass|دونباس|UA|48.3|38.5|region|
# English namesakes listed side by side so that context picks one: Aden's al-Mansoura district and Egypt's
# Mansoura (GeoNames gives the English name to Egypt and Algeria only). English only: the Arabic المنصورة stays
# with GeoNames' candidates.
mansoura-aden|al-Mansoura (Aden)|Mansoura,Al-Mansoura,Mansura||YE|12.8602|44.9817|district|gid=78931
mansoura-eg|Mansoura|Mansoura,Al Mansurah,Mansura||EG|31.0364|31.3807|city|gid=360761
# Latin America
michoacan|Michoacan|Michoacán,Michoacan state||MX|19.2|-101.9|admin1|
sinaloa|Sinaloa|Sinaloa state||MX|25.0|-107.5|admin1|
tamaulipas|Tamaulipas|Tamaulipas state||MX|24.3|-98.8|admin1|
jalisco|Jalisco|Jalisco state||MX|20.6|-103.6|admin1|
chiapas|Chiapas|Chiapas state||MX|16.5|-92.5|admin1|
sonora|Sonora|Sonora state||MX|29.3|-110.3|admin1|
antioquia|Antioquia|Antioquia department||CO|7.0|-75.5|admin1|
cauca|Cauca|Cauca department||CO|2.5|-76.8|admin1|
narino|Narino|Nariño,Narino department,Nariño department||CO|1.6|-77.8|admin1|
norte-de-santander|Norte de Santander|Norte de Santander department||CO|8.0|-72.9|admin1|
# United States
california|California|||US|37.2|-119.4|admin1|a,e
texas|Texas|||US|31.0|-99.0|admin1|a,e
florida-us|Florida|||US|28.6|-82.4|admin1|a,e
virginia|Virginia|||US|37.5|-78.8|admin1|a,e
illinois|Illinois|||US|40.0|-89.2|admin1|a,e
minnesota|Minnesota|||US|46.3|-94.3|admin1|a,e
michigan|Michigan|||US|44.3|-85.4|admin1|a,e
pennsylvania|Pennsylvania|||US|40.9|-77.8|admin1|a,e
ohio|Ohio|||US|40.3|-82.8|admin1|a,e
arizona|Arizona|||US|34.3|-111.7|admin1|a,e
louisiana|Louisiana|||US|31.0|-92.0|admin1|a,e
oregon|Oregon|||US|43.9|-120.6|admin1|a,e
`;

export const REGION_PLACES: CuratedPlace[] = parseCuratedTable(TABLE);
