// How an event's actor was read: a rule name starting "nearest" ("nearest preceding in clause", "nearest armed
// subject before the fight") only took the name closest to the trigger, a weaker reading than a subject in its slot.
// Confidence, merging, aid donors and the calibration features all weigh the two apart.

/** True when the actor was only the mention nearest the trigger. */
export function nearestReading(e: { trace: { actorRule?: string | null } }): boolean {
  return e.trace.actorRule?.startsWith('nearest') ?? false;
}
