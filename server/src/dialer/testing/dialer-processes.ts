import { spawn, type ChildProcess } from 'node:child_process';
import type { DialerTestEnv } from './dialer-test-env';

/** A whole server process (src/main.ts) on the test database, dialing through the test's in-process simulator. */
export interface DialerProcess {
  child: ChildProcess;
  /** The last 20 KB it wrote (stdout and stderr), for assertion messages. */
  output(): string;
}

/**
 * Server processes for kill -9 and takeover tests: started on `env`'s database and simulator,
 * and all killed (and awaited) by `killAll`, whatever the test did to them.
 */
export class DialerProcesses {
  private readonly children: ChildProcess[] = [];

  constructor(private readonly env: () => DialerTestEnv) {}

  /** PACER_DIALER=on by default (dialer in the server process); `extra` may ask for `process`. */
  start(extra: Record<string, string> = {}): DialerProcess {
    const env = this.env();
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: `${__dirname}/../../..`,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: env.db.url,
        ESL_HOST: '127.0.0.1',
        ESL_PORT: String(env.h.sim.port),
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        PACER_ADMIN_PASSWORD: 'first-admin-pw',
        PACER_DIALER: 'on',
        ...extra,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const keep = (d: Buffer) => {
      out = (out + d.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', (code, signal) => {
      if (code && code !== 0) console.error(`# server ${child.pid} exited ${code ?? signal}: ${out.slice(-4000)}`);
    });
    this.children.push(child);
    return { child, output: () => out };
  }

  async killAll(): Promise<void> {
    const alive = this.children.filter((c) => c.exitCode === null && c.signalCode === null);
    for (const c of alive) c.kill('SIGKILL');
    await Promise.all(alive.map((c) => new Promise((r) => c.once('exit', r))));
  }
}
