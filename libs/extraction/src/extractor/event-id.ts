// Deterministic event ids: a replay of the same article yields the same ids, so storage and alerts never double.
import { createHash } from 'node:crypto';

/** `trigger` (the trigger's offset) tells apart two happenings of one type told in one evidence span; without it
 * the id is the span's, as before. */
export function eventId(articleId: string, type: string, start: number, end: number, trigger?: number): string {
  const key = `${articleId}\u0000${type}\u0000${start}\u0000${end}` + (trigger === undefined ? '' : `\u0000${trigger}`);
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}
