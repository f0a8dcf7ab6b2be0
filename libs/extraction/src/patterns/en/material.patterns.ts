// English triggers of material events: ASSAULT, COERCE, RETREAT, MOBILIZE, PROTEST (inflections listed).
import { triggers } from '../trigger.types';
import { CROWD_BLOCKADES } from './crowd-words';
import {
  EN_ASSAULT_WIRE,
  EN_COERCE_WIRE,
  EN_MOBILIZE_WIRE,
  EN_PROTEST_WIRE,
  EN_RETREAT_WIRE,
} from './wire-material.patterns';
import { EN_RETREAT_CALLED_OFF } from './easing.patterns';
import { EN_MOBILIZE_MOVES, EN_RETREAT_MOVES } from './force-moves.patterns';

const EN_ASSAULT_BASE = triggers('ASSAULT', [
  [
    'aerial',
    'noun',
    0.95,
    'airstrike|airstrikes|air strike|air strikes|air raid|air raids|airstrike on|bombing raid|bombing raids|aerial bombardment|warplanes',
  ],
  ['drone', 'noun', 0.9, 'drone strike|drone strikes|drone attack|drone attacks'],
  [
    'heavy-weapons',
    'noun',
    0.9,
    'shelling|shells|mortar|mortars|mortar fire|rocket fire|rockets|rocket attack|artillery|artillery fire|barrel bombs|bombardment|missile strike|missile attack',
  ],
  ['heavy-weapons', 'verb', 0.9, 'shelled|bombarded|bombards|bombard|pounded|pounding'],
  [
    'armed-clash',
    'noun',
    0.85,
    'clash|clashes|fighting|firefight|firefights|gunfight|gunfights|gunbattle|gunbattles|gun battle|gun battles|battle|battles|skirmish|skirmishes',
  ],
  [
    'armed-clash',
    'verb',
    0.85,
    'clashed|clash with|fought|exchanged fire|exchange of fire|traded fire|exchanged ~ fire|traded ~ fire|exchanged ~ gunfire',
  ],
  [
    'explosives',
    'noun',
    0.9,
    'bomb|bombs|bombing|bombings|explosion|explosions|blast|blasts|car bomb|roadside bomb|ied|ieds|landmine|landmines|improvised explosive device|explosive device',
  ],
  ['explosives', 'verb', 0.85, 'exploded|detonated|bombed|blew up'],
  // Thrown explosives: "a grenade attack wounded 12 people at a market" (stun grenades are crowd control, below).
  [
    'explosives',
    'noun',
    0.85,
    'grenade attack|grenade attacks|hand grenade|hand grenades|threw a grenade|hurled a grenade|lobbed a grenade',
  ],
  [
    'suicide-attack',
    'noun',
    0.95,
    'suicide bomber|suicide bombers|suicide bombing|suicide attack|suicide attacks|suicide car bomb|suicide vest|suicide bombings',
  ],
  ['suicide-attack', 'verb', 0.95, 'blew himself up|blew herself up|blew themselves up'],
  ['firearms', 'noun', 0.85, 'shooting|shootings|gunfire|sniper|sniper fire|live ammunition|shootout'],
  [
    'firearms',
    'verb',
    0.85,
    'opened fire|shot|shot dead|gunned down|fired on|fired at|came under fire|came under attack',
  ],
  // Projectiles are heavy weapons, drones their own mode: "fired two ballistic missiles at Israel".
  [
    'heavy-weapons',
    'verb',
    0.85,
    'fired ~ rockets|fired ~ missiles|fired ~ shells|launched ~ missiles|launched ~ rockets',
  ],
  ['drone', 'verb', 0.85, 'launched ~ drones'],
  // A stun grenade thrown or dropped is force; tear gas, rubber bullets and water cannon on a crowd are coercion.
  ['crowd-control', 'noun', 0.8, 'stun grenades|stun grenade'],
  ['stabbing', 'noun', 0.85, 'stabbing|stabbings|knife attack'],
  ['stabbing', 'verb', 0.85, 'stabbed'],
  [
    null,
    'noun',
    0.75,
    'attack|attacks|assault|offensive|raid on|ambush|incursion|military operation|strike on|strikes on|strikes against',
  ],
  [
    null,
    'verb',
    0.75,
    'attacked|attacking|stormed|storming|targeted|targeting|ambushed|struck|hit|launched an attack|carried out an attack|invaded|raided',
    // "hit-and-run attacks" is a tactic named, not a strike reported.
    { notBefore: ['by', 'and'] },
  ],
  ['execute', 'noun', 0.9, 'execution|executions'],
  ['execute', 'verb', 0.9, 'executed|beheaded|hanged'],
  ['assassinate', 'noun', 0.9, 'assassination'],
  ['assassinate', 'verb', 0.9, 'assassinated'],
  ['abduct', 'noun', 0.85, 'abduction|kidnapping|kidnappings'],
  ['abduct', 'verb', 0.85, 'abducted|kidnapped|seized hostages|took hostage'],
  ['torture', 'noun', 0.8, 'torture'],
  ['massacre', 'noun', 0.9, 'massacre|massacres'],
  ['destroy', 'verb', 0.7, 'destroyed|torched|set fire to|burned down'],
  ['killing', 'verb', 0.6, 'killed|killing|kills|kill|massacred|slaughtered|murdered', { killing: true }],
  ['killing', 'noun', 0.6, 'killing of|killings|murder of|deaths of', { killing: true }],
]);

const EN_COERCE_BASE = triggers('COERCE', [
  [
    'arrest',
    'verb',
    0.9,
    'arrest|arrested|arrests|arresting|detained|detains|detaining|rounded up|apprehended|took into custody|taken into custody|into custody',
  ],
  ['arrest', 'noun', 0.85, 'detention|detentions|crackdown|raids|raid|manhunt'],
  [
    'seize',
    'verb',
    0.85,
    'seized|captured|took control of|taken control of|seized control of|recaptured|retook|overran|gained control of|took over|wrested control|regained control of|regains control of|regained control over|retaken control of|retook control of|captures|recaptures|retakes',
  ],
  ['seize', 'noun', 0.8, 'capture of|seizure of|takeover of|recapture of|fall of|control of the city'],
  // Boats stopped at sea by a coast guard or navy: "the coast guard intercepted 14 boats carrying about 600 migrants",
  // "the vessel … was intercepted by Coast Guard personnel" (an intercepted missile or drone is no boat, left out).
  [
    'seize',
    'verb',
    0.8,
    'intercepted ~ boats|intercepted ~ boat|intercepted ~ vessel|intercepted ~ vessels|intercepted ~ ship|intercepted ~ ships|intercepted ~ migrants|intercepted ~~ migrants|vessel ~~ was intercepted|boat ~~ was intercepted|ship ~~ was intercepted|boats were intercepted|vessels were intercepted',
  ],
  // A ban ordered or issued is imposed, as "imposed a ban" is: "the mayor ordered a ban on heavy trucks entering the
  // city".
  [
    'ban',
    'verb',
    0.75,
    'banned|bans|outlawed|prohibited|blocked access|shut down|closed down|extended ~ ban|imposed ~ ban|ordered ~ ban|orders ~ ban|issued ~ ban|issues ~ ban|dissolved ~ parties|dissolves ~ parties|dissolved ~ party|dissolves ~ party|dissolved ~ opposition|dissolved ~ associations|dissolved ~ organisations|dissolved ~ organizations|dissolved ~ unions',
  ],
  // Silencing media: suspending broadcasters, blocking their sites, revoking licences.
  [
    'censor',
    'verb',
    0.75,
    'suspended ~ broadcasts|suspended ~ broadcast|blocked ~ websites|blocked ~ website|revoked ~ licence|revoked ~ license|suspended ~ radio stations|suspended ~ newspaper',
  ],
  ['curfew', 'verb', 0.9, 'imposed ~ curfew|declared ~ curfew|announced ~ curfew|declared ~ state of emergency'],
  ['crowd-control', 'verb', 0.8, 'dispersed|broke up|to disperse'],
  // "fired tear gas at protesters", "used water cannon": crowd control, which annotators code as coercion.
  [
    'crowd-control',
    'noun',
    0.8,
    'tear gas|teargas|rubber bullets|rubber-coated bullets|water cannon|water cannons|pepper spray',
  ],
  // led by a past verb, the phrase is a clause's predicate: its subject is the force that fired
  [
    'crowd-control',
    'verb',
    0.8,
    'fired ~ tear gas|fired teargas|fired ~ rubber bullets|used ~ water cannon|used ~ tear gas',
  ],
  [
    'blockade',
    'verb',
    0.75,
    'blocked ~ roads|blocked ~ road|blocked ~ highway|sealed off|cordoned off|closed ~ border|closed ~ crossing|closed ~ to all traffic|closed ~ to traffic|shut ~ border|shut ~ crossing|shut ~ trade route|closed ~ airspace|shut ~ airspace',
  ],
  // Crossings closed in the plural or kept shut: "would close all border crossings with Belarus", "has kept the
  // Torkham and Chaman crossings closed to trade".
  [
    'blockade',
    'verb',
    0.75,
    'close ~ crossings|closed ~ crossings|closes ~ crossings|kept ~~ crossings closed|keeps ~~ crossings closed|kept ~~ crossing closed|keeps ~~ crossing closed|kept ~~ border closed|keeps ~~ border closed',
  ],
  ['arrest', 'noun', 0.85, 'house arrest|under arrest'],
  // Police searches of named premises: a raid to seize or arrest, not an armed assault.
  [
    'search',
    'verb',
    0.8,
    'searched ~ properties|searched ~ homes|searched ~ houses|searched ~ premises|searched ~ offices|raided ~ properties|raided ~ homes|raided ~ houses|raided ~ premises|raided ~ offices',
  ],
  ['confiscate', 'verb', 0.75, 'foiled ~ smuggling|impounded'],
  ['ban', 'noun', 0.7, 'ban on|ban|prohibition'],
  ['curfew', 'noun', 0.9, 'curfew|curfews|state of emergency|martial law'],
  ['blockade', 'noun', 0.8, 'blockade|siege'],
  ['blockade', 'verb', 0.8, 'besieged|blockaded|encircled'],
  ['deport', 'verb', 0.85, 'deported|expelled|deports'],
  ['deport', 'noun', 0.8, 'deportation|deportations'],
  // Forced displacement by order: "issued new evacuation orders for eastern Khan Younis", "ordered … to leave".
  ['deport', 'noun', 0.75, 'evacuation order|evacuation orders|forced evacuation'],
  ['deport', 'verb', 0.75, 'were ordered to leave|ordered ~ to leave ~ within'],
  ['confiscate', 'verb', 0.7, 'confiscated|seized weapons'],
  // Arms taken in a search are a confiscation, not ground won: "seized a large cache of weapons", "seized 40 rifles".
  [
    'confiscate',
    'verb',
    0.8,
    'seized ~ cache|seizes ~ cache|seized ~ weapons|seized ~ arms|seized ~ ammunition|seized ~ explosives|seized ~ rifles',
  ],
  // Demolishing homes is coercion of property (CAMEO 1712), not an armed attack.
  ['demolish', 'verb', 0.8, 'demolished|bulldozed|razed'],
  ['demolish', 'noun', 0.7, 'demolition of|demolitions of|demolition orders'],
  ['sentence', 'verb', 0.75, 'sentenced|jailed|imprisoned|convicted'],
]);

const EN_RETREAT_BASE = triggers('RETREAT', [
  [
    'withdraw',
    'verb',
    0.85,
    'withdraw|withdrew|withdrawn|withdraws|withdrawing|pulled out|pulled back|pulling out|pulling back|retreated|retreating|pulled out of|handed over control|handed control',
  ],
  ['withdraw', 'noun', 0.85, 'withdrawal|pullout|retreat'],
  [
    'disarm',
    'verb',
    0.9,
    'surrendered|handed over their weapons|handed over weapons|laid down their arms|laid down arms|gave up their weapons|disarmed',
  ],
  // Fighters destroying their own arms at a ceremony disarm ("handed over and destroyed their weapons", "burned
  // their weapons at a ceremony"): no attack on anyone (the longer phrase wins over ASSAULT "destroyed").
  [
    'disarm',
    'verb',
    0.85,
    'destroyed their weapons|destroyed their own weapons|burned their weapons|burnt their weapons|burned their own weapons',
  ],
  ['disarm', 'noun', 0.9, 'surrender|disarmament'],
  // A bare ceasefire noun is mostly a topic ("talks on extending the ceasefire"); declaring or starting one is news.
  ['ceasefire', 'noun', 0.35, 'ceasefire|cease-fire|truce|cessation of hostilities|armistice'],
  [
    'ceasefire',
    'verb',
    0.9,
    'truce was reached|ceasefire was reached|reached ~ truce|reached ~ ceasefire|brokered ~ truce|brokered ~ ceasefire|declared ~ ceasefire|announced ~ ceasefire|declared ~ truce|announced ~ truce|agreed ~ ceasefire|agreed ~ truce|ceasefire took effect|ceasefire went into effect|ceasefire came into force|ceasefire came into effect|truce took effect|truce went into effect|truce came into force|truce came into effect|ceasefire began|truce began|halted fire',
  ],
  // Bare "release(s)" is left out: "a further round of releases" is a plan, "release" a demand's object.
  [
    'release',
    'verb',
    0.85,
    'released|freed|set free|swapped|exchanged ~ prisoners|handed over ~ prisoners|handed over ~ detainees|handed over ~ captives|handed over ~ fighters',
  ],
  [
    'release',
    'noun',
    0.8,
    'release of|prisoner swap|prisoner exchange|prisoners exchange|exchange of prisoners|swap of prisoners',
  ],
  [
    'resign',
    'verb',
    0.8,
    'resigned|resigns|stepped down|steps down|stepping down|quit|submitted ~ resignation|tendered ~ resignation|announced ~ resignation|announced ~ resignations',
  ],
  // The progressive and the third person, as a resignation is announced: "several ministers announced they were
  // quitting in solidarity with the protesters", "said he was resigning".
  ['resign', 'verb', 0.8, 'resigning|quitting|quits'],
  ['resign', 'noun', 0.8, 'resignation|resignations'],
]);

const EN_MOBILIZE_BASE = triggers('MOBILIZE', [
  [
    'troops',
    'verb',
    0.85,
    'deployed|deploying|deploys|moved into|rolled into|advanced into|pushed into|sent ~ battalion|sent ~ battalions|deployed ~ battalion|sent troops|sent reinforcements|sent ~ brigades|dispatched|massed|mobilized|mobilised|amassed|moved troops|beefed up security|stepped up security|tightened security|heightened security|called up reservists|reinforced|scrambled|call in the army|called in the army|called in troops',
  ],
  [
    'troops',
    'noun',
    0.85,
    'reinforcements|additional troops|extra troops|additional battalion|deployment|deployments|troop buildup|build-up|buildup|mobilization|mobilisation',
  ],
  [
    'alert',
    'noun',
    0.8,
    'high alert|state of alert|on alert|maximum alert|heightened alert|highest readiness|combat readiness|full readiness',
  ],
  ['alert', 'verb', 0.8, 'raised ~ alert'],
  [
    'exercise',
    'noun',
    0.75,
    'military exercises|military exercise|military drills|naval drills|naval exercises|war games|joint exercises|joint drills|live-fire drills|drills',
  ],
]);

const EN_PROTEST_BASE = triggers('PROTEST', [
  // The crowd named for what it does is the protest: "protesters", "demonstrators", "marchers tried to reach Congress".
  [
    'demo',
    'noun',
    0.85,
    'protest|protests|demonstration|demonstrations|rally|rallies|marches|protesters|demonstrators|marchers',
  ],
  [
    'demo',
    'verb',
    0.85,
    'protested|protesting|demonstrated|rallied|marched|took to the streets|staged ~ protest|staged ~ rally|staged ~ demonstration|held ~ protest|held ~ rally|held ~ demonstration|gathered to protest',
  ],
  ['sit-in', 'noun', 0.85, 'sit-in|sit-ins'],
  ['sit-in', 'verb', 0.85, 'staged ~ sit-in'],
  ['strike', 'noun', 0.8, 'general strike|went on strike|on strike|walkout|strikes by workers|striking workers'],
  ['strike', 'verb', 0.8, 'walked out'],
  ['hunger', 'noun', 0.9, 'hunger strike|hunger strikes'],
  // "a riot of colour", "riot police" are no unrest.
  ['riot', 'noun', 0.85, 'riot|riots|rioting|unrest', { notBefore: ['of', 'police', 'gear', 'squad'] }],
  // Roads blocked with burning tyres: the street protest of the displaced and the striking.
  ['riot', 'noun', 0.75, 'burning tires|burning tyres'],
  // "residents blocked a main road", "crowds blocked roads and lit bonfires": a crowd's road block is a protest
  // (armed and official subjects are left to the blockade reading: en/senses.ts).
  [
    'demo',
    'verb',
    0.75,
    'blocked ~ roads|blocked ~ road|blocked ~ highway|blocking ~ roads|blocking ~ road|blocking ~ highway',
  ],
  ['boycott', 'noun', 0.6, 'boycott|boycotts'],
  // A crowd's blockade is a street protest: "cleared a blockade by informal miners", "workers ended their four-day
  // blockade of the highway" (en/senses.ts keeps an armed group's blockade a COERCE).
  ['demo', 'noun', 0.75, CROWD_BLOCKADES.join('|')],
]);

// Each type's base list joined by its wire wordings (wire-material.patterns.ts).
export const EN_ASSAULT = [...EN_ASSAULT_BASE, ...EN_ASSAULT_WIRE];
export const EN_COERCE = [...EN_COERCE_BASE, ...EN_COERCE_WIRE];
export const EN_RETREAT = [...EN_RETREAT_BASE, ...EN_RETREAT_WIRE, ...EN_RETREAT_CALLED_OFF, ...EN_RETREAT_MOVES];
export const EN_MOBILIZE = [...EN_MOBILIZE_BASE, ...EN_MOBILIZE_WIRE, ...EN_MOBILIZE_MOVES];
export const EN_PROTEST = [...EN_PROTEST_BASE, ...EN_PROTEST_WIRE];
