/**
 * The demo subscriber: a webhook receiver that verifies each alert's Standard Webhooks signature and prints it.
 * Usage: node -r ./scripts/register.cjs scripts/demo-subscriber.ts [--port 4999] [--secret whsec_...]
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyPayload } from '@marsad/webhooks';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const seeded = JSON.parse(readFileSync(join(__dirname, '..', 'seeds', 'subscribers.json'), 'utf8')) as {
  secret: string;
}[];
const secret = arg('secret') ?? seeded[0].secret;
const port = Number(arg('port') ?? 4999);
const seen = new Set<string>();

interface AlertBody {
  rule?: { name?: string };
  event?: {
    type?: string;
    mode?: string | null;
    location?: { name?: string; country?: string } | null;
    killed?: number | null;
    actor?: { name?: string } | null;
    evidence?: { text?: string };
  };
}

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
    const verdict = verifyPayload(secret, body, headers);
    if (!verdict.ok) {
      console.log(`REJECTED (bad signature: ${verdict.error})`);
      res.writeHead(401).end();
      return;
    }
    const id = headers['webhook-id'];
    const repeat = seen.has(id);
    seen.add(id);
    const alert = JSON.parse(body) as AlertBody;
    const e = alert.event ?? {};
    const where = e.location ? `${e.location.name} (${e.location.country ?? '?'})` : 'no place';
    const killed = e.killed != null ? `, killed ${e.killed}` : '';
    console.log(
      `ALERT ${repeat ? '(repeat) ' : ''}[${alert.rule?.name}] ${e.type}${e.mode ? `/${e.mode}` : ''} by ${e.actor?.name ?? '?'} at ${where}${killed}\n` +
        `      “${(e.evidence?.text ?? '').slice(0, 160)}”  signature ok`,
    );
    res.writeHead(204).end();
  });
}).listen(port, '127.0.0.1', () =>
  console.log(`demo subscriber listening on http://127.0.0.1:${port}/webhooks/marsad`),
);
