// Arabic masdar cascade of choose-actor.ts: a masdar takes its doer in the idafa after it ("قصف ميليشيات النظام"),
// from agent phrases and relative clauses, or from the subject of the light verb before it ("شنت قوات التحالف غارات").
import { hostileObject, targetOwner } from './arabic-hostile-object';
import type { ActorSlots } from './actor-slots';
import { isGoverned } from '../clause/actor-roles';
import { isAddressee } from '../clause/actor-sources';
import { agentPhrase } from '../clause/raw-subject';
import { foiled, lightVerbSubject, lightVerbText, masdarAfterBa, spokenAbout } from '../clause/subject-verbs';
import { ascribedByVerbBefore, ascribedTo, auxiliarySubject, reachableNames, relativeAgent } from './arabic-agent-cues';
import { arabicClashSide, clashPartner } from './clash-sides';
import { talkSide } from './talk-sides';
import { causeOfClause, condemnedMasdar, periphrasticPassive } from './arabic-clause-bounds';
import { subjectBeforeFight } from './arabic-actor-after-fight';
import { definiteMasdar, nisbaMention } from './arabic-definite-masdar';
import { officeHolderAfterVerb } from './arabic-office-holder';
import { undergoneAgent } from './arabic-undergone-agent';
import type { ActorLike, Span } from '../assemble.types';

// A quote mark that opens (« “, or a straight one glued to the word after it) anywhere in a gap.
const OPENS_QUOTE = /[«“]|"(?=[\u0621-\u064A])/;
// Masdars whose idafa names who underwent it: "اعتقال X" (X was arrested), "استهداف X", "اغتيال X".
const PATIENT_MODES = new Set(['arrest', 'abduct', 'assassinate', 'execute', 'deport', 'release', 'torture']);
const PATIENT_MASDARS = new Set(['استهداف', 'مهاجمه', 'اقتحام']);

/** Arabic masdars: the idafa after the masdar, agent phrases, doers named in relative clauses, the subject of a light verb before it. */
export function pickArabicMasdarActor(slots: ActorSlots): void {
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
    pick,
    picked,
    eligible,
  } = slots;
  // `pick` keeps the first offer: once one is kept, nothing later in the cascade can change the choice.
  if (picked()) return;
  // "الغارة استهدفت أبو خليل": a definite masdar has no idafa; only an agreeing adjective names its side.
  const definite = definiteMasdar(tokens, trigger);
  // "قام الجيش التركي بقصف مواقع لداعش": a name owning the target noun after an attack masdar was hit, not the hitter.
  const owner = (a: Span<ActorLike>) => physical && a.first > trigger.end && targetOwner(tokens, a);
  if (!PATIENT_MODES.has(trigger.spec.mode ?? '') && !PATIENT_MASDARS.has(tokens[trigger.first].stems.at(-1) ?? ''))
    pick(
      after.find(
        (a) =>
          ok(a) &&
          dAfter(a) <= 1 &&
          clean(a) &&
          !isGoverned(tokens, a) &&
          !owner(a) &&
          (!definite || nisbaMention(tokens, a)),
      ),
      'idafa after masdar',
    );
  if (picked()) return;
  // "تعرض مطار عدن لقصف صاروخي من ميليشيات الحوثي": an undergone act's doer after من (arabic-undergone-agent.ts).
  if (physical) pick(undergoneAgent(text, tokens, trigger, after, ok), 'agent of the undergone act');
  if (picked()) return;
  // "لقاء وزير الشؤون الاجتماعية الدكتور ماجد القصبي بالأمير": the idafa is an office whose holder a rank names
  // (a definite masdar has none: "رأس الوفد إلى الاجتماع معالي الوزير" names the verb's subject).
  if (!physical && !definite)
    pick(officeHolderAfterVerb(text, tokens, trigger.end, after), 'office holder in idafa after masdar');
  if (picked()) return;
  pick(
    after.find((a) => ok(a) && dAfter(a) <= 1 && clean(a) && /^ل/.test(tokens[a.first].norm) && !owner(a)),
    'lam after masdar',
  );
  pick(after.find(marked), 'agent after من قبل');
  if (picked()) return;
  pick(agentPhrase(text, tokens, trigger, clauseEnd), 'agent phrase after من قبل');
  if (picked()) return;
  // Doers named away from the idafa slot (arabic-agent-cues.ts): "غارات شنتها X", "اشتباكات بين X وY", "تمكنت X من".
  const free = reachableNames(actors, trigger).filter((a) => eligible(a) && !isAddressee(tokens, a));
  pick(relativeAgent(text, tokens, trigger, free, clauseEnd), 'subject of the relative verb');
  if (picked()) return;
  pick(ascribedTo(text, tokens, trigger, free, clauseFirst, clauseEnd), 'group the act is ascribed to');
  if (picked()) return;
  pick(arabicClashSide(text, tokens, trigger, free, clauseEnd), 'first side of clash');
  if (picked()) return;
  pick(talkSide(text, tokens, trigger, free, clauseEnd), 'first party of the talks');
  if (picked()) return;
  pick(auxiliarySubject(text, tokens, trigger, free, clauseFirst), 'subject of the auxiliary');
  if (picked()) return;
  // "ندّد X بالهجوم": the names before a masdar that a non-doing verb governs through ب did not do it.
  // "تمكنت قوات الأمن من إحباط محاولة هجوم", "أعربت البعثة عن قلقها إزاء تجدد الاشتباكات": nor did those who
  // foiled it or spoke about it.
  const aside =
    masdarAfterBa(tokens, trigger) ||
    foiled(tokens, trigger) ||
    spokenAbout(tokens, trigger) ||
    periphrasticPassive(tokens, trigger, clauseFirst) ||
    condemnedMasdar(tokens, trigger, clauseFirst) ||
    causeOfClause(tokens, trigger) ||
    ascribedByVerbBefore(tokens, trigger, clauseFirst);
  const subjects = physical && aside ? [] : before;
  pick(
    before.find((a) => selfReport(a) && dBefore(a) <= 6),
    'subject reporting its own act',
  );
  if (picked()) return;
  // 'المتحدث باسم حاكم الإقليم "فجر انتحاري المتفجرات"': a quotation opening between the name and the masdar starts
  // the speaker's words; the name before it is no subject of the light verb inside them.
  const quoteBetween = (a: Span<ActorLike>) => OPENS_QUOTE.test(text.slice(a.stop, tokens[trigger.first].start));
  // "أصابت مستودعا تابعا للمتمردين مما أدى إلى انفجارات": the owner of the thing hit is not the light verb's subject.
  pick(
    subjects.find(
      (a) => subj(a) && dBefore(a) <= 3 && clean(a) && !(physical && targetOwner(tokens, a)) && !quoteBetween(a),
    ),
    'subject of light verb before masdar',
  );
  if (picked()) return;
  if (!physical)
    pick(lightVerbSubject(tokens, trigger, before, clauseFirst, subj), 'subject of light verb before masdar');
  if (!physical) pick(lightVerbText(text, tokens, trigger, clauseFirst), 'text subject of light verb');
  if (picked()) return;
  // A name a verb of attack or a target noun takes before the masdar was hit, not the hitter (arabic-hostile-object.ts).
  const nearest = subjects.find((a) => loose(a) && dBefore(a) <= 10 && !(physical && hostileObject(tokens, a)));
  if (physical && nearest)
    pick(subjectBeforeFight(tokens, trigger, subjects, clauseFirst, subj), 'nearest armed subject before the fight');
  pick(nearest, 'nearest preceding in clause');
  if (picked()) return;
  // "تمكنت المقاومة من التقدم ... بعد اشتباكات عنيفة مع الحوثيين": the clause's opening subject fought the side after مع.
  const partner = clashPartner(text, tokens, trigger, free, clauseEnd);
  const opening = before.at(-1);
  if (partner && opening && subj(opening) && opening.first - clauseFirst <= 4 && opening.value.id !== partner.value.id)
    pick(opening, 'subject of the clause that fought');
  pick(partner, 'side the victims fought');
}
