// English triggers of verbal and cooperative events: REQUEST … SANCTION.
import { triggers } from '../trigger.types';
import {
  EN_ACCUSE_WIRE,
  EN_AGREE_WIRE,
  EN_AID_WIRE,
  EN_CONCEDE_WIRE,
  EN_CONSULT_WIRE,
  EN_REJECT_WIRE,
  EN_REQUEST_WIRE,
  EN_SANCTION_WIRE,
  EN_THREATEN_WIRE,
} from './wire-verbal.patterns';
import { EN_CONCEDE_EASING } from './easing.patterns';
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
    'denied|denies|denying|refuted|dismissed ~ claims|dismissed ~ allegations|dismissed ~ reports|dismissed ~ accusations|dismissed ~ as|dismissed ~ criticism|dismissed ~ criticisms|brushed off|null and void',
  ],
  [
    'refuse',
    'verb',
    0.8,
    'rejected|rejects|rejecting|refused|refuses|refusing|turned down|ruled out|rules out|brushed aside',
  ],
  ['refuse', 'noun', 0.65, 'rejection|refusal|denial'],
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
const EN_AGREE_BASE = triggers('AGREE', [
  [
    'agree',
    'verb',
    0.8,
    'agreed|agrees|agreed to|agreeing to|reached ~ agreement|reached ~ deal|struck ~ deal|clinched|sealed ~ deal|inked',
  ],
  ['sign', 'verb', 0.85, 'signed|signs|signing', { notBefore: ['up', 'off'] }],
  ['sign', 'noun', 0.75, 'memorandum of understanding|memoranda of understanding|accord|peace deal'],
]);
const EN_CONSULT_BASE = triggers('CONSULT', [
  [
    'meet',
    'verb',
    0.8,
    'met|meets|meeting with|met with|held talks|hold talks|held ~ talks|holding ~ talks|held ~ round of ~ talks|discussed|hosted|conferred',
    { notBefore: ['by'] },
  ],
  // Receiving a visitor; "received aid / a call / treatment" is something else.
  [
    'meet',
    'verb',
    0.75,
    'received|receives',
    {
      notBefore: [
        'treatment',
        'aid',
        'support',
        'reports',
        'threats',
        'a',
        'an',
        'no',
        'funding',
        'medical',
        'death',
        'calls',
        'letters',
        'information',
        'injuries',
        'approval',
        'word',
        'by',
        'it',
        'them',
        'more',
        'some',
        'about',
        'from',
        'news',
        'orders',
        'training',
        'assistance',
        'money',
        'care',
        'help',
        'millions',
        'billions',
        'shipments',
        'delivery',
        'deliveries',
        'weapons',
      ],
    },
  ],
  ['meet', 'noun', 0.75, 'talks|meeting|summit|negotiations|consultations'],
  ['visit', 'verb', 0.75, 'visited|visits'],
  // "arrived in a lorry" names a vehicle, not a place visited.
  ['visit', 'verb', 0.75, 'arrived in', { notBefore: ['a', 'an'] }],
  ['visit', 'noun', 0.75, 'visit|visit to|state visit'],
  [
    'phone',
    'noun',
    0.85,
    'phone call|telephone call|phone conversation|spoke by phone|spoke by telephone|spoke with|speaks with',
  ],
  ['phone', 'verb', 0.85, 'telephoned|phoned|held ~ phone call'],
]);
export const EN_SUPPORT = triggers('SUPPORT', [
  [
    'praise',
    'verb',
    0.8,
    'welcomed|welcomes|praised|praises|hailed|lauded|commended|endorsed|endorses|backed|congratulated|thanked|applauded',
    // "attempts are being backed from across the border": a progressive passive names no praiser, and "backed" there
    // is material support.
    { notBefore: ['by'], notAfter: ['being'] },
  ],
  // The passive names its praiser after "by": "the pardon was welcomed by opposition groups" (bare "backed by" is no
  // praise: "Iran-backed", "forces backed by Russia", hence the notBefore above).
  [
    'praise',
    'verb',
    0.8,
    'was welcomed by|were welcomed by|was praised by|were praised by|was hailed by|were hailed by|was applauded by|was commended by',
  ],
  // Thanks in so many words, the way "thanked" is: "expressed Kenya's appreciation to the Government of Ethiopia".
  [
    'praise',
    'verb',
    0.75,
    'expressed ~ appreciation|expresses ~ appreciation|expressed ~ gratitude|expresses ~ gratitude|conveyed ~ gratitude|conveyed ~ appreciation',
  ],
  ['recognize', 'verb', 0.8, 'recognised ~ state|recognized ~ state|formally recognised|formally recognized'],
  ['solidarity', 'noun', 0.7, 'solidarity with|support for'],
  [
    'solidarity',
    'verb',
    0.7,
    'expressed support|expressed solidarity|voiced support|reaffirmed support|expressed ~ support',
  ],
]);
const EN_CONCEDE_BASE = triggers('CONCEDE', [
  ['apologize', 'verb', 0.85, 'apologized|apologised|apologizes'],
  ['apologize', 'noun', 0.75, 'apology'],
  [
    'concede',
    'verb',
    0.7,
    'withdraw ~ draft law|withdrew ~ draft law|withdraw ~ bill|withdrew ~ bill|scrapped ~ law|scrapped ~ bill|shelved ~ bill|conceded|eased ~ restrictions|lifted ~ restrictions|lifted ~ ban|lifted ~ sanctions|lifted ~ siege|lifted ~ curfew|eased ~ sanctions|pardoned|compensated|reopened|reopens|ordered compensation|granted amnesty|agreed to reopen|agreed to open|agreed to lift|agreed to ease|admitted responsibility|admitted ~ mistake',
  ],
  ['concede', 'noun', 0.65, 'concession|concessions|pardon|compensation|reopening of'],
  // "Amnesty International condemned ...": the rights group's name grants no amnesty.
  ['concede', 'noun', 0.65, 'amnesty', { notBefore: ['international'] }],
]);
export const EN_COOPERATE = triggers('COOPERATE', [
  ['cooperate', 'noun', 0.55, 'cooperation|co-operation|coordination|intelligence sharing'],
  // A joint operation is specific: two forces acting together is cooperation in the act itself.
  [
    'joint',
    'noun',
    0.8,
    'joint operation|joint operations|joint patrols|joint military operation|joint offensive|joint raid',
  ],
  [
    'cooperate',
    'verb',
    0.6,
    'cooperated|cooperate|coordinated|coordinating|helped coordinate|shared intelligence|share intelligence|exchanged intelligence|exchange intelligence',
    { notBefore: ['by', 'through'] },
  ],
  ['extradite', 'verb', 0.8, 'extradited|extradition|handed over ~ suspect|handed over ~ suspects'],
]);
const EN_AID_BASE = triggers('AID', [
  [
    'humanitarian',
    'noun',
    0.85,
    'aid|humanitarian aid|relief|aid convoy|relief supplies|food aid|donation|donations|relief convoy|humanitarian convoy|aid trucks|aid shipment|aid flight',
  ],
  // A bare convoy may be military or the target of an attack ("attacked a convoy of tankers").
  [
    'humanitarian',
    'noun',
    0.75,
    'convoy of ~ trucks|convoy ~ carrying|convoys ~ carrying|trucks of ~ aid|trucks carrying',
  ],
  [
    'economic',
    'noun',
    0.7,
    'loan|financial aid|financial assistance|economic aid|grant|grants|billion deposit|million deposit|food baskets|food distributions|aid distributions',
  ],
  [
    'humanitarian',
    'verb',
    0.75,
    'resumed ~ distributions|resumed ~ food|donated|delivered ~ aid|sent ~ aid|airdropped|provided ~ aid|delivered ~ supplies|sent ~ trucks|shipped ~ aid|allocated ~ million|announced ~ aid|announced ~ grant|delivered ~ food|distributed ~ food|distributed ~ aid|delivered ~ medicine|delivered ~ medical',
  ],
  // Relief handed out, named by what was handed out rather than by "aid" or "food": "distributed hot meals to 3,000
  // displaced people", "soldiers distributed tents, blankets and food", "delivered 3,000 shelter kits", "delivered
  // water-trucking and hygiene kits", "distributed food rations".
  [
    'humanitarian',
    'verb',
    0.75,
    'distributed ~ meals|distributes ~ meals|distributed ~ kits|distributes ~ kits|delivered ~ kits|delivers ~ kits|distributed ~ tents|distributed ~ blankets|distributed ~ rations|delivered ~ rations|distributed ~ parcels|delivered ~ parcels|distributed ~ water|delivered ~ water|distributed ~ cash|distributed ~ shelter|delivered ~ shelter',
  ],
  ['military', 'noun', 0.75, 'arms deal|military aid|weapons shipment|arms supplies'],
  [
    'military',
    'verb',
    0.75,
    'delivered ~ weapons|delivered ~ ammunition|delivered ~ arms|flew ~ weapons|supplied ~ weapons|shipped ~ weapons',
  ],
]);
const EN_SANCTION_BASE = triggers('SANCTION', [
  ['sanction', 'noun', 0.9, 'sanctions|embargo'],
  ['sanction', 'verb', 0.85, 'imposed ~ sanctions|sanctioned|slapped ~ sanctions|blacklisted'],
  ['freeze', 'verb', 0.8, 'froze|frozen|freezes'],
  [
    'suspend',
    'verb',
    0.85,
    'suspended funding|suspending funding|suspends funding|cut funding|halted funding|froze funding|suspended ~ aid|halted ~ aid|cut off aid|suspended ~ cooperation|suspended ~ partnership|suspends ~ partnership|suspended ~ trade|suspends ~ trade|suspended all trade|halted ~ trade',
  ],
  [
    'expel',
    'verb',
    0.85,
    'expelled ~ ambassador|expelled ~ diplomats|expelled ~ diplomat|ordered ~ ambassador|ordered ~ diplomats|ordered ~ diplomat|recalled ~ ambassador|ordered ~ ambassador ~ to leave|declared ~ persona non grata|closed ~ embassy',
  ],
  [
    'break',
    'verb',
    0.9,
    'suspended ~ talks|suspending ~ talks|suspended ~ contacts|suspending ~ contacts|broke off talks|cut ties|severed ties|broke off relations|severed diplomatic relations|suspended membership|suspended aid',
  ],
]);

// Each type's base list joined by its wire wordings (wire-verbal.patterns.ts).
export const EN_REQUEST = [...EN_REQUEST_BASE, ...EN_REQUEST_WIRE];
export const EN_AGREE = [...EN_AGREE_BASE, ...EN_AGREE_WIRE];
export const EN_ACCUSE = [...EN_ACCUSE_BASE, ...EN_ACCUSE_WIRE];
export const EN_REJECT = [...EN_REJECT_BASE, ...EN_REJECT_WIRE, ...EN_REJECT_VERDICT];
export const EN_THREATEN = [...EN_THREATEN_BASE, ...EN_THREATEN_WIRE];
export const EN_CONCEDE = [...EN_CONCEDE_BASE, ...EN_CONCEDE_WIRE, ...EN_CONCEDE_EASING];
export const EN_CONSULT = [...EN_CONSULT_BASE, ...EN_CONSULT_WIRE];
export const EN_AID = [...EN_AID_BASE, ...EN_AID_WIRE];
export const EN_SANCTION = [...EN_SANCTION_BASE, ...EN_SANCTION_WIRE];
