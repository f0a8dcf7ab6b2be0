// What one HTTP delivery attempt produced. Shared by the client (which fills it) and the retry policy (which reads it).

/** Why an attempt produced no HTTP status. `invalid-url` and `ssrf-blocked` will not fix themselves by retrying. */
export type DeliveryErrorKind = 'invalid-url' | 'ssrf-blocked' | 'timeout' | 'network';

export interface DeliveryResult {
  /** True only for a 2xx status. */
  ok: boolean;
  status?: number;
  /** Present when no status was received, e.g. `ECONNREFUSED connect ECONNREFUSED 127.0.0.1:9`. */
  error?: string;
  errorKind?: DeliveryErrorKind;
  durationMs: number;
  /** The raw Retry-After header, if the receiver sent one. */
  retryAfter?: string;
  /** The start of the response body (at most maxResponseBytes), for the deliveries log. */
  responseBody?: string;
}
