// English active clauses (choose-actor.ts hands them over when the trigger is neither passive nor Arabic): the
// subject before the verb, an apposition's opening name, a self-report, an agent after "by", a plain text subject.
import type { ActorSlots } from './actor-slots';
import type { ActorLike, Span } from '../assemble.types';
import { firstSideOfClash } from './english-clash-side';
import { appositionSubject, coordinatedEnglishVerb, openingSubject } from './english-subject';
import { firstOfJoinedSubjects } from './english-joined-subjects';
import { accusedAttacker } from './english-owner';
import { reactionSource } from './english-reaction';
import { speakerOfOwnAct } from './self-report';
import { crowdSubject } from './english-crowd-subject';
import { speakerSpeakingOfSelf } from './english-reported-self';
import { firstPartyAfterBetween } from './english-between-parties';
import { officeRemit } from './english-office-holder';
import { placeObject, victimObject } from './english-object-roles';
import { participleAdjunctSubject, reportingSpeakerOfAdjunct } from './english-participle-adjunct';
import { subordinateSubject } from './english-subordinate-subject';

/** English active clauses: subjects before the verb, appositions, self-reports, agents after "by", plain text subjects. */
export function pickEnglishActiveActor(slots: ActorSlots): void {
  const {
    text,
    tokens,
    trigger,
    type,
    clauseFirst,
    inClause,
    before,
    after,
    following,
    ok,
    subj,
    loose,
    marked,
    selfReport,
    dBefore,
    dAfter,
    tight,
    raw,
    pick,
    voice,
    eligible,
  } = slots;
  pick(accusedAttacker(tokens, trigger, before), 'accused of the attack');
  pick(reactionSource(text, tokens, trigger, following), 'source of the reaction');
  pick(firstSideOfClash(tokens, trigger, after.filter(ok)), 'first side of clash');
  pick(firstPartyAfterBetween(text, tokens, trigger, type, after.filter(ok)), 'first party after between');
  if (voice === 'noun')
    pick(
      after.find((a) => marked(a) && dAfter(a) <= 2),
      'agent after by',
    );
  const apposed = appositionSubject(text, tokens, trigger, inClause, clauseFirst);
  if (apposed && ok(apposed)) pick(apposed, 'subject before apposition');
  const coordinated = coordinatedEnglishVerb(tokens, trigger);
  if (coordinated) {
    const opening = openingSubject(text, tokens, trigger, before, clauseFirst);
    if (opening && ok(opening)) pick(opening, 'subject of the first verb');
    const subordinate = subordinateSubject(text, tokens, trigger, before);
    if (subordinate && ok(subordinate)) pick(subordinate, 'subject opening the subordinate clause');
  }
  // "Garment workers from 30 factories walked out": the crowd before a protest verb (english-crowd-subject.ts).
  pick(crowdSubject(text, tokens, trigger, slots.actors), 'crowd before protest verb');
  // "Zourabichvili, a figure at odds with the government, said she would not step down" (english-reported-self.ts).
  pick(speakerSpeakingOfSelf(tokens, trigger, before, clauseFirst), 'speaker of said he/she');
  // "The U.N. special envoy for Yemen met …": Yemen is the envoy's remit; the envoy's body acts (english-office-holder.ts).
  const remit = officeRemit(text, tokens, trigger, before);
  if (remit?.body && eligible(remit.body)) pick(remit.body, 'body of office before remit');
  const outsideRemit = (a: Span<ActorLike> | null | undefined) => (remit && a && a.first > remit.office ? null : a);
  const nearest = outsideRemit(
    before.find((a) => subj(a) && dBefore(a) <= 3 && tight(a) && !coordinated && !victimObject(tokens, a)),
  );
  const head = nearest ?? before.find((a) => subj(a) && dBefore(a) <= 4 && !coordinated);
  const joined = head && firstOfJoinedSubjects(text, tokens, head, before, clauseFirst);
  if (joined && subj(joined)) pick(joined, 'first of joined subjects');
  pick(nearest, 'subject before verb');
  pick(
    before.find((a) => selfReport(a) && dBefore(a) <= 8),
    'subject reporting its own act',
  );
  const speaker = speakerOfOwnAct(text, tokens, trigger, before, clauseFirst);
  if (speaker && eligible(speaker)) pick(speaker, 'subject reporting its own act');
  pick(
    after.find((a) => marked(a) && dAfter(a) <= 4),
    'agent after by',
  );
  pick(outsideRemit(raw()), 'text subject');
  pick(
    before.find((a) => loose(a) && dBefore(a) <= 12 && !placeObject(tokens, a) && !victimObject(tokens, a)),
    'nearest preceding in clause',
  );
  // "X said it would keep the crossing open for three months, easing a restriction" (english-participle-adjunct.ts).
  const reporter = reportingSpeakerOfAdjunct(text, tokens, trigger, slots.actors);
  if (reporter && eligible(reporter)) pick(reporter, 'speaker the participle adds to');
  const adjunct = participleAdjunctSubject(text, tokens, trigger, before, clauseFirst);
  if (adjunct && ok(adjunct)) pick(adjunct, 'subject of the clause a participle adds to');
  if (voice === 'noun')
    pick(
      after.find((a) => ok(a) && dAfter(a) <= 2 && tokens[a.first - 1]?.norm === 'of' && type !== 'ASSAULT'),
      'of-phrase',
    );
}
