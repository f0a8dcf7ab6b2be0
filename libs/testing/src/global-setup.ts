import { Socket } from 'node:net';

/** Integration tests need the real services; fail fast with a clear message when one is missing. */
const SERVICES = [
  { name: 'PostgreSQL', host: process.env.PGHOST ?? '127.0.0.1', port: Number(process.env.PGPORT ?? 5432) },
  { name: 'Redis', host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6379) },
  { name: 'NATS', host: process.env.NATS_HOST ?? '127.0.0.1', port: Number(process.env.NATS_PORT ?? 4222) },
];

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1500);
    socket
      .once('connect', () => done(true))
      .once('error', () => done(false))
      .once('timeout', () => done(false));
    socket.connect(port, host);
  });
}

export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  const missing: string[] = [];
  for (const s of SERVICES) if (!(await reachable(s.host, s.port))) missing.push(`${s.name} at ${s.host}:${s.port}`);
  if (missing.length)
    throw new Error(`Integration tests need: ${missing.join(', ')}. Run \`npm run doctor\` for how to start them.`);
}
