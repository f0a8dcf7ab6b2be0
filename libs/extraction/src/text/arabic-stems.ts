// Clitic-stripped stem candidates of Arabic words (tokenize.ts): proclitics and enclitics peeled in legal orders, so
// lexicons can list bare forms (قصف) and still match وبالقصف.

// Proclitics: conjunctions و ف, prepositions ب ل ك, the future marker س and the article ال, in legal orders.
const AR_PREFIXES = [
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'س',
  'ال',
  'وال',
  'فال',
  'بال',
  'كال',
  'لل',
  'ولل',
  'فلل',
  'وب',
  'ول',
  'فب',
  'فل',
  'وس',
  'فس',
  'وك',
  'وبال',
];
// Attached pronouns (enclitics), longest first. The first-person ي is left out: in news it is almost always the
// nisba ending (الاجتماعي "social", العسكري), and stripping it made الاجتماعي read as اجتماع (a meeting).
const AR_SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه'];

const PREFIX_OPTIONS = ['', ...AR_PREFIXES];
const SUFFIX_OPTIONS = ['', ...AR_SUFFIXES];

/** Clitic-stripped stem candidates for an Arabic word, ordered by how much was stripped. */
export function arabicStems(norm: string, taMarbuta = false): string[] {
  // Stems are gathered by cost in half letters (cost 2.5 goes to bucket 5): reading the buckets in order is the
  // stable sort by cost, without a record per stem.
  const buckets: string[][] = [[norm]];
  const found = (stem: string, cost: number) => {
    const b = cost * 2;
    while (buckets.length <= b) buckets.push([]);
    buckets[b].push(stem);
  };
  for (const p of PREFIX_OPTIONS) {
    if (!norm.startsWith(p)) continue;
    const rest = norm.slice(p.length);
    if (rest.length < 2) continue;
    for (const s of SUFFIX_OPTIONS) {
      if (!p && !s) continue;
      if (!rest.endsWith(s)) continue;
      // A folded ة is not the pronoun ه: وزارة must not yield وزار / زار.
      if (taMarbuta && s === 'ه') continue;
      let stem = rest.slice(0, rest.length - s.length);
      if (stem.length < 2) continue;
      const cost = p.length + s.length;
      found(stem, cost);
      // A ta marbuta becomes ت before a pronoun: سيطرته -> سيطره.
      if (s && stem.endsWith('ت')) {
        stem = stem.slice(0, -1) + 'ه';
        found(stem, cost + 0.5);
      }
    }
  }
  const out: string[] = [];
  for (const bucket of buckets) for (const stem of bucket) if (!out.includes(stem)) out.push(stem);
  return out;
}

/** A letter read as a clitic before alef + hamza on ya + dal: "فائدة" (benefit), "بائد" (extinct), where the
 * letter is the root's own. A verb of support read out of it (ف + أيدت) would be written with a hamza on the alef. */
const CLITIC_THEN_HAMZA = /^[وفبلك]\u0627[\u064B-\u065F]*\u0626[\u064B-\u065F]*\u062F/;
/** A stem of `norm` that does not start at the alef of such a word: not أيد (support) and its forms. */
const keepsHamzaAlef = (norm: string) => (stem: string) => stem === norm || !stem.startsWith('ايد');

const TA_MARBUTA_END = /ة[\u064B-\u065F]*$/;

/** The stems of an Arabic word as written (`surface`) and folded (`norm`): a written ta marbuta is no pronoun ه. */
export function arabicWordStems(surface: string, norm: string): string[] {
  const read = arabicStems(norm, TA_MARBUTA_END.test(surface));
  // "فائدتها" (its benefit) folds to ف + ايدت, the verb أيدت: after a clitic-like letter, "ائد" keeps its alef.
  return CLITIC_THEN_HAMZA.test(surface) ? read.filter(keepsHamzaAlef(norm)) : read;
}
