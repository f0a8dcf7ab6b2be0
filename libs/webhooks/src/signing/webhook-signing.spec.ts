import { createHmac } from 'node:crypto';
import { generateWebhookSecret, isValidWebhookSecret, signPayload, verifyPayload } from './webhook-signing';

describe('Standard Webhooks signing', () => {
  const body = JSON.stringify({ type: 'alert', data: { event: 'ASSAULT', place: 'تدمر' } });
  const timestamp = new Date();

  it('generates whsec_ secrets of 32 random bytes', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(isValidWebhookSecret(secret)).toBe(true);
    expect(generateWebhookSecret()).not.toBe(secret);
    expect(isValidWebhookSecret('whsec_' + Buffer.alloc(8).toString('base64'))).toBe(false);
    expect(isValidWebhookSecret('secret')).toBe(false);
  });

  it('signs with v1,<base64 HMAC-SHA256 of id.timestamp.body> and verifies the round trip', () => {
    const secret = generateWebhookSecret();
    const headers = signPayload({ secret, msgId: 'msg_1', timestamp, body });
    const seconds = Math.floor(timestamp.getTime() / 1000);
    expect(headers['webhook-id']).toBe('msg_1');
    expect(headers['webhook-timestamp']).toBe(String(seconds));
    const expected = createHmac('sha256', Buffer.from(secret.slice(6), 'base64'))
      .update(`msg_1.${seconds}.${body}`)
      .digest('base64');
    expect(headers['webhook-signature']).toBe(`v1,${expected}`);
    expect(verifyPayload(secret, body, headers)).toEqual({ ok: true });
  });

  it('fails a tampered body, a wrong secret and a stale timestamp', () => {
    const secret = generateWebhookSecret();
    const headers = signPayload({ secret, msgId: 'msg_2', timestamp, body });
    expect(verifyPayload(secret, body.replace('ASSAULT', 'PROTEST'), headers)).toEqual({
      ok: false,
      error: 'No matching signature found',
    });
    expect(verifyPayload(generateWebhookSecret(), body, headers).ok).toBe(false);
    const stale = signPayload({ secret, msgId: 'msg_2', timestamp: new Date(Date.now() - 10 * 60_000), body });
    expect(verifyPayload(secret, body, stale)).toEqual({ ok: false, error: 'Message timestamp too old' });
    expect(verifyPayload(secret, body, {}).ok).toBe(false);
  });

  it('signs with several secrets during rotation, either verifies', () => {
    const [fresh, old] = [generateWebhookSecret(), generateWebhookSecret()];
    const headers = signPayload({ secret: [fresh, old], msgId: 'msg_3', timestamp, body });
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(verifyPayload(fresh, body, headers).ok).toBe(true);
    expect(verifyPayload(old, body, headers).ok).toBe(true);
  });

  it('accepts headers as node delivers them (mixed case names)', () => {
    const secret = generateWebhookSecret();
    const h = signPayload({ secret, msgId: 'msg_4', timestamp, body });
    const mixed = {
      'Webhook-Id': h['webhook-id'],
      'Webhook-Timestamp': h['webhook-timestamp'],
      'Webhook-Signature': h['webhook-signature'],
    };
    expect(verifyPayload(secret, body, mixed).ok).toBe(true);
  });
});
