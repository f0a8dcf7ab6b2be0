// Safe SQL identifiers: schema names reach SQL text and connection options, so they are validated, never just quoted.
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Throws unless `name` is a plain lower-case Postgres identifier (the form DATABASE_SCHEMA allows). */
export function assertIdentifier(name: string, what = 'identifier'): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Invalid ${what} "${name}": use lower-case letters, digits and _`);
  return name;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualifiedName(schema: string, table: string): string {
  return `${quoteIdentifier(assertIdentifier(schema, 'schema'))}.${quoteIdentifier(table)}`;
}

/** The schema a DataSource was configured with ('public' when none). */
export function schemaOf(dataSource: DataSource): string {
  const options = dataSource.options as { schema?: string };
  return options.schema ?? 'public';
}

/** The schema-qualified, quoted table name of an entity, for hand-written SQL that must match the ORM's tables. */
export function tableOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): string {
  const metadata = dataSource.getMetadata(entity);
  return qualifiedName(metadata.schema ?? schemaOf(dataSource), metadata.tableName);
}
