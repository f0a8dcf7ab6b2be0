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
# Africa: capitals and the Sahel and eastern Congo towns of conflict news
bujumbura|Bujumbura||بوجمبورا,بوجومبورا|BI|-3.3819|29.3614|city|gid=425378
gaborone|Gaborone||غابورون,غابوروني,جابورون|BW|-24.6545|25.9086|city|gid=933773
mbabane|Mbabane||مباباني,مبابان|SZ|-26.3167|31.1333|city|gid=934985
gao|Gao||غاو,جاو|ML|16.2717|-0.0447|city|gid=2457163
agadez|Agadez|Agades|أغاديز,أغاديس|NE|16.9733|7.9911|city|gid=2448085
bunia|Bunia||بونيا|CD|1.5594|30.2522|city|gid=217695
beni-cd|Beni||بيني|CD|0.4911|29.4731|city|a,gid=219057
`;

export const WORLD_PLACES: CuratedPlace[] = parseCuratedTable(TABLE);
