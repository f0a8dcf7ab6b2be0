// One webhook delivery attempt over HTTP(S): SSRF-checked at connect time, bounded in time and in how much of the
// response it reads, and never throwing: every failure comes back as a DeliveryResult the retry policy can classify.
import * as http from 'node:http';
import * as https from 'node:https';
import { performance } from 'node:perf_hooks';
import type { DeliveryErrorKind, DeliveryResult } from './delivery-result';
import { blockedAddressOf, deliveryAgent } from './ssrf-agents';

export const WEBHOOK_USER_AGENT = 'Marsad-Webhooks/0.1';
export const DEFAULT_MAX_RESPONSE_BYTES = 4096;

export interface DeliverWebhookInput {
  url: string;
  /** The JSON payload, exactly as signed. */
  body: string;
  /** Signature headers and any per-subscription headers. Content-Type and User-Agent are always ours. */
  headers?: Readonly<Record<string, string>>;
  /** Hard limit for the whole attempt: connect, send, and read the (truncated) response. */
  timeoutMs: number;
  allowPrivateNetworks: boolean;
  maxResponseBytes?: number;
}

type Outcome = Omit<DeliveryResult, 'durationMs'>;

const failure = (errorKind: DeliveryErrorKind, error: string): Outcome => ({ ok: false, errorKind, error });

function parseTarget(raw: string): URL | Outcome {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return failure('invalid-url', `invalid URL '${raw}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return failure(
      'invalid-url',
      `unsupported URL scheme '${url.protocol}' in '${raw}': only http and https are allowed`,
    );
  }
  return url;
}

function requestHeaders(input: DeliverWebhookInput): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  // Lower-casing avoids sending a caller's `Content-Type` next to ours.
  for (const [name, value] of Object.entries(input.headers ?? {})) headers[name.toLowerCase()] = value;
  headers['content-type'] = 'application/json';
  headers['user-agent'] = WEBHOOK_USER_AGENT;
  headers['content-length'] = Buffer.byteLength(input.body);
  return headers;
}

function describeError(error: Error, url: URL, timedOut: boolean, timeoutMs: number): Outcome {
  if (timedOut) return failure('timeout', `timeout: no complete response within ${timeoutMs} ms`);
  const blocked = blockedAddressOf(error);
  if (blocked !== null) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const where = host === blocked ? host : `${host} resolves to ${blocked}`;
    return failure(
      'ssrf-blocked',
      `blocked by SSRF protection: ${where}, a private, loopback or reserved address ` +
        '(deliveries to private networks are disabled; set WEBHOOK_ALLOW_PRIVATE=true only for local development)',
    );
  }
  const code = (error as NodeJS.ErrnoException).code;
  return failure('network', code ? `${code} ${error.message}` : error.message);
}

export function deliverWebhook(input: DeliverWebhookInput): Promise<DeliveryResult> {
  const started = performance.now();
  const withDuration = (outcome: Outcome): DeliveryResult => ({
    ...outcome,
    durationMs: Math.round(performance.now() - started),
  });

  const target = parseTarget(input.url);
  if (!(target instanceof URL)) return Promise.resolve(withDuration(target));
  const url = target;
  const maxBytes = Math.max(0, input.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);

  return new Promise<DeliveryResult>((resolve) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), input.timeoutMs);
    let settled = false;
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(withDuration(outcome));
    };

    // Once a status has arrived the attempt has an answer; a failure while reading the body only truncates it.
    let response: { status: number; retryAfter?: string; chunks: Buffer[]; size: number } | undefined;
    const finishWithResponse = () => {
      if (!response) return;
      const { status, retryAfter, chunks } = response;
      finish({
        ok: status >= 200 && status < 300,
        status,
        ...(retryAfter !== undefined ? { retryAfter } : {}),
        responseBody: Buffer.concat(chunks).toString('utf8'),
      });
    };

    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(
      url,
      {
        method: 'POST',
        agent: deliveryAgent(url.protocol === 'https:' ? 'https:' : 'http:', input.allowPrivateNetworks),
        headers: requestHeaders(input),
        signal: controller.signal,
      },
      (res) => {
        const retryAfter = res.headers['retry-after'];
        response = { status: res.statusCode ?? 0, retryAfter, chunks: [], size: 0 };
        const current = response;
        res.on('data', (chunk: Buffer) => {
          const room = maxBytes - current.size;
          if (room > 0) current.chunks.push(chunk.subarray(0, room));
          current.size += Math.min(room, chunk.length);
          // Enough read: a receiver streaming a large or endless body must not hold the worker.
          if (current.size >= maxBytes) {
            finishWithResponse();
            res.destroy();
          }
        });
        res.on('end', finishWithResponse);
        res.on('error', finishWithResponse);
        res.on('close', finishWithResponse);
      },
    );
    request.on('error', (error) => {
      if (response) finishWithResponse();
      else finish(describeError(error, url, controller.signal.aborted, input.timeoutMs));
    });
    request.end(input.body);
  });
}
