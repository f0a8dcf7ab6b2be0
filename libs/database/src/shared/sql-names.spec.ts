import { assertIdentifier, qualifiedName, quoteIdentifier } from './sql-names';

describe('sql names', () => {
  it('accepts plain lower-case identifiers only', () => {
    expect(assertIdentifier('t_abc123')).toBe('t_abc123');
    for (const bad of ['', 'Public', '1abc', 'a-b', 'a;drop', 'a"b', 'x'.repeat(64)])
      expect(() => assertIdentifier(bad)).toThrow();
  });
  it('quotes and qualifies', () => {
    expect(quoteIdentifier('we"ird')).toBe('"we""ird"');
    expect(qualifiedName('t_1', 'events')).toBe('"t_1"."events"');
    expect(() => qualifiedName('T', 'events')).toThrow(/Invalid schema/);
  });
});
