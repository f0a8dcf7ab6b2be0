// Who blocks a road or holds a blockade, for the sense rules (en/senses.ts) and the protest triggers
// (material.patterns.ts): a crowd's road block or blockade is a street protest, an armed group's a blockade.

/** Crowds that block roads in protest ("angry residents blocked the main road"). */
export const CROWDS = [
  'protesters',
  'demonstrators',
  'residents',
  'crowds',
  'crowd',
  'supporters',
  'students',
  'farmers',
  'drivers',
  'truckers',
  'workers',
  'miners',
  'youths',
  'villagers',
  'people',
  'mourners',
  'relatives',
];

/** Armed or official subjects whose road blocks are no protest ("fighters blocked the main roads"). */
export const ARMED = [
  'fighters',
  'militants',
  'jihadists',
  'insurgents',
  'rebels',
  'guerrillas',
  'gunmen',
  'bandits',
  'gangs',
  'militia',
  'militias',
  'troops',
  'soldiers',
  'army',
  'forces',
  'police',
  'authorities',
];

/** A blockade held by a crowd, as protest phrases: "a blockade by informal miners", "garment workers ended their
 * four-day blockade" (the crowd is the subject, a few words before its blockade). */
export const CROWD_BLOCKADES = CROWDS.flatMap((c) => [`blockade by ~ ${c}`, `${c} ~~ their ~ blockade`]);
