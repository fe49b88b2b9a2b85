import { fork, type ChildProcess } from 'node:child_process';
import { backOff } from 'exponential-backoff';
import type { Logger } from 'pino';
import { childReadyMessage, type ChildMessage } from './child-protocol';

export interface SupervisedChildOptions {
  /** For logs: "dialer", "switch simulator". */
  name: string;
  /** The entry file (the .ts under swc in development, the .js in dist). */
  entry: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** A run shorter than this counts as a crash loop: the next start waits (backoff). */
  stableMs?: number;
}

export interface SupervisedChild {
  /** The running child's pid (changes after a restart). */
  readonly pid: number | undefined;
  /** What the child reported when it was ready (e.g. the port it listens on). */
  readonly ready: ChildMessage & { type: 'ready' };
  /** Restarts so far (a crash, kill -9 or failed start each count one). */
  readonly restarts: number;
  /** Resolves once the child has been restarted and is ready again after `restarts` reached n. */
  readyAfterRestarts(n: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs one part of Pacer (the dialer, the embedded switch) in its own Node process, so its
 * event loop never waits for the API's requests and subscriptions. The first start must
 * succeed (its error fails the caller's start, as an in-process part would); after that a
 * child that dies for any reason is started again, with exponential backoff when it keeps
 * dying. The child exits by itself when this process goes away (the IPC channel closes).
 */
export async function superviseChild(opts: SupervisedChildOptions): Promise<SupervisedChild> {
  let stopping = false;
  let current: ChildProcess | undefined;
  let restarts = 0;
  const waiters: Array<{ n: number; resolve: () => void }> = [];

  const first = await startOnce(opts, (c) => (current = c));
  let ready = first.ready;

  const keepAlive = async (exited: Promise<string>) => {
    let startedAt = Date.now();
    for (;;) {
      const why = await exited;
      if (stopping) return;
      restarts += 1;
      const crashLoop = Date.now() - startedAt < (opts.stableMs ?? 10_000);
      opts.logger.error({ child: opts.name, why, restarts }, `${opts.name} process died; starting it again`);
      const run = await backOff(() => startOnce(opts, (c) => (current = c)), {
        numOfAttempts: Number.MAX_SAFE_INTEGER,
        startingDelay: 500,
        maxDelay: 30_000,
        delayFirstAttempt: crashLoop,
        retry: (e: unknown) => {
          opts.logger.error({ child: opts.name, err: (e as Error).message }, `${opts.name} process failed to start`);
          return !stopping;
        },
      });
      if (stopping) {
        if (run.child.connected) run.child.disconnect();
        return;
      }
      startedAt = Date.now();
      ready = run.ready;
      for (const w of waiters.splice(0)) {
        if (w.n <= restarts) w.resolve();
        else waiters.push(w);
      }
      exited = run.exited;
    }
  };
  const loop = keepAlive(first.exited).catch((err: unknown) => opts.logger.error({ err, child: opts.name }, 'supervisor stopped'));

  return {
    get pid() {
      return current?.pid;
    },
    get ready() {
      return ready;
    },
    get restarts() {
      return restarts;
    },
    readyAfterRestarts: (n) =>
      n <= restarts && current?.exitCode === null ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve })),
    async stop() {
      stopping = true;
      const c = current;
      if (c && c.exitCode === null && c.signalCode === null) {
        const gone = new Promise((r) => c.once('exit', r));
        // Closing the IPC channel is the child's signal to stop (child-protocol.ts).
        if (c.connected) c.disconnect();
        else c.kill('SIGTERM');
        // A child that does not finish its graceful stop in time is killed.
        const timer = setTimeout(() => c.kill('SIGKILL'), 15_000);
        await gone;
        clearTimeout(timer);
      }
      await loop;
    },
  };
}

interface Run {
  child: ChildProcess;
  ready: ChildMessage & { type: 'ready' };
  /** Resolves (with the reason) when the child exits. */
  exited: Promise<string>;
}

/** Forks the entry and waits for its ready (or failed) message; rejects if it dies first. */
function startOnce(opts: SupervisedChildOptions, onChild: (c: ChildProcess) => void): Promise<Run> {
  const child = fork(opts.entry, [], { env: opts.env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  onChild(child);
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ? `killed by ${signal}` : `exit code ${code}`)),
  );
  return new Promise<Run>((resolve, reject) => {
    child.on('message', (raw: unknown) => {
      const m = childReadyMessage(raw);
      if (m?.type === 'ready') resolve({ child, ready: m, exited });
      if (m?.type === 'failed') reject(new Error(`${opts.name}: ${m.message}`));
    });
    void exited.then((why) => reject(new Error(`${opts.name} process ended before it was ready (${why})`)));
  });
}
