// World cities under the Arabic spellings the news uses and GeoNames lacks: the place is in the generated data
// (gid=), but only under other spellings (زوريخ, not زيوريخ; جاكارتا, not جاكرتا; كانبرا, not كانبيرا), so a story
// datelined there fell back to its country. Found by reading unmatched words after "في"/"مدينة" in the 2015-07-21..27
// corpus days and by a list of capitals and large cities checked against findPlaces. Flag a: بيني "between me",
// شارلوت (a given name). Format: see curated-table.ts.
import type { CuratedPlace } from './curated-place.types';
import { parseCuratedTable } from './curated-table';

const TABLE = `
# Capitals and large cities
zurich|Zurich|Zürich|زيوريخ,زوريخ,زيورخ|CH|47.3667|8.55|city|gid=2657896
jakarta|Jakarta||جاكرتا,جاكارتا,جكارتا|ID|-6.2146|106.8451|city|gid=1642911
shanghai|Shanghai||شنغهاي,شنجهاي,شانغهاي,شانغاي|CN|31.2222|121.4581|city|gid=1796236
beijing|Beijing|Peking|بيجين,بيجينغ,بيجينج,بكين,بيكين|CN|39.9075|116.3972|city|gid=1816670
shenzhen|Shenzhen||شنتشن,شينزن,شينزين|CN|22.5455|114.0683|city|gid=1795565
taipei|Taipei||تايبيه,تايبي|TW|25.0478|121.5319|city|gid=1668341
busan|Busan|Pusan|بوسان|KR|35.1017|129.03|city|gid=1838524
canberra|Canberra||كانبيرا,كانبرا|AU|-35.2835|149.1281|city|gid=2172517
wellington|Wellington||ولنجتون,ويلنغتون,ولينغتون,ويلينغتون,ويلينجتون|NZ|-41.2866|174.7756|city|gid=2179537
edmonton|Edmonton||إدمنتون,إدمونتون|CA|53.5501|-113.4687|city|gid=5946768
charlotte|Charlotte||شارلوت,تشارلوت|US|35.2271|-80.8431|city|a,gid=4460243
ferguson|Ferguson||فيرغسون,فيرجسون|US|38.7442|-90.3054|town|gid=4386387
kharkiv|Kharkiv|Kharkov|خاركيف,خاركوف|UA|49.9808|36.2527|city|gid=706483
luhansk|Luhansk|Lugansk|لوغانسك,لوجانسك,لوهانسك|UA|48.5695|39.3286|city|gid=702658
manisa|Manisa|Magnesia|مانيسا|TR|38.612|27.4265|city|gid=304827
# Cities GeoNames gives their news spelling only under a smaller US namesake (برمنغهام for Birmingham, Alabama; أثينا
# for Athens, Georgia): Cameron's Birmingham speech, the Athens bailout talks were read in the United States. The
# English name, curated too, is then the English or Greek city alone, as the news means it ("Birmingham, Alabama"
# already read as England before).
birmingham-gb|Birmingham||برمنغهام,برمنجهام,بيرمنغهام,بيرمنجهام,برمينغهام,برمنكم|GB|52.4814|-1.8998|city|gid=2655603
laayoune|Laayoune|El Aaiun,El Aaiún,Laâyoune|العيون|EH|27.1418|-13.188|city|a,gid=2462881
athens-gr|Athens||أثينا,اثينا,آتن|GR|37.9838|23.7278|city|gid=264371
dogubayazit|Dogubayazit|Doğubayazıt|دوغوبيازيت,دوغو بيازيت,دوغو بايزيد,دوجو بايزيد,دوغوبيازيد|TR|39.5469|44.0842|town|gid=316411
# English names GeoNames keeps only among its untagged alternates (the build reads alternates only where it covers in
# depth): wire copy writes "NEW YORK (Reuters) -", Antwerp, Cologne, Frankfurt, Seville, Grozny. Display names follow.
new-york|New York|New York City,NYC|نيويورك|US|40.7143|-74.006|city|gid=5128581
antwerp|Antwerp|Antwerpen,Anvers||BE|51.2205|4.4003|city|gid=2803138
ghent|Ghent|Gent||BE|51.05|3.7167|city|gid=2797656
bruges|Bruges|Brugge||BE|51.2089|3.2242|city|gid=2800931
louvain|Leuven|Louvain||BE|50.8796|4.7009|city|gid=2792482
cologne|Cologne|Koeln,Köln||DE|50.9333|6.95|city|gid=2886242
frankfurt|Frankfurt|Frankfurt am Main||DE|50.1155|8.6842|city|gid=2925533
nuremberg|Nuremberg|Nürnberg,Nuernberg||DE|49.4542|11.0775|city|gid=2861650
gothenburg|Gothenburg|Göteborg,Goteborg||SE|57.7072|11.9668|city|gid=2711537
seville|Seville|Sevilla||ES|37.3828|-5.9732|city|gid=2510911
marseille|Marseille|Marseilles||FR|43.297|5.3811|city|gid=2995469
dunkirk|Dunkirk|Dunkerque||FR|51.0344|2.3768|city|gid=3020686
lucerne|Lucerne|Luzern||CH|47.0505|8.3064|city|gid=2659811
krakow|Krakow|Kraków,Cracow||PL|50.0614|19.9366|city|gid=3094802
gdansk|Gdansk|Gdańsk,Danzig||PL|54.3523|18.6491|city|gid=3099434
thessaloniki|Thessaloniki|Salonika,Salonica||GR|40.6436|22.9309|city|gid=734077
heraklion|Heraklion|Iraklion,Irakleion||GR|35.3279|25.1434|city|gid=261745
rhodes|Rhodes|Rodos||GR|36.4356|28.222|city|gid=400666
lesbos|Lesbos|Lesvos,Mytilene||GR|39.1077|26.5553|town|gid=256866
chisinau|Chisinau|Kishinev||MD|47.0056|28.8575|city|gid=618426
nizhny-novgorod|Nizhny Novgorod|Nizhniy Novgorod||RU|56.3287|44.0021|city|gid=520555
grozny|Grozny|Groznyy||RU|43.312|45.689|city|gid=558418
tbilisi|Tbilisi|Tiflis||GE|41.6941|44.8337|city|gid=611717
stepanakert|Stepanakert|Khankendi,Xankandi,Khankandi|ستيباناكيرت,خانكندي|AZ|39.8177|46.7528|city|gid=146970
shusha|Shusha|Shushi||AZ|39.7601|46.7499|town|gid=147105
sulaymaniyah|Sulaymaniyah|Sulaimaniyah,Sulaimaniya,Suleimaniyah,Slemani||IQ|35.565|45.4329|city|gid=98463
mumbai|Mumbai|Bombay||IN|19.0728|72.8826|city|gid=1275339
kolkata|Kolkata|Calcutta||IN|22.5626|88.363|city|gid=1275004
ho-chi-minh|Ho Chi Minh City|Saigon||VN|10.823|106.6297|city|gid=1566083
# Africa: capitals and the Sahel and eastern Congo towns of conflict news
bujumbura|Bujumbura||بوجمبورا,بوجومبورا|BI|-3.3819|29.3614|city|gid=425378
gaborone|Gaborone||غابورون,غابوروني,جابورون|BW|-24.6545|25.9086|city|gid=933773
mbabane|Mbabane||مباباني,مبابان|SZ|-26.3167|31.1333|city|gid=934985
gao|Gao||غاو,جاو|ML|16.2717|-0.0447|city|gid=2457163
agadez|Agadez|Agades|أغاديز,أغاديس|NE|16.9733|7.9911|city|gid=2448085
bunia|Bunia||بونيا|CD|1.5594|30.2522|city|gid=217695
beni-cd|Beni||بيني|CD|0.4911|29.4731|city|a,gid=219057
# Towns of insurgency news that GeoNames has without the Arabic spelling the wires use (coordinates are GeoNames')
konduga|Konduga|Kanduga|كودونغا,كوندوغا,كوندوجا|NG|11.6533|13.4179|town|gid=2334044
`;

export const WORLD_PLACES: CuratedPlace[] = parseCuratedTable(TABLE);
