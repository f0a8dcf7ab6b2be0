// The doctor names each missing service and how to start it, and passes on a machine with all of them.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = (env: Record<string, string>) =>
  promisify(execFile)(process.execPath, [join(__dirname, 'doctor.mjs')], { env: { ...process.env, ...env } }).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
  );

describe('doctor', () => {
  it('passes when PostgreSQL, Redis and NATS with JetStream answer', async () => {
    const { code, out } = await run({});
    expect(out).toContain('All services are ready.');
    expect(code).toBe(0);
  });

  it('names every missing service with how to start it', async () => {
    const { code, out } = await run({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/marsad',
      REDIS_URL: 'redis://127.0.0.1:1',
      NATS_URL: 'nats://127.0.0.1:1',
    });
    expect(code).toBe(1);
    expect(out).toMatch(/MISSING postgres .*not reachable/);
    expect(out).toMatch(/MISSING redis .*not reachable at redis:\/\/127\.0\.0\.1:1/);
    expect(out).toMatch(/MISSING nats .*not reachable/);
    expect(out).toContain('docker compose up -d redis');
    expect(out).toContain('3 problem(s)');
  });
});
