/**
 * Stripe-style `Idempotency-Key` on POST: a client that retries a create after a timeout gets the first answer
 * back instead of a second resource. The key is remembered per tenant with a hash of the request; the same key
 * with a different request is refused (422).
 */
import {
  BadRequestException,
  Injectable,
  UnprocessableEntityException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { from, mergeMap, of, type Observable } from 'rxjs';
import { IdempotencyKeysRepository } from '@marsad/database';
import { DEFAULT_TENANT } from './tenant';

const KEY = /^[\x21-\x7e]{1,255}$/;

export function requestHash(req: Pick<Request, 'method' | 'path' | 'body'>): string {
  return createHash('sha256')
    .update(`${req.method} ${req.path}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');
}

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly keys: IdempotencyKeysRepository) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const key = req.header('idempotency-key');
    if (req.method !== 'POST' || key === undefined) return next.handle();
    if (!KEY.test(key)) throw new BadRequestException('Idempotency-Key must be 1 to 255 printable ASCII characters');
    const hash = requestHash(req);
    const res = http.getResponse<Response>();
    const earlier = await this.keys.find(DEFAULT_TENANT, key);
    if (earlier) {
      if (earlier.requestHash !== hash) {
        throw new UnprocessableEntityException('This Idempotency-Key was used with a different request');
      }
      res.status(earlier.statusCode).setHeader('Idempotent-Replayed', 'true');
      return of(earlier.response);
    }
    return next.handle().pipe(
      mergeMap((body: unknown) =>
        from(
          this.keys
            .remember({
              tenantId: DEFAULT_TENANT,
              key,
              requestHash: hash,
              statusCode: res.statusCode,
              response: body,
            })
            .then(() => body),
        ),
      ),
    );
  }
}
