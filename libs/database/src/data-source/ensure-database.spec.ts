import { databaseNameOf, redactUrl, withDatabaseName } from './ensure-database';

describe('connection URL helpers', () => {
  it('reads and replaces the database name and hides passwords', () => {
    expect(databaseNameOf('postgres://u@h:5432/marsad?sslmode=disable')).toBe('marsad');
    expect(withDatabaseName('postgres://u@h:5432/marsad?sslmode=disable', 'postgres')).toBe(
      'postgres://u@h:5432/postgres?sslmode=disable',
    );
    expect(redactUrl('postgres://u:secret@h/db')).toBe('postgres://u:***@h/db');
    expect(() => databaseNameOf('postgres://u@h:5432/')).toThrow(/names no database/);
  });
});
