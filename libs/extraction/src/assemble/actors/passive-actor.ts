// Passive triggers of choose-actor.ts, Arabic and English: the agent after "by"/"من قبل", an agent phrase, the doer of
// the attack a killing happened in, the agent of an attack noun or a when-clause, the speaker of a passive act, and the
// forces moved by a passive MOBILIZE verb.
import type { ActorSlots } from './actor-slots';
import { isAddressee } from '../clause/actor-sources';
import { agentPhrase } from '../clause/raw-subject';
import { reachableNames, relativeAgent } from './arabic-agent-cues';
import { attackNounAgent } from './english-subject';
import { passiveSpeaker } from './english-passive-speaker';
import { whenClauseAgent } from './when-clause-agent';
import { movedForces } from './english-moved-forces';

/** A passive trigger's doer: agents after by/من قبل first, then the language's own cues (see the file comment). */
export function pickPassiveActor(slots: ActorSlots, arabic: boolean): void {
  const { text, tokens, trigger, type, physical, actors, clauseFirst, clauseEnd, before, after } = slots;
  const { eligible, ok, marked, dBefore, dAfter, pick } = slots;
  const english = !arabic;
  pick(after.find(marked), 'agent after by/من قبل');
  // A passive phrase that ends on "by" ("was received by caretaker Prime Minister Najib Mikati"): its agent is the
  // first name after it, titles and role words between.
  if (english && slots.voice === 'passive' && tokens[trigger.end - 1]?.norm === 'by')
    pick(
      after.find((a) => eligible(a) && dAfter(a) <= 4),
      'agent after a passive ending in by',
    );
  if (arabic) pick(agentPhrase(text, tokens, trigger, clauseEnd), 'agent phrase after من قبل');
  // "قتل شرطي في هجوم نفذه ملثمون": the doer of the attack the killing happened in.
  if (arabic && physical)
    pick(
      relativeAgent(
        text,
        tokens,
        trigger,
        reachableNames(actors, trigger).filter((a) => eligible(a) && !isAddressee(tokens, a)),
        clauseEnd,
      ),
      'subject of the relative verb',
    );
  if (english) pick(attackNounAgent(text, tokens, trigger, after.filter(ok), clauseEnd), 'agent of attack noun');
  // A material event (choose-actor.ts MATERIAL): physical, and not a protest.
  if (english && physical && type !== 'PROTEST')
    pick(
      whenClauseAgent(
        text,
        tokens,
        trigger,
        actors.filter((a) => a.first >= trigger.end && eligible(a)),
        clauseEnd,
      ),
      'subject of the when-clause',
    );
  if (english) pick(passiveSpeaker(text, tokens, trigger, before, clauseFirst), 'speaker of a passive act');
  // "Security forces were deployed in the city centre", "soldiers were sent to the border": forces moved are the
  // ones who mobilise, though the verb is passive.
  if (english && type === 'MOBILIZE') {
    pick(
      before.find((a) => ok(a) && dBefore(a) <= 3),
      'forces moved',
    );
    const forces = movedForces(text, tokens, trigger, clauseFirst);
    // "army and Border Guard Bangladesh (BGB) personnel were deployed", "20 companies of the Central Reserve Police
    // Force, roughly 2,000 personnel, had been deployed": the named force the noun belongs to.
    const named = forces && before.find((a) => ok(a) && a.end <= forces.first && forces.first - a.end <= 6);
    pick(named || forces, 'forces moved');
  }
}
