// Standard Webhooks signing (https://www.standardwebhooks.com): what subscribers verify every delivery with.
// The HMAC itself comes from the `standardwebhooks` package so our signatures are exactly what its verifiers expect.
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

// A type alias (not an interface) so it is assignable to a plain header record.
export type WebhookSignatureHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  /** `v1,<base64 HMAC-SHA256 of id.timestamp.body>`; several, space-separated, while a secret is rotated. */
  'webhook-signature': string;
};

const SECRET_PREFIX = 'whsec_';

/** A new signing secret: `whsec_` + base64 of 32 random bytes (the spec allows 24 to 64). */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/** Whether `secret` is `whsec_` + base64 of 24 to 64 bytes. */
export function isValidWebhookSecret(secret: string): boolean {
  if (!secret.startsWith(SECRET_PREFIX)) return false;
  const encoded = secret.slice(SECRET_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) return false;
  const bytes = Buffer.from(encoded, 'base64').length;
  return bytes >= 24 && bytes <= 64;
}

export interface SignPayloadInput {
  /** One secret, or during rotation the new and the old one: the receiver accepts either signature. */
  secret: string | readonly string[];
  /** Stable per message (we use the delivery id) so receivers can deduplicate retries. */
  msgId: string;
  timestamp: Date;
  body: string;
}

export function signPayload({ secret, msgId, timestamp, body }: SignPayloadInput): WebhookSignatureHeaders {
  const secrets = typeof secret === 'string' ? [secret] : secret;
  if (secrets.length === 0) throw new Error('signPayload needs at least one secret');
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': secrets.map((s) => new Webhook(s).sign(msgId, timestamp, body)).join(' '),
  };
}

export type VerifyResult = { ok: true } | { ok: false; error: string };

/**
 * Verifies a delivery as a receiver would (also used by our own tests and the demo receiver). Headers may come
 * straight from node's IncomingMessage; the timestamp must be within 5 minutes of now (replay protection).
 */
export function verifyPayload(
  secret: string,
  body: string,
  headers: Readonly<Record<string, string | readonly string[] | undefined>>,
): VerifyResult {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = typeof value === 'string' ? value : value.join(' ');
  }
  try {
    new Webhook(secret).verify(body, flat, { jsonParse: false });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
