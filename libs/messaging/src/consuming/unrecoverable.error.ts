// Lets a handler say that another attempt would fail the same way (a poison message): the delivery goes to the
// dead-letter subject at once instead of being retried up to the delivery limit.

export class UnrecoverableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnrecoverableError';
  }
}
