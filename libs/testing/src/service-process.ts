/**
 * Runs one of the apps as a real child process (exactly as deployed: its main.ts), with the test's isolated
 * schema, stream prefix and queue prefix in its environment; can kill it hard to test crash recovery.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** Everything the process wrote, for assertions and for failure messages. */
  output(): string;
  /** Resolves when the output contains the text. */
  waitForOutput(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** SIGTERM (graceful) by default; SIGKILL to simulate a crash. Resolves when the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function startService(app: string, env: Record<string, string>, args: string[] = []): ServiceProcess {
  const child = spawn(process.execPath, ['-r', './scripts/register.cjs', `apps/${app}/src/main.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name: app,
    child,
    output: () => out,
    async waitForOutput(text, timeoutMs = 30_000) {
      const started = Date.now();
      const found = () => (typeof text === 'string' ? out.includes(text) : text.test(out));
      while (!found()) {
        if (child.exitCode !== null)
          throw new Error(`${app} exited (${child.exitCode}) before printing ${String(text)}:\n${out}`);
        if (Date.now() - started > timeoutMs)
          throw new Error(`${app} did not print ${String(text)} in ${timeoutMs} ms:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs an app command to completion (e.g. `ingestor import PATH`); resolves with exit code and output. */
export async function runServiceCommand(
  app: string,
  env: Record<string, string>,
  args: string[],
): Promise<{ code: number | null; output: string }> {
  const service = startService(app, env, args);
  const code = await new Promise<number | null>((resolve) => service.child.once('exit', (c) => resolve(c)));
  return { code, output: service.output() };
}
