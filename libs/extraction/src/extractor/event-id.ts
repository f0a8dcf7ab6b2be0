// Deterministic event ids: a replay of the same article yields the same ids, so storage and alerts never double.
import { createHash } from 'node:crypto';

export function eventId(articleId: string, type: string, start: number, end: number): string {
  return createHash('sha256').update(`${articleId}\u0000${type}\u0000${start}\u0000${end}`).digest('hex').slice(0, 32);
}
