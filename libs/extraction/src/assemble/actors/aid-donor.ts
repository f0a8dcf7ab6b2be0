// Who gave the aid. Arabic relief reports name the donor after a participle of giving ("المعونة ... مقدمة من مركز
// الملك سلمان", "المساعدات المقدمة من المملكة") or as the owner of the ship or convoy carrying it ("سفينة مساعدات
// تابعة للأمم المتحدة") rather than as a subject, and a report that names its donor once
// ("قام مركز الملك سلمان بتسيير شاحنات ...") goes on about the same convoy ("فيما تتجه الشاحنة الأخيرة ... وتحمل
// مساعدات"): a later mention with no doer of its own, or only a name that stood near it, is the same donor's.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, DraftEvent, Span } from '../assemble.types';
import { nearestReading } from './actor-reading';
import { isDictionaryActor } from '../clause/raw-subject';
import { ARABIC_SCRIPT } from '../../text/tokenize';

// Participles of giving and sending; "من" (or "من قبل") follows them, then the donor.
const GIVEN = new Set(
  ['مقدمة', 'المقدمة', 'مقدم', 'المقدم', 'مقدمه', 'المقدمه', 'المرسلة', 'مرسلة', 'المتبرع', 'الممولة', 'ممولة'].map(
    foldWord,
  ),
);
const REACH = 12;
const SENTENCE_BREAK = /[.؟?!؛;:\n]/;

/** "مقدمة من مركز الملك سلمان", "سفينة تابعة لبرنامج الغذاء العالمي": the donor named after a participle of giving, or
 * as the owner of the aid's carrier, within the trigger's sentence; or null. */
export function donorAfterGiven(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseEnd: number,
): Span<ActorLike> | null {
  if (trigger.spec.type !== 'AID') return null;
  const limit = Math.min(tokens.length - 1, Math.max(clauseEnd, trigger.end + REACH));
  for (let k = trigger.end; k < limit; k++) {
    // The sentence may end right after the trigger ("تحمل 4700 طن من المساعدات. وينتظر …").
    if (SENTENCE_BREAK.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    const owner = carrierOwner(tokens, actors, k);
    if (owner) return owner;
    if (!GIVEN.has(tokens[k].norm) || tokens[k + 1]?.norm !== 'من') continue;
    const at = tokens[k + 2]?.norm === 'قبل' ? k + 3 : k + 2;
    return actors.find((a) => a.first === at) ?? null;
  }
  // "رست سفينة تابعة لبرنامج الغذاء العالمي تحمل 4700 طن من المساعدات": the carrier's owner told before the aid.
  for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - REACH); k--) {
    if (SENTENCE_BREAK.test(text.slice(tokens[k].end, tokens[k + 1].start))) return null;
    const owner = carrierOwner(tokens, actors, k);
    if (owner) return owner;
  }
  return null;
}

// Ships, planes, convoys and trucks that carry aid, and the word that names their owner after it ("تابعة لـ").
const CARRIERS = new Set(
  ['سفينة', 'سفن', 'باخرة', 'طائرة', 'طائرات', 'قافلة', 'قوافل', 'شاحنة', 'شاحنات'].map(foldWord),
);
const OWNED = new Set(['تابعة', 'التابعة', 'تابع', 'التابع'].map(foldWord));

/** "سفينة مساعدات تابعة للأمم المتحدة": the owner (ل + name) of an aid carrier, read at the word تابعة (token k), whose
 * carrier noun stands right before it or one word before (سفينة مساعدات); null otherwise. A place "تابعة لـ" a side
 * ("مناطق تابعة للحكومة") is where the aid goes, not who gave it. */
function carrierOwner(tokens: Token[], actors: Span<ActorLike>[], k: number): Span<ActorLike> | null {
  if (
    !OWNED.has(tokens[k].norm) ||
    !(CARRIERS.has(tokens[k - 1]?.norm ?? '') || CARRIERS.has(tokens[k - 2]?.norm ?? ''))
  )
    return null;
  // "لبرنامج", "للأمم": the owner's word carries the ل.
  return /^ل/.test(tokens[k + 1]?.norm ?? '') ? (actors.find((a) => a.first === k + 1) ?? null) : null;
}

const DONOR_KINDS = new Set(['ngo', 'state', 'government', 'igo', 'military', 'other']);
// Relief bodies give aid wherever the text names them; a state named nearby may as well be the recipient.
const RELIEF_KINDS = new Set(['ngo', 'igo']);
const firm = (e: DraftEvent) => !nearestReading(e) || RELIEF_KINDS.has(e.actor?.kind ?? '');

/** Lends the article's one named aid donor to its other aid mentions that name none (in place). */
export function lendAidDonor(events: DraftEvent[]): DraftEvent[] {
  const named = events.filter(
    (e) => e.type === 'AID' && isDictionaryActor(e.actor) && firm(e) && DONOR_KINDS.has(e.actor.kind),
  );
  const donors = new Set(named.map((e) => e.actor!.id));
  if (donors.size !== 1) return events;
  const donor = named[0].actor!;
  for (const e of events) {
    // Arabic relief reports only (English names its donor in the clause).
    if (e.type !== 'AID' || e.negated || (e.actor && firm(e)) || !ARABIC_SCRIPT.test(e.trace.trigger)) continue;
    e.actor = donor;
    e.actorSurface = donor.name;
    e.trace.actorRule = 'donor of the article';
  }
  return events;
}
