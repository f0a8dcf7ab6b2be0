import { z } from 'zod';

/** PLOVER's sixteen event types (as coded by POLECAT / NGEC). */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

export const PloverTypeSchema = z.enum(PLOVER_TYPES);
export type PloverType = z.infer<typeof PloverTypeSchema>;
