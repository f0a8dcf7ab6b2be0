// The minimal logger the messaging layer writes through, so apps can plug in pino (same call shape) or Nest's Logger.

/** pino-compatible: `logger.info({ seq }, 'message')`. */
export interface MessagingLogger {
  info(context: object, message: string): void;
  warn(context: object, message: string): void;
  error(context: object, message: string): void;
}

const ignore = (): void => undefined;

/** Default: silent, so library code never writes to the console behind an app's back. */
export const silentLogger: MessagingLogger = { info: ignore, warn: ignore, error: ignore };

/** The shape of Nest's `Logger` we need, kept structural so this file does not import @nestjs/common. */
export interface NestStyleLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Adapts a Nest-style logger (message only) to the pino-style call shape. */
export function fromNestLogger(logger: NestStyleLogger): MessagingLogger {
  const line = (context: object, message: string): string =>
    Object.keys(context).length ? `${message} ${JSON.stringify(context)}` : message;
  return {
    info: (context, message) => logger.log(line(context, message)),
    warn: (context, message) => logger.warn(line(context, message)),
    error: (context, message) => logger.error(line(context, message)),
  };
}
