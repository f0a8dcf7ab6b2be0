// Lets a handler ask for a delayed redelivery (e.g. a dependency is briefly down) instead of counting as a failure.

export class RetryLaterError extends Error {
  constructor(
    readonly delayMs: number,
    message = `retry requested in ${delayMs} ms`,
  ) {
    super(message);
    this.name = 'RetryLaterError';
  }
}
