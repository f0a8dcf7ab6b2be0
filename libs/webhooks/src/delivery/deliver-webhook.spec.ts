// Delivery client against a real local HTTP server (port 0): signatures, status handling, timeout, refusal, SSRF.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { classifyDelivery } from '../retry/retry-policy';
import { generateWebhookSecret, signPayload, verifyPayload } from '../signing/webhook-signing';
import { deliverWebhook } from './deliver-webhook';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
let baseUrl: string;
let received: Received[] = [];
let respond: (res: ServerResponse) => void = (res) => res.writeHead(204).end();

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      respond(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => {
  received = [];
  respond = (res) => res.writeHead(204).end();
  server.closeAllConnections();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const local = { timeoutMs: 2000, allowPrivateNetworks: true };
const body = JSON.stringify({ type: 'alert.created', data: { place: 'تدمر', killed: 3 } });

describe('deliverWebhook', () => {
  it('delivers a signed payload the receiver can verify', async () => {
    const secret = generateWebhookSecret();
    const headers = signPayload({ secret, msgId: 'dlv_1', timestamp: new Date(), body });
    const result = await deliverWebhook({ ...local, url: `${baseUrl}/hook`, body, headers });
    expect(result).toMatchObject({ ok: true, status: 204 });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(received).toHaveLength(1);
    const [{ headers: got, body: gotBody }] = received;
    expect(gotBody).toBe(body);
    expect(got['user-agent']).toBe('Marsad-Webhooks/0.1');
    expect(got['content-type']).toBe('application/json');
    expect(got['webhook-id']).toBe('dlv_1');
    expect(verifyPayload(secret, gotBody, got)).toEqual({ ok: true });
    expect(classifyDelivery(result).outcome).toBe('delivered');
  });

  it('reports a 500 for retry and keeps only the start of the response body', async () => {
    respond = (res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('x'.repeat(10_000));
    const result = await deliverWebhook({ ...local, url: baseUrl, body, maxResponseBytes: 100 });
    expect(result).toMatchObject({ ok: false, status: 500 });
    expect(result.responseBody).toBe('x'.repeat(100));
    expect(classifyDelivery(result)).toEqual({ outcome: 'retry', reason: 'HTTP 500' });
  });

  it('maps 410 to disabling the endpoint', async () => {
    respond = (res) => res.writeHead(410).end('gone');
    const result = await deliverWebhook({ ...local, url: baseUrl, body });
    expect(result.status).toBe(410);
    expect(result.responseBody).toBe('gone');
    expect(classifyDelivery(result).outcome).toBe('disable');
  });

  it('passes Retry-After through on 429', async () => {
    respond = (res) => res.writeHead(429, { 'retry-after': '7' }).end();
    const result = await deliverWebhook({ ...local, url: baseUrl, body });
    expect(result).toMatchObject({ ok: false, status: 429, retryAfter: '7' });
    expect(classifyDelivery(result)).toMatchObject({ outcome: 'retry', delayMs: 7000 });
  });

  it('gives up on a server that never answers at the timeout', async () => {
    respond = () => undefined; // hold the request open
    const result = await deliverWebhook({ ...local, url: baseUrl, body, timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, errorKind: 'timeout' });
    expect(result.status).toBeUndefined();
    expect(result.error).toMatch(/timeout.*300 ms/);
    expect(result.durationMs).toBeGreaterThanOrEqual(290);
    expect(classifyDelivery(result).outcome).toBe('retry');
  });

  it('returns a refused connection as an error instead of throwing', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await deliverWebhook({ ...local, url: `http://127.0.0.1:${port}/`, body });
    expect(result).toMatchObject({ ok: false, errorKind: 'network' });
    expect(result.error).toMatch(/^ECONNREFUSED /);
  });

  it.each([
    `http://127.0.0.1`,
    'http://localhost',
    'http://[::1]',
    'http://10.1.2.3',
    'http://169.254.169.254/latest/meta-data',
  ])('blocks %s when private networks are not allowed', async (host) => {
    const url =
      host.includes('://127.0.0.1') || host.includes('localhost') ? `${host}:${new URL(baseUrl).port}/` : host;
    const result = await deliverWebhook({ url, body, timeoutMs: 2000, allowPrivateNetworks: false });
    expect(result).toMatchObject({ ok: false, errorKind: 'ssrf-blocked' });
    expect(result.error).toMatch(/^blocked by SSRF protection: .* private, loopback or reserved address/);
    expect(received).toHaveLength(0);
    expect(classifyDelivery(result).outcome).toBe('fail');
  });

  it.each([
    ['file:///etc/passwd', /unsupported URL scheme 'file:'/],
    ['ftp://example.org/x', /unsupported URL scheme 'ftp:'/],
    ['not a url', /invalid URL 'not a url'/],
  ])('refuses %s with a clear error', async (url, message) => {
    const result = await deliverWebhook({ url, body, timeoutMs: 1000, allowPrivateNetworks: true });
    expect(result).toMatchObject({ ok: false, errorKind: 'invalid-url' });
    expect(result.error).toMatch(message);
  });
});
