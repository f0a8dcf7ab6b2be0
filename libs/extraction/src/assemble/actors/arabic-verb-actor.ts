// Arabic verb cascade of choose-actor.ts: a verb is read SVO or VSO, its plural suffix holding its own subject
// ("وطالبوا المتمردين"), with report owners, auxiliaries, relative-clause doers, clash sides and text subjects.
import { targetOwner } from './arabic-hostile-object';
import type { ActorSlots } from './actor-slots';
import { soundPlural } from '../clause/raw-subject';
import { adjectival, indefiniteAdjective } from '../clause/arabic-adjectives';
import { isCoordinatedVerb } from '../clause/shared-subject';
import { auxiliarySubject, relativeAgent } from './arabic-agent-cues';
import { arabicClashSide, clashPartner } from './clash-sides';
import { isPluralVerb } from './plural-verb';
import { reportOwner } from './report-owner';
import { aimedPhraseAfterVerb } from './arabic-actor-aimed-phrase';
import { behindRelativeAfterVerb } from './arabic-actor-relative-gap';
import { meansSubjectBefore, meansSubjectEnd, pastMeansSubject } from './arabic-actor-means-subject';
import { inBaPhrase } from './arabic-actor-ba-phrase';
import { officeHolderAfterVerb } from './arabic-office-holder';
import { gapSubject } from './arabic-gap-subject';
import { gapObjectFirst } from './gap-object';
import { disagreesWithVerb } from './verb-agreement';
import { inStatementComplement, prepositionalName } from './statement-complement';
import { VERBAL } from '../event-classes';
import type { ActorLike, Span } from '../assemble.types';
import type { Token } from '../../text/tokenize';

// A quote mark right before the verb, opening what a speaker said.
const OPENING_QUOTE = /["«“]$/;
const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'هؤلاء', 'تلك', 'ذلك']);

/** "نائب فرنسي معارض", "مسؤول أمريكي": a subject of two words or more, none definite, ending in an adjective. */
const indefiniteClosed = (tokens: Token[], s: Span<ActorLike>) =>
  s.end - s.first >= 2 &&
  tokens.slice(s.first, s.end).every((t) => !/^[وف]?ال/.test(t.norm)) &&
  indefiniteAdjective(tokens[s.end - 1].norm);

/** Arabic active verbs: SVO and VSO subjects, report owners, auxiliaries, relative-clause doers, clash sides, text subjects. */
export function pickArabicVerbActor(slots: ActorSlots): void {
  const {
    text,
    tokens,
    trigger,
    physical,
    actors,
    clauseFirst,
    clauseEnd,
    before,
    after,
    ok,
    subj,
    loose,
    marked,
    selfReport,
    dBefore,
    dAfter,
    clean,
    tight,
    raw,
    pick,
    picked,
    eligible,
  } = slots;
  // `pick` keeps the first offer: once one is kept, nothing later in the cascade can change the choice.
  if (picked()) return;
  // "تمكنت الجهات الأمنية من ضبط": a verb-like masdar after an auxiliary takes the auxiliary's subject.
  const eligibleAll = actors.filter((a) => eligible(a));
  // "وانتقد تقرير لـ«هيومن رايتس ووتش» X": the body whose report is the subject (report-owner.ts).
  pick(reportOwner(tokens, trigger, eligibleAll, clauseEnd), 'owner of the report');
  if (picked()) return;
  pick(auxiliarySubject(text, tokens, trigger, eligibleAll, clauseFirst), 'subject of the auxiliary');
  if (picked()) return;
  // 'وقال المتحدث باسم حاكم الإقليم "هاجمت مروحيتان ...': a verb opening a quotation starts a new sentence; the name
  // before the quote mark is not its subject.
  const quoted = (a: Span<ActorLike>) => OPENING_QUOTE.test(text.slice(a.stop, tokens[trigger.first].start));
  pick(
    before.find((a) => subj(a) && dBefore(a) <= 2 && tight(a) && !quoted(a)),
    'subject before verb (SVO)',
  );
  if (picked()) return;
  pick(
    before.find((a) => selfReport(a) && dBefore(a) <= 4),
    'subject reporting its own act',
  );
  if (picked()) return;
  // "وطالبوا المتمردين": a verb with the plural suffix holds its subject; the names after it are objects.
  const plural = isPluralVerb(tokens, trigger);
  const read = raw();
  // "وطالب قوات التحالف": nor does a masculine past verb before a plural in -ات (verb-agreement.ts).
  const text0 =
    read &&
    ((plural && read.first >= trigger.end) ||
      disagreesWithVerb(text, tokens, trigger, read) ||
      (VERBAL.has(slots.type) && read.first === trigger.end && prepositionalName(tokens, read)))
      ? null
      : read;
  // "إن رئيس الأركان طالب رئيس الوزراء العبادي": with a subject before the verb, the names after it are objects.
  const svo = !!text0 && text0.end <= trigger.first;
  // "شن أربع غارات على مواقع مليشيات الحوثي": a name inside an aimed phrase is the target, not the subject.
  const aimed = (a: Span<ActorLike>) => aimedPhraseAfterVerb(text, tokens, trigger.end, a);
  // "أشاد مجلس الوزراء بالرسالة التي وجهها الملك": a name inside a relative clause after the verb is not its subject.
  const relative = (a: Span<ActorLike>) => behindRelativeAfterVerb(tokens, trigger.end, a);
  // "قصفت أربع غارات مراكز تابعة لداعش": with a strike noun as subject, a later name is in the object.
  // "الغارة استهدفت أبو خليل": with the strike noun as subject before the verb, every later name is an object.
  const meansEnd = meansSubjectEnd(tokens, trigger.end);
  const meansBefore = meansSubjectBefore(text, tokens, trigger.first);
  const hit = (a: Span<ActorLike>) => meansBefore || pastMeansSubject(tokens, meansEnd, a);
  // "هدد نواب محافظون الرئيس روحاني": a plain subject ending in a sound plural with its nun (no construct state)
  // does not run on into the definite name after it; that name is the object.
  // "ودعا والد الرهينة الكرواتي السلطات الفرنسية": nor does one closed by an adjective (a nisba, a participle).
  // "اتهم نائب فرنسي معارض ديفيد كاميرون": an indefinite subject closed by an indefinite adjective takes no apposed
  // name either, definite or not; the name after it is the object.
  const pastClosedSubject = (a: Span<ActorLike>) =>
    !!text0 &&
    a.first === text0.end &&
    (((soundPlural(tokens[text0.end - 1].norm) ||
      (text0.end - text0.first >= 2 && adjectival(tokens[text0.end - 1].norm))) &&
      tokens[a.first].norm.startsWith('ال')) ||
      indefiniteClosed(tokens, text0));
  // "ودعت هذه المنظمات البرلمان التونسي", "وطالب المجلس الحكومة اليمنية": a bare definite noun (after a demonstrative
  // at most; no nisba, which would be an adjective) right after the verb is its subject; a definite body's name after
  // it, not its adjective, is the object.
  // Not a person ("ودعا الرئيس السيسي": an apposed name).
  const afterDefiniteSubject = (a: Span<ActorLike>) => {
    const k = trigger.end + (DEMONSTRATIVES.has(tokens[trigger.end]?.norm ?? '') ? 1 : 0);
    const noun = tokens[k]?.norm ?? '';
    return (
      a.first === k + 1 &&
      /^ال.../.test(noun) &&
      !/(?:ي|يه|يين|يون|يات)$/.test(noun) &&
      tokens[a.first].norm.startsWith('ال') &&
      !adjectival(tokens[a.first].norm) &&
      a.value.kind !== 'person' &&
      tight(a)
    );
  };
  // "عبر المجلس عن دعمه الكامل للملك سلمان": past the object a subject-gapped phrase resumes with (عن), a name is
  // in the object; the gap holds the subject (gap-object.ts).
  const resume = gapObjectFirst(tokens, trigger);
  const pastGap = (a: Span<ActorLike>) =>
    (resume >= 0 && a.first > resume) || disagreesWithVerb(text, tokens, trigger, a);
  // "ودعا الأمين العام لجامعة الدول العربية الدكتور نبيل العربي": the holder after the office, not its body.
  if (!svo && !plural) {
    const holder = officeHolderAfterVerb(text, tokens, trigger.end, after);
    if (holder && subj(holder) && !pastGap(holder)) pick(holder, 'subject after verb (VSO)');
  }
  if (picked()) return;
  // "استهدفت الجمعة مواقع وأوكار المليشيات": the owner of a target noun after a verb of attack was hit.
  const struck = (a: Span<ActorLike>) => physical && targetOwner(tokens, a);
  // "وتهدد بتدمير إسرائيل", "وأشاد بمقاتلي المقاومة": a name behind a noun with a glued ب is in that phrase.
  pick(
    (plural
      ? []
      : after.filter(
          (a) =>
            !aimed(a) &&
            !relative(a) &&
            !hit(a) &&
            !inBaPhrase(tokens, a) &&
            !struck(a) &&
            !pastGap(a) &&
            !(VERBAL.has(slots.type) && a.first === trigger.end && prepositionalName(tokens, a)),
        )
    ).find(
      (a) =>
        (!svo &&
          subj(a) &&
          dAfter(a) <= 4 &&
          clean(a) &&
          (!text0 || a.first <= text0.end) &&
          !pastClosedSubject(a) &&
          !afterDefiniteSubject(a)) ||
        // "نفى مساعد وزير الداخلية لقطاع السجون اللواء حسن السوهاجي": a person after the office he holds.
        (!svo &&
          subj(a) &&
          a.value.kind === 'person' &&
          dAfter(a) <= 6 &&
          tight(a) &&
          after[0] === a &&
          !pastClosedSubject(a)) ||
        // "قوات من جيش الاحتلال", "أيادي العملاء من ميليشيات الحوثي": a generic head whose owner the dictionary knows.
        (ok(a) && !!text0 && a.first === text0.end + 1 && tokens[text0.end]?.norm === 'من'),
    ),
    'subject after verb (VSO)',
  );
  if (picked()) return;
  // "قُتل شرطي في هجوم نفذه ملثمون" (read as active): the doer of the attack it happened in.
  if (physical) pick(relativeAgent(text, tokens, trigger, eligibleAll, clauseEnd), 'subject of the relative verb');
  if (picked()) return;
  // "اندلعت اشتباكات بين X وY": the sides of a clash the verb phrase names.
  pick(arabicClashSide(text, tokens, trigger, eligibleAll, clauseEnd), 'first side of clash');
  pick(text0, 'text subject');
  if (picked()) return;
  // "أكد هادي ضرورة احترام الهدنة من قبل الميليشيات": after an active verb of speech the agent marker belongs to
  // a masdar it governs, not to the verb.
  if (physical) pick(after.find(marked), 'agent after برصاص/على يد');
  if (picked()) return;
  // "حمل الحوثيون الأمم المتحدة المسؤولية واتهموها": a coordinated verb shares the subject the clause opens with,
  // not the nearest name (the first verb's object).
  if (isCoordinatedVerb(tokens, trigger)) {
    const opening = before.at(-1);
    if (opening && subj(opening) && clean(opening) && opening.first - clauseFirst <= 4 && dBefore(opening) <= 20)
      pick(opening, 'subject of the first verb');
  }
  pick(
    before.find((a) => loose(a) && dBefore(a) <= 12),
    'nearest preceding in clause',
  );
  if (picked()) return;
  pick(clashPartner(text, tokens, trigger, eligibleAll, clauseEnd), 'side the victims fought');
  if (picked()) return;
  pick(gapSubject(text, tokens, trigger), 'text subject inside the verb phrase');
  if (picked()) return;
  pick(
    // "وأشاد بما يقدمه الجيش": nor is a name inside a relative clause the nearest guess; the dropped subject is.
    (plural ? [] : after).find(
      (a) =>
        loose(a) &&
        dAfter(a) <= 8 &&
        !aimed(a) &&
        !hit(a) &&
        !relative(a) &&
        !struck(a) &&
        !afterDefiniteSubject(a) &&
        !disagreesWithVerb(text, tokens, trigger, a) &&
        // "وأشاد بمقاتلي المقاومة", "وطالب النزلي المجتمع الدولي بضرورة إنهاء الاحتلال": what a statement names in
        // its complement is its object; the speaker is the dropped subject (statement-complement.ts).
        !(VERBAL.has(slots.type) && inStatementComplement(tokens, trigger, a)),
    ),
    'nearest following in clause',
  );
}
