// Consonant skeletons that let an Arabic spelling meet the Latin names of a town GeoNames lists without an Arabic
// name (سيبيتوكي / Cibitoke, البيلي / Elbeyli, غوزارا / Gozara): both sides are reduced to the same consonant classes
// (b/p, t, s, z/dh, j, g, k/q, kh, sh, h, …), and the long vowels Arabic writes (ا, medial و/ي, and ع, which Latin
// writes as a vowel) must have a Latin vowel in the same place (fits); ء and a final ه/h are dropped. Letters with
// two common readings (ج j/g, ق q/k/g, ث th/s, ض d/dh; Latin c k/s/j) give several skeletons. Arabic keys are
// normalizeKey keys (ة → ه, ى → ي, hamza seats folded, diacritics gone).

/** Arabic letter → its consonant classes ('' drops it); ا, ع, و and ي are read by position (arabicWord). */
const ARABIC: Record<string, readonly string[]> = {
  ب: ['b'],
  ت: ['t'],
  ث: ['t', 's'],
  ج: ['j', 'g'],
  ح: ['h'],
  خ: ['x'],
  د: ['d'],
  ذ: ['z'],
  ر: ['r'],
  ز: ['z'],
  س: ['s'],
  ش: ['c'],
  ص: ['s'],
  ض: ['d', 'z'],
  ط: ['t'],
  ظ: ['z'],
  غ: ['g'],
  ف: ['f'],
  ق: ['k', 'g'],
  ك: ['k', 'g'],
  ل: ['l'],
  م: ['m'],
  ن: ['n'],
  ه: ['h'],
  ء: [''],
};
/** Skeleton readings of one word are capped: three two-way letters already give eight. */
const MAX_READINGS = 8;

/** Latin letters before h read as one Arabic consonant: kh خ, gh غ, sh/ch ش, th ث, dh ذ/ض, ph ف, zh ج. */
const BEFORE_H: Record<string, string> = { k: 'x', g: 'g', s: 'c', c: 'c', t: 't', d: 'z', p: 'f', z: 'j' };
/** Single Latin letters → classes: p → b (Arabic has no p), v → f, q → k, x → ks; vowels → V; a plain c → Q, read
 * per its vowel (PLAIN_C). */
const LATIN: Record<string, string> = {
  ...Object.fromEntries([...'bdfghjklmnrstwyz'].map((c) => [c, c])),
  ...Object.fromEntries([...'aeiouı'].map((c) => [c, 'V'])),
  p: 'b',
  v: 'f',
  q: 'k',
  c: 'Q',
  x: 'ks',
};
/** A plain c is s before e/i/y (Cibitoke سيبيتوكي) and k elsewhere, or the Turkish j (Ceylanpınar جيلان بينار). */
const PLAIN_C = { soft: ['s', 'j'], hard: ['k', 'j'] };
/** Readings of a Latin name with several plain c's are capped. */
const MAX_LATIN_READINGS = 4;
/** The nisba ending -i / -iya (-iyah, -iyeh, -ia, -ie, -y): Arabic writes its ي (ي, ية, يا), so it is kept as a
 * class of its own at the end of both skeletons (Kifri كفري, Shinafiyah شنافية, not شنف). */
const LATIN_NISBA = /(?:iy+(?:a|ah|e|eh)?|ia|iah|ie|ieh|i|y|ee)$/;
const NISBA = 'i';
/** A vowel (a run of them) in the marked skeleton: Arabic writes only its long vowels (medial ا و ي, an initial
 * alif), so a Latin name fits an Arabic one when it has a vowel wherever the Arabic has one (fits). */
const VOWEL = 'V';
const VOWELS = /V/g;
/** Latin article words written apart (al Bab, ash Shamaliyah, el Kef): the Arabic side reads the name without ال. */
const LATIN_ARTICLES = new Set('al el ad ar as ash at az an ed er es et ez en'.split(' '));

/** The class sequence of one Latin word: digraphs folded, doubled letters merged, a final h dropped. */
function latinClasses(word: string): string[] {
  const seq: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const next = word[i + 1];
    let cls: string | undefined;
    if (ch === 't' && next === 'c' && word[i + 2] === 'h') [cls, i] = ['c', i + 2];
    else if (next === 'h' && BEFORE_H[ch]) [cls, i] = [BEFORE_H[ch], i + 1];
    else if ((ch === 'd' && next === 'j') || (ch === 'c' && next === 'k')) [cls, i] = [ch === 'd' ? 'j' : 'k', i + 1];
    else if (ch === 'c') cls = /[eiy]/.test(next ?? '') ? 'Qs' : 'Qh';
    else cls = LATIN[ch];
    if (cls && cls !== seq[seq.length - 1]) seq.push(cls);
  }
  if (seq.length > 1 && seq[seq.length - 1] === 'h') seq.pop();
  return seq;
}

/** The marked skeletons of one Latin word: vowels (and medial w/y) as V, the initial w/y a consonant, 'c' for sh
 * (ش), a final 'i' for the nisba ending. */
function latinWord(word: string): string[] {
  const seq = latinClasses(word);
  const nisba = LATIN_NISBA.test(word);
  if (!seq.some((cls) => cls[0] === 'Q')) {
    // The common case, one reading: no plain c.
    let out = '';
    for (let k = 0; k < seq.length; k++) {
      const cls = seq[k];
      if (cls !== 'V' && !((cls === 'w' || cls === 'y') && k > 0)) out += cls;
      else if (!out.endsWith(VOWEL)) out += VOWEL;
    }
    return [nisba && out !== VOWEL && out ? out + NISBA : out];
  }
  let readings = [''];
  for (let k = 0; k < seq.length; k++) {
    const cls = seq[k];
    const vowel = cls === 'V' || ((cls === 'w' || cls === 'y') && k > 0);
    const options = vowel ? [VOWEL] : cls === 'Qs' ? PLAIN_C.soft : cls === 'Qh' ? PLAIN_C.hard : [cls];
    const next: string[] = [];
    for (const r of readings)
      for (const o of options)
        if (next.length < MAX_LATIN_READINGS) next.push(o === VOWEL && r.endsWith(VOWEL) ? r : r + o);
    readings = next;
  }
  return readings.map((r) => (nisba && r.replace(VOWELS, '') ? r + NISBA : r));
}

/** The marked skeletons of a Latin name key (normalizeKey form): its words' skeletons run together (Arabic may
 * write a name in two words that Latin writes in one: جيلان بينار, Ceylanpınar), article words dropped. */
export function latinSkeletons(key: string): string[] {
  const words = key.split(' ');
  let readings = [''];
  for (let i = 0; i < words.length; i++) {
    if (i < words.length - 1 && LATIN_ARTICLES.has(words[i])) continue;
    const next: string[] = [];
    for (const r of readings)
      for (const w of latinWord(words[i])) if (next.length < MAX_LATIN_READINGS) next.push(joinMarked(r, w));
    readings = next;
  }
  return readings.filter((r) => r.length > 0);
}

/** Two marked skeletons run together: a vowel ending one and starting the next are one vowel gap. */
function joinMarked(a: string, b: string): string {
  return a.endsWith(VOWEL) && b.startsWith(VOWEL) ? a + b.slice(1) : a + b;
}

/** The skeleton readings of one Arabic word (normalizeKey form). `last`: the word ends the name, so a final ه
 * (mostly ة) is dropped; inside a name a final ة may be read as t (معرة مصرين, Ma'arrat Misrin). */
function arabicWord(word: string, last: boolean): string[] {
  // The nisba ending (ي, ية, يا) is one class at the end, as the Latin skeleton keeps it; a bare final ي may also
  // be a foreign name's final vowel (سيبيتوكي, Cibitoke).
  const nisba = /.ي[ها]?$/.exec(word);
  const stem = nisba ? word.slice(0, word.lastIndexOf('ي')) : word;
  let readings = [''];
  const n = stem.length;
  for (let i = 0; i < n; i++) {
    const ch = stem[i];
    let options: readonly string[];
    if (ch === 'و') options = i === 0 ? ['w', 'f'] : [VOWEL];
    else if (ch === 'ي') options = i === 0 ? ['y'] : [VOWEL];
    // ع is written as a vowel or an apostrophe in Latin (Amran عمران, Ma'arrat معرة): a vowel must stand there.
    else if (ch === 'ا' || ch === 'ع') options = [VOWEL];
    else if (ch === 'ه' && i === n - 1 && i > 0) options = last ? [''] : ['', 't'];
    else options = ARABIC[ch] ?? [];
    if (options.length === 0) return []; // a letter that no Latin name spells (Persian letters folded already)
    const next: string[] = [];
    for (const r of readings) for (const o of options) if (next.length < MAX_READINGS) next.push(r + o);
    readings = next;
  }
  readings = readings.map((r) => r.replace(/V+/g, VOWEL));
  if (!nisba) return readings;
  const marked = readings.map((r) => r + NISBA);
  return word.endsWith('ي') ? [...marked, ...readings.map((r) => joinMarked(r, VOWEL))] : marked;
}

/** Skeleton readings of an Arabic name of one or more words (normalizeKey form), each word read without its
 * article ال (الباب is Bab or Al Bab: Latin article words are dropped too), the first also with it fused. */
export function arabicSkeletons(key: string): string[] {
  const words = key.split(' ');
  let readings = [''];
  words.forEach((word, k) => {
    const article = word.startsWith('ال') && word.length > 3;
    const bare = arabicWord(article ? word.slice(2) : word, k === words.length - 1);
    // A Latin name may keep the article fused to its first word (Elbeyli البيلي, Alpu): read as a vowel and l.
    const fused = article && k === 0 ? bare.map((r) => joinMarked(`${VOWEL}l`, r)) : [];
    const options = new Set([...bare, ...fused]);
    const next: string[] = [];
    for (const r of readings)
      for (const o of options) if (o && next.length < MAX_READINGS * 2) next.push(joinMarked(r, o));
    readings = next;
  });
  return readings;
}

/** Consonants of a skeleton (vowel marks and the nisba mark aside). */
export function consonantCount(skeleton: string): number {
  let n = 0;
  for (const ch of skeleton) if (ch !== NISBA && ch !== VOWEL) n++;
  return n;
}

/** The consonants alone: the index key of a marked skeleton. */
export function consonantsOf(skeleton: string): string {
  return skeleton.replace(VOWELS, '');
}

/** Whether the Arabic word writes a long vowel between two consonants (سحار, not حظر): a bare three-consonant
 * word is most often an Arabic word, not a foreign town. */
export function hasMedialVowel(skeleton: string): boolean {
  return /[^V]V[^V]/.test(skeleton);
}

/** A Latin marked skeleton fits an Arabic one with the same consonants when it has a vowel wherever the Arabic
 * writes one (Latin writes the short vowels too): Sahar fits سحار, Khirbah does not fit خراب. */
export function fits(arabic: string, latin: string): boolean {
  let j = 0;
  for (const ch of arabic) {
    if (ch === VOWEL) {
      if (latin[j] !== VOWEL) return false;
      j++;
      continue;
    }
    if (latin[j] === VOWEL) j++;
    if (latin[j] !== ch) return false;
    j++;
  }
  return true;
}
