import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ArticlesRepository } from '../articles/articles.repository';
import { OutboxRepository } from '../outbox/outbox.repository';
import { sampleArticle } from '../test-support/sample-rows';
import { testDatabaseConfig } from '../test-support/test-schema';
import { DatabaseModule } from './database.module';

jest.setTimeout(30_000);

describe('DatabaseModule (Postgres)', () => {
  const cfg = { ...testDatabaseConfig(), migrateOnStart: true };

  afterAll(async () => {
    const client = new Client({ connectionString: cfg.url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${cfg.schema}" CASCADE`);
    await client.end();
  });

  it('migrates a fresh schema at boot, injects repositories anywhere, and closes the pool on shutdown', async () => {
    // A feature module that imports nothing: the database module is global.
    @Module({})
    class FeatureModule {}
    @Module({ imports: [DatabaseModule.forRoot(cfg), FeatureModule] })
    class AppModule {}

    const app = await NestFactory.createApplicationContext(AppModule, { logger: false });
    const dataSource = app.get(DataSource);
    expect(dataSource.isInitialized).toBe(true);
    expect(await dataSource.query<{ name: string }[]>('SELECT name FROM migrations')).toEqual([
      { name: 'InitialSchema1795641000000' },
    ]);

    const articles = app.get(ArticlesRepository);
    const article = sampleArticle();
    expect(await articles.insertIfNew(article)).toEqual({ inserted: true, id: article.id });
    expect(app.select(FeatureModule).get(OutboxRepository)).toBeInstanceOf(OutboxRepository);

    await app.close();
    expect(dataSource.isInitialized).toBe(false);
  });

  it('fails the boot with the database error when Postgres refuses', async () => {
    const bad = { ...cfg, url: 'postgres://postgres@127.0.0.1:1/marsad_test' };
    @Module({ imports: [DatabaseModule.forRoot(bad)] })
    class BrokenApp {}
    await expect(
      NestFactory.createApplicationContext(BrokenApp, { logger: false, abortOnError: false }),
    ).rejects.toThrow(/ECONNREFUSED/);
  });
});
