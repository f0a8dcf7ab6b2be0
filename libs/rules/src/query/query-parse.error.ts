// The error a keyword query raises when it cannot be parsed; `position` is the 0-based character offset.
export class QueryParseError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'QueryParseError';
  }
}
