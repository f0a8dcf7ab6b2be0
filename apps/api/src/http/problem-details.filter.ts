/** Renders every error as RFC 9457 problem+json, with field-level issues for validation failures. */
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response, Request } from 'express';
import { UnknownCursorError } from '@marsad/database';

export interface FieldIssue {
  path: string;
  message: string;
}

/** A 400/422 carrying field issues, thrown by services after deep validation. */
export class ValidationProblem extends HttpException {
  constructor(
    readonly issues: FieldIssue[],
    detail = 'The request body is invalid.',
  ) {
    super({ title: 'Invalid request', detail, issues }, HttpStatus.BAD_REQUEST);
  }
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(thrown: unknown, host: ArgumentsHost): void {
    // A cursor naming no row of the tenant is the client's mistake, not a server error.
    const exception =
      thrown instanceof UnknownCursorError
        ? new ValidationProblem([{ path: 'starting_after', message: thrown.message }], 'Unknown pagination cursor.')
        : thrown;
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    const body = exception instanceof HttpException ? exception.getResponse() : null;
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const problem: Record<string, unknown> = {
      type: 'about:blank',
      title:
        (typeof body === 'object' && body && 'title' in body ? body.title : undefined) ?? HttpStatus[status] ?? 'Error',
      status,
      instance: req.originalUrl,
    };
    if (typeof body === 'object' && body) {
      const b = body as Record<string, unknown>;
      if (b.detail) problem.detail = b.detail;
      if (b.issues) problem.issues = b.issues;
      // class-validator errors arrive as message: string[]
      if (Array.isArray(b.message))
        problem.issues = b.message.map((m) => ({ path: String(m).split(' ')[0], message: m }));
      else if (typeof b.message === 'string' && !problem.detail) problem.detail = b.message;
    } else if (typeof body === 'string') problem.detail = body;
    if (status >= 500) problem.detail = 'Internal error; see the server logs.';
    res.status(status).type('application/problem+json').send(problem);
  }
}
