// English sense rules (see ../trigger-senses.ts): trigger words whose event reading needs fitting neighbours.
import type { SenseRule } from '../trigger-senses';
import { ARMED, CROWDS } from './crowd-words';
import { SUMMONS } from './wire-verbal.patterns';
import { DRILL_PHRASES } from './force-moves.patterns';
import { YIELD_PHRASES } from './give-and-yield.patterns';
import { ARRIVING_FORCES } from './wire-material.patterns';

/** Goods and vehicles: as a subject they travel, they do not visit. */
/** Passive receptions (talks-and-penalties.patterns.ts) and the things, not visitors, that may be received. */
const RECEIVED_BY = [
  'was received by',
  'were received by',
  'was also received by',
  'were also received by',
  'was later received by',
];
const RECEIVED_THINGS = [
  'proposal',
  'proposals',
  'letter',
  'letters',
  'message',
  'messages',
  'request',
  'requests',
  'offer',
  'plan',
  'response',
  'reply',
  'document',
  'documents',
  'application',
  'applications',
  'bid',
  'draft',
  'news',
  'decision',
  'report',
  'petition',
  'complaint',
  'aid',
  'donation',
  'donations',
  'shipment',
  'supplies',
];
const CARGO = [
  'convoy',
  'convoys',
  'truck',
  'trucks',
  'lorry',
  'lorries',
  'shipment',
  'shipments',
  'cargo',
  'consignment',
  'aid',
  'supplies',
  'vessel',
  'ship',
];

/** Bodies of armed men: as a subject they deploy, they do not visit. */
const FORCES = ['troops', 'soldiers', 'personnel', 'reinforcements', 'police', 'officers', ...ARRIVING_FORCES];

/** Armed men on a raid: as a subject they strike, they do not visit. */
const ASSAILANTS = ['attackers', 'gunmen', 'assailants', 'militants', 'raiders', 'hitmen', 'kidnappers'];

/** Nature blocks roads too: "landslides had blocked roads" is neither a blockade nor a protest. */
const HAZARDS = [
  'landslide',
  'landslides',
  'mudslide',
  'mudslides',
  'flood',
  'floods',
  'floodwaters',
  'snow',
  'snowfall',
  'debris',
  'rubble',
  'rockfall',
  'avalanche',
  'avalanches',
  'storm',
  'rains',
  'trees',
];

/** Buildings one walks out of, free or released: leaving them is no walkout. */
const PLACES_LEFT = [
  'prison',
  'jail',
  'detention',
  'centre',
  'center',
  'custody',
  'hospital',
  'building',
  'house',
  'home',
  'gate',
  'gates',
  'camp',
  'facility',
  'cell',
  'courthouse',
  'court',
];

/** Road blocks as written in the pattern files: a blockade (COERCE) or, by a crowd, a street protest. */
const ROAD_BLOCKS = ['blocked ~ roads', 'blocked ~ road', 'blocked ~ highway'];
const ROAD_BLOCKING = ['blocking ~ roads', 'blocking ~ road', 'blocking ~ highway'];
export const EN_SENSES: SenseRule[] = [
  // "Washington stands with its ally" is solidarity; "he stood with the president at the podium" is a picture.
  {
    type: 'SUPPORT',
    phrases: ['stood with', 'stands with', 'stand with', 'standing with'],
    objectNot: ['podium', 'stage', 'platform', 'lectern', 'microphone', 'crowd', 'onlookers', 'photographers'],
    window: 6,
  },
  // "asked about plans to", "asked whether it intended to", "asked not to be named": a question, not a request.
  {
    type: 'REQUEST',
    phrases: ['asked ~~ to', 'asks ~~ to', 'asked ~ to', 'asks ~ to', 'asking ~ to'],
    gapNot: ['about', 'whether', 'if', 'why', 'how', 'what', 'when', 'not', 'question', 'questions'],
  },
  // "dismissed the warning as blackmail" rejects a claim; "dismissed the army chief as part of a purge" fires a person.
  {
    type: 'REJECT',
    phrases: ['dismissed ~~ as', 'dismisses ~~ as'],
    gapNot: [
      'chief',
      'chiefs',
      'commander',
      'commanders',
      'minister',
      'ministers',
      'governor',
      'director',
      'head',
      'officer',
      'officers',
      'general',
      'generals',
      'judge',
      'judges',
      'staff',
      'employees',
      'workers',
      'ambassador',
      'coach',
      'manager',
    ],
  },
  // "a convoy of 22 trucks organised by WFP … arrived in Tawila" is a delivery; a leader arriving is a visit.
  // Forces arriving are a deployment (wire-material.patterns.ts): "Africa Corps personnel … arrived in Sikasso".
  // Attackers arriving ("the attackers arrived in two pickup trucks") tell how a raid began, not a visit.
  { type: 'CONSULT', phrases: ['arrived in'], subjectNot: [...CARGO, ...FORCES, ...ASSAILANTS], window: 8 },
  // A visitor received by a host is a meeting; a text or an offer "was received by Hamas" is not.
  {
    type: 'CONSULT',
    phrases: RECEIVED_BY,
    subjectNot: [...CARGO, ...RECEIVED_THINGS],
  },
  // Deploying clinics, medics or relief is humanitarian work, not a show of force.
  {
    type: 'MOBILIZE',
    phrases: ['deployed', 'deploying', 'deploys', 'deploy', 'dispatched', 'dispatches', 'dispatching'],
    objectNot: [
      'clinic',
      'clinics',
      'medical',
      'medics',
      'doctors',
      'nurses',
      'health',
      'vaccines',
      'vaccinators',
      'relief',
      'aid',
      'ambulances',
      'rescuers',
      'paramedics',
      'firefighters',
      'tents',
    ],
  },
  // Rescue and medical teams landing are relief, not a deployment: "a military emergency unit of 56 personnel and
  // four sniffer dogs landed in Marrakech".
  {
    type: 'MOBILIZE',
    phrases: ['personnel ~~ arrived', 'personnel ~~ landed'],
    subjectNot: ['emergency', 'rescue', 'medical', 'health', 'relief', 'humanitarian', 'aid', 'civil', 'search'],
    window: 5,
  },
  // "reinforced concrete", "reinforced the impression": a material or an idea, not forces.
  {
    type: 'MOBILIZE',
    phrases: ['reinforced'],
    objectNot: [
      'concrete',
      'steel',
      'glass',
      'doors',
      'view',
      'impression',
      'message',
      'perception',
      'belief',
      'notion',
    ],
    window: 2,
  },
  // "officials scrambled to contain the fire" hurry; "scrambled jets" is the event.
  { type: 'MOBILIZE', phrases: ['scrambled'], objectNot: ['to', 'for'], window: 1 },
  // A build-up of pressure, debris or debt, or the deployment of software or funds, moves no forces.
  {
    type: 'MOBILIZE',
    phrases: ['build-up', 'buildup', 'deployment', 'deployments'],
    objectNot: [
      'pressure',
      'debris',
      'fluid',
      'gas',
      'debt',
      'ice',
      'snow',
      'software',
      'funds',
      'capital',
      'technology',
    ],
    window: 3,
  },
  // "held talks on the drills", "held a meeting about exercises": the drills are a topic of the talks, not held.
  {
    type: 'MOBILIZE',
    phrases: DRILL_PHRASES,
    gapNot: ['talks', 'meeting', 'meetings', 'discussions', 'consultations', 'on', 'about', 'against', 'over', 'to'],
  },
  // Rescue and medical teams on standby are relief, not forces made ready.
  {
    type: 'MOBILIZE',
    phrases: ['put ~ on ~ standby', 'puts ~ on ~ standby', 'placed ~ on ~ standby', 'places ~ on ~ standby'],
    gapNot: [
      'rescue',
      'medical',
      'health',
      'hospitals',
      'hospital',
      'ambulances',
      'emergency',
      'relief',
      'firefighters',
    ],
  },
  // "agreed to meet the protesters to discuss their demands", "accepted an invitation to talks on the demands": the
  // demands are a topic, not met.
  {
    type: 'CONCEDE',
    phrases: YIELD_PHRASES,
    gapNot: ['to', 'discuss', 'with', 'about', 'over', 'on', 'hear', 'review', 'consider', 'study', 'invitation'],
  },
  // "temperatures froze overnight", "migrants froze to death": the weather, not assets frozen.
  {
    type: 'SANCTION',
    phrases: ['froze', 'frozen', 'freezes'],
    subjectNot: [
      'temperatures',
      'temperature',
      'water',
      'lake',
      'lakes',
      'river',
      'rivers',
      'pipes',
      'ground',
      'roads',
    ],
    objectNot: ['overnight', 'solid', 'death'],
    window: 3,
  },
  // "charged at the police line" ran at someone; "charged with murder" is the accusation.
  { type: 'ACCUSE', phrases: ['charged'], objectNot: ['at', 'towards', 'toward', 'into'], window: 1 },
  // "the appeals court", "an appeal hearing": a court stage, not a call on anyone.
  { type: 'REQUEST', phrases: ['appeal'], objectNot: ['court', 'courts', 'judge', 'judges', 'hearing'], window: 1 },
  // "angry protesters blocked main roads with burning tyres" is a street protest; a blockade is imposed by those
  // who hold force ("jihadists have blocked the main roads linking Kayes to the capital").
  { type: 'COERCE', phrases: ROAD_BLOCKS, subjectNot: [...CROWDS, ...HAZARDS], window: 8 },
  { type: 'PROTEST', phrases: [...ROAD_BLOCKS, ...ROAD_BLOCKING], subjectNot: [...ARMED, ...HAZARDS], window: 8 },
  // "The detainees walked out of the El Helicoide detention centre" left it; "ministers walked out of the session"
  // and "nurses walked out on Tuesday" protest.
  { type: 'PROTEST', phrases: ['walked out'], objectNot: PLACES_LEFT, window: 6 },
  // "summoned Iran's charge d'affaires in Baghdad to protest against the shelling": the summons carries a protest,
  // read as ACCUSE (wire-verbal.patterns.ts), not as a consultation.
  { type: 'CONSULT', phrases: SUMMONS, farNot: ['protest'], farWindow: 14 },
];
