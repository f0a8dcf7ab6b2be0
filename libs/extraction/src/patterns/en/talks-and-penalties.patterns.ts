// English wordings of meetings and of penalties between states that the base and wire lists
// (cooperative.patterns.ts, wire-verbal.patterns.ts) miss: trips made for talks, visits begun or paid, meetings and
// summits held or convened, calls had, counterparts welcomed, talks resumed (CONSULT); terrorist designations, export
// control lists, tariffs imposed, visas revoked, entry banned, arms and loans halted (SANCTION). Each list is spread
// into the base export of its type.
import { triggers } from '../trigger.types';

const phrases = (verbs: string[], gap: string, objects: string[]) =>
  verbs.flatMap((v) => objects.map((o) => `${v} ${gap} ${o}`)).join('|');

/** Going somewhere for talks: "travelled to Moscow on Thursday for talks with his Russian counterpart". */
const TRAVEL = ['travelled to', 'traveled to', 'flew to', 'headed to', 'was in', 'were in', 'arrived in'];
const FOR_TALKS = ['for talks', 'for a meeting', 'for meetings', 'for consultations', 'for a summit'];
/** A visit told by what is done with it: "began a three-day visit", "paid an official visit". */
const VISITING = ['began', 'begins', 'started', 'starts', 'paid', 'pays', 'concluded', 'wrapped up', 'kicked off'];
/** A session held: "held an emergency meeting", "holds a summit with". */
const HOLDING = ['held', 'holds', 'holding', 'hosted', 'hosts'];
const SESSIONS = ['meeting', 'summit', 'emergency session', 'consultations', 'round of negotiations'];
/** Talks opened or taken up again: "negotiators resumed talks in Doha". */
const OPENING = [
  'resumed',
  'resumes',
  'opened',
  'began',
  'begins',
  'started',
  'launched',
  'kicked off',
  'concluded',
  'wrapped up',
];
const TALKS = ['talks', 'negotiations', 'consultations'];

export const EN_CONSULT_TALKS = triggers('CONSULT', [
  ['meet', 'verb', 0.8, phrases(TRAVEL, '~~', FOR_TALKS)],
  ['visit', 'verb', 0.75, phrases(VISITING, '~', ['visit'])],
  ['visit', 'noun', 0.75, 'official visit|working visit'],
  ['meet', 'verb', 0.8, phrases(HOLDING, '~', SESSIONS)],
  ['meet', 'verb', 0.8, phrases(OPENING, '~', TALKS)],
  [
    'meet',
    'verb',
    0.75,
    'convened|convenes|convening|sat down with|sits down with|sat down for ~ talks|gathered for ~ summit|gathered for talks|gathered in ~~ for ~ summit|gathered in ~~ for talks|met for talks',
  ],
  // Headline presents: "Macron hosts Zelensky in Paris" (not "the hosts", "co-hosts"), "the envoy is visiting Damascus".
  ['meet', 'verb', 0.8, 'hosts', { notAfter: ['the', 'its', 'their', 'co', 'and'], notBefore: ['of', 'a', 'an'] }],
  ['visit', 'verb', 0.75, 'is visiting|was visiting|are visiting|were visiting'],
  // Receiving a counterpart or a delegation is the meeting, not praise: "welcomed his Iranian counterpart in Muscat".
  [
    'meet',
    'verb',
    0.8,
    'welcomed ~ counterpart|welcomes ~ counterpart|welcomed ~ delegation|welcomes ~ delegation|received ~ counterpart|receives ~ counterpart',
  ],
  // The visitor told first and the host after "by": "Vieira was also received by Vice President Han Zheng", a meeting
  // the host held (the "by" agent is the actor, as in "was welcomed by"). Base "received" stops before "by".
  [
    'meet',
    'passive',
    0.75,
    'was received by|were received by|was also received by|were also received by|was later received by',
  ],
  [
    'phone',
    'verb',
    0.85,
    'talked by phone|talked by telephone|talked on the phone|talked over the phone|had ~ phone call|had ~ telephone call|had ~ phone conversation|had ~ telephone conversation|held ~ telephone call|held ~ video call|held ~ telephone conversation|held ~ phone conversation|called ~ counterpart|calls ~ counterpart',
  ],
]);

/** Stopping a flow of arms or money: "halted weapons shipments to Ukraine", "suspended lending to Mali". */
const HALTING = [
  'halted',
  'halts',
  'halting',
  'suspended',
  'suspends',
  'suspending',
  'paused',
  'pauses',
  'pausing',
  'stopped',
  'froze',
  'freezes',
];
const FLOWS = [
  'arms exports',
  'arms sales',
  'arms shipments',
  'arms deliveries',
  'weapons shipments',
  'weapons deliveries',
  'weapons exports',
  'military assistance',
  'export licences',
  'export licenses',
  'lending',
  'loans',
  'disbursements',
  'budget support',
  'development aid',
  'financial aid',
];
/** Lists that bar trade with those named: "put 15 US defence firms on its export control list". */
const LISTS = ['entity list', 'export control list', 'unreliable entity list'];

export const EN_SANCTION_PENALTIES = triggers('SANCTION', [
  [
    'sanction',
    'verb',
    0.85,
    'designated ~~ as ~ terrorist|designates ~~ as ~ terrorist|designating ~~ as ~ terrorist|designated ~~ terrorist organization|designated ~~ terrorist organisation|terrorist designation|terrorist designations',
  ],
  [
    'sanction',
    'verb',
    0.85,
    `${phrases(['added', 'adds'], '~~ to ~', LISTS)}|${phrases(['placed', 'places', 'put'], '~~ on ~', LISTS)}`,
  ],
  [
    'sanction',
    'verb',
    0.8,
    'imposed ~ export controls|imposes ~ export controls|imposed ~ export restrictions|imposes ~ export restrictions|imposed ~ export ban|imposes ~ export ban',
  ],
  [
    'sanction',
    'verb',
    0.8,
    'imposed ~~ tariff|imposed ~~ tariffs|imposes ~~ tariff|imposes ~~ tariffs|imposing ~~ tariffs|slapped ~~ tariffs|slaps ~~ tariffs|raised tariffs|raises tariffs|hiked tariffs|levied ~ tariffs',
  ],
  // Entry barred to named people: "revoked the visas of Palestinian officials", "banned entry to 21 British officials".
  [
    'sanction',
    'verb',
    0.8,
    'revoked ~~ visas|revokes ~~ visas|revoking ~~ visas|imposed ~ visa restrictions|imposes ~ visa restrictions|imposed ~ visa ban|imposed ~ travel ban|imposed ~ travel bans|imposes ~ travel ban|banned entry|bans entry|banning entry|entry ban on|entry bans on|visa bans on|visa ban on',
  ],
  ['suspend', 'verb', 0.85, phrases(HALTING, '~', FLOWS)],
  // Trade barred with a named place: "Britain bans imports from settlements".
  ['suspend', 'verb', 0.75, phrases(['banned', 'bans', 'banning'], '~', ['imports from'])],
]);
