// English triggers of verbal events: REQUEST, ACCUSE, REJECT, THREATEN (cooperative ones: cooperative.patterns.ts).
import { triggers } from '../trigger.types';
import { EN_ACCUSE_WIRE, EN_REJECT_WIRE, EN_REQUEST_WIRE, EN_THREATEN_WIRE } from './wire-verbal.patterns';
import { EN_REJECT_VERDICT } from './wire-stance.patterns';

const EN_REQUEST_BASE = triggers('REQUEST', [
  // Bare "demand" is left out: far more often the noun ("oil demand", "a Hamas demand for").
  ['demand', 'verb', 0.85, 'demanded|demanding'],
  // "pushed for" is left out: it mostly reports a standing position in talks ("Russia had pushed for a modest
  // increase"), not a request made.
  [
    'call',
    'verb',
    0.8,
    'called for|calls for|calling for|called on|calls on|urged|urges|urging|appealed|appeals for|appealed for|asked for|requested|pleaded|pressed for|pressed ~ to|insisted on',
  ],
  // "did not respond to a request for comment" is newsroom boilerplate, not a demand.
  ['call', 'noun', 0.6, 'appeal|request for|call for', { notBefore: ['comment', 'comments'] }],
]);
const EN_ACCUSE_BASE = triggers('ACCUSE', [
  [
    'accuse',
    'verb',
    0.85,
    // Bare "alleged" is mostly the adjective ("alleged cartel members"): only "alleged that" is an accusation.
    'accused|accuses|accusing|blamed|blames|blaming|charged|alleged that|held ~ responsible|holds ~ responsible',
    // "detained 22 people accused of vandalising": a reduced passive names the accused, not an accuser.
    { notBefore: ['of'] },
  ],
  ['accuse', 'noun', 0.7, 'accusation|accusations|allegations'],
  ['condemn', 'verb', 0.85, 'condemned|condemns|condemning|denounced|denounces|deplored|slammed|decried|lashed out at'],
  ['condemn', 'noun', 0.75, 'condemnation'],
  // "called the operation a dangerous escalation", "said it was appalled by": condemnation without the verb.
  [
    'condemn',
    'verb',
    0.7,
    'called ~ a ~ escalation|called ~ an ~ escalation|called ~ a ~ violation|called ~ a ~ massacre|called ~ a ~ provocation|called ~ an act of aggression|appalled by|outraged by',
  ],
  [
    'interfere',
    'noun',
    0.6,
    'interference in ~ internal affairs|meddling in ~ internal affairs|interfering in ~ internal affairs',
  ],
  ['criticize', 'verb', 0.7, 'criticized|criticised|criticizes|criticises'],
  ['investigate', 'noun', 0.65, 'investigation into|probe into|inquiry into'],
  // Opening one is an act with a subject ("ordered an investigation"), not a topic noun.
  [
    'investigate',
    'verb',
    0.75,
    'launched ~ investigation|opened ~ investigation|ordered ~ investigation|ordered ~ probe|opened ~ probe|launched ~ probe|ordered ~ inquiry',
  ],
]);
const EN_REJECT_BASE = triggers('REJECT', [
  [
    'deny',
    'verb',
    0.85,
    'denied|denies|denying|refuted|dismissed ~ claims|dismissed ~ allegations|dismissed ~ reports|dismissed ~ accusations|dismissed ~~ as|dismissed ~ criticism|dismissed ~ criticisms|brushed off|null and void',
  ],
  [
    'refuse',
    'verb',
    0.8,
    'rejected|rejects|rejecting|refused|refuses|refusing|turned down|ruled out|rules out|brushed aside',
  ],
  ['refuse', 'noun', 0.65, 'rejection|refusal|denial'],
  // Opposition stated with an adverb or an object that is a decision: "Beijing firmly opposed the U.S. arms sale".
  [
    'refuse',
    'verb',
    0.75,
    'firmly opposed|firmly opposes|strongly opposed|strongly opposes|resolutely opposed|resolutely opposes|vehemently opposed|opposed ~ sale|opposes ~ sale|opposed ~ decision|opposes ~ decision|opposed ~ plan|opposes ~ plan|opposed ~ proposal|opposes ~ proposal|opposed ~ deployment|opposes ~ deployment',
  ],
  // Hidden denials: "the STC said its forces did not attack government troops", "said it was not involved".
  [
    'deny',
    'verb',
    0.75,
    'did not attack|had not attacked|did not target|had not targeted|did not carry out|had not carried out|did not open fire|had not opened fire|did not fire|did not shell|did not bomb|did not strike|was not behind|were not behind|was not involved|were not involved|had no involvement|had no role|played no role|played no part|had nothing to do with',
  ],
  ['veto', 'verb', 0.9, 'vetoed|veto'],
]);
const EN_THREATEN_BASE = triggers('THREATEN', [
  [
    'threaten',
    'verb',
    0.85,
    'threatened|threatens|threatening|vowed to|vows to|vowed revenge|vowed retaliation|vowed ~ response|gave ~ ultimatum|would respond|will respond|would retaliate|will retaliate|reserves the right to respond|reserves the right to|reserve the right to|reserved the right to|will not go unanswered|would not go unanswered|will not go unpunished|would not go unpunished|take necessary measures|take all necessary measures|considered an act of war|as an act of war|considered ~ act of war|take ~ necessary measures|leave ~ unanswered|act unanswered|do what is necessary|with full force|will step in|would step in',
  ],
  ['threaten', 'noun', 0.7, 'threat|threats|ultimatum'],
  ['warn', 'verb', 0.55, 'warned|warns|warning'],
]);

// Each type's base list joined by its wire wordings (wire-verbal.patterns.ts).
export const EN_REQUEST = [...EN_REQUEST_BASE, ...EN_REQUEST_WIRE];
export const EN_ACCUSE = [...EN_ACCUSE_BASE, ...EN_ACCUSE_WIRE];
export const EN_REJECT = [...EN_REJECT_BASE, ...EN_REJECT_WIRE, ...EN_REJECT_VERDICT];
export const EN_THREATEN = [...EN_THREATEN_BASE, ...EN_THREATEN_WIRE];
