// Chooses who did it. Arabic news mixes VSO ("اقتحمت قوات درع الفرات") and SVO ("طهران دفعت"); a masdar takes
// its actor in an idafa right after it ("قصف ميليشيات النظام"); English puts the subject first and the agent of a
// passive after "by". Civilians and the media are never the actor of a material event.
import type { Token } from '../text/tokenize';
import type { TriggerMatch } from '../patterns/match-triggers';
import type { ActorLike, Span } from './assemble.types';

const MATERIAL = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT', 'AID', 'SANCTION']);
const AGENT_MARKERS = new Set(['قبل', 'يد', 'بواسطة', 'by']);
const BREAK = /[.؟?!؛;:]/;

export interface ActorChoice {
  actor: Span<ActorLike> | null;
  target: Span<ActorLike> | null;
  rule: string | null;
}

function eligible(a: Span<ActorLike>, type: string): boolean {
  if (MATERIAL.has(type) && (a.value.kind === 'civilians' || a.value.kind === 'media')) return false;
  return true;
}

function gapText(text: string, from: number, to: number): string {
  return from < to ? text.slice(from, to) : '';
}

/** Picks actor and target for a trigger among actor spans of its clause [clauseFirst, clauseEnd). */
export function chooseActor(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseFirst: number,
  clauseEnd: number,
  arabic: boolean,
): ActorChoice {
  const type = trigger.spec.type;
  // A gapped phrase (دفع الجيش بتعزيزات, فرضت السعودية عقوبات) holds its subject inside the gap: only the head word counts.
  if (trigger.spec.words.includes('~'))
    trigger = { ...trigger, end: trigger.first + 1, stop: tokens[trigger.first].end };
  const inClause = actors.filter(
    (a) => a.first >= clauseFirst && a.end <= clauseEnd && (a.end <= trigger.first || a.first >= trigger.end),
  );
  const before = inClause.filter((a) => a.end <= trigger.first).reverse();
  const after = inClause.filter((a) => a.first >= trigger.end);
  const ok = (a: Span<ActorLike>) => eligible(a, type);
  const dBefore = (a: Span<ActorLike>) => trigger.first - a.end;
  const dAfter = (a: Span<ActorLike>) => a.first - trigger.end;
  const clean = (a: Span<ActorLike>) =>
    !BREAK.test(a.end <= trigger.first ? gapText(text, a.stop, trigger.start) : gapText(text, trigger.stop, a.start));
  const english = !arabic;
  let actor: Span<ActorLike> | null = null;
  let rule: string | null = null;
  const pick = (a: Span<ActorLike> | undefined, r: string) => {
    if (!actor && a) {
      actor = a;
      rule = r;
    }
  };
  const voice = trigger.spec.voice;
  const englishPassive =
    english && ['was', 'were', 'been', 'being', 'is', 'are', 'be'].includes(tokens[trigger.first - 1]?.norm ?? '');
  if (voice === 'passive' || englishPassive) {
    pick(
      after.find((a) => ok(a) && dAfter(a) <= 6 && AGENT_MARKERS.has(tokens[a.first - 1]?.norm ?? '')),
      'agent after by/من قبل',
    );
  } else if (english) {
    pick(
      before.find((a) => ok(a) && dBefore(a) <= 3 && clean(a)),
      'subject before verb',
    );
    pick(
      after.find((a) => ok(a) && dAfter(a) <= 4 && tokens[a.first - 1]?.norm === 'by'),
      'agent after by',
    );
    pick(
      before.find((a) => ok(a) && dBefore(a) <= 12),
      'nearest preceding in clause',
    );
    if (voice === 'noun')
      pick(
        after.find((a) => ok(a) && dAfter(a) <= 2 && tokens[a.first - 1]?.norm === 'of' && type !== 'ASSAULT'),
        'of-phrase',
      );
  } else if (voice === 'noun') {
    pick(
      after.find((a) => ok(a) && dAfter(a) <= 1 && clean(a)),
      'idafa after masdar',
    );
    pick(
      after.find((a) => ok(a) && dAfter(a) <= 6 && AGENT_MARKERS.has(tokens[a.first - 1]?.norm ?? '')),
      'agent after من قبل',
    );
    pick(
      before.find((a) => ok(a) && dBefore(a) <= 3 && clean(a)),
      'subject of light verb before masdar',
    );
    pick(
      before.find((a) => ok(a) && dBefore(a) <= 10),
      'nearest preceding in clause',
    );
  } else {
    pick(
      before.find((a) => ok(a) && dBefore(a) <= 2 && clean(a)),
      'subject before verb (SVO)',
    );
    pick(
      after.find((a) => ok(a) && dAfter(a) <= 4 && clean(a)),
      'subject after verb (VSO)',
    );
    pick(
      before.find((a) => ok(a) && dBefore(a) <= 12),
      'nearest preceding in clause',
    );
    pick(
      after.find((a) => ok(a) && dAfter(a) <= 8),
      'nearest following in clause',
    );
  }
  let chosen = actor as Span<ActorLike> | null;
  // Coordinated subjects ("Saudi Arabia and Egypt signed", "السعودية ومصر"): the first conjunct leads.
  while (chosen && chosen.end <= trigger.first) {
    const lead = before.find(
      (a) =>
        a.end <= chosen!.first &&
        chosen!.first - a.end <= 1 &&
        (tokens[a.end]?.norm === 'and' || tokens[chosen!.first].norm.startsWith('و')),
    );
    if (!lead) break;
    chosen = lead;
  }
  const target =
    after.find((a) => a !== chosen && (!chosen || a.value.id !== chosen.value.id) && dAfter(a) <= 10) ??
    (englishPassive ? before.find((a) => dBefore(a) <= 4) : undefined) ??
    null;
  return { actor: chosen, target, rule };
}
