/**
 * The one message a supervised child sends its parent over the IPC channel: ready (with
 * what the parent needs, e.g. the port it listens on) or failed (why, to fail the start).
 */
export type ChildMessage = { type: 'ready'; port?: number } | { type: 'failed'; message: string };

export function childReadyMessage(raw: unknown): ChildMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Partial<Record<'type' | 'port' | 'message', unknown>>;
  if (m.type === 'ready') return { type: 'ready', port: typeof m.port === 'number' ? m.port : undefined };
  if (m.type === 'failed') return { type: 'failed', message: String(m.message) };
  return null;
}

/** In a child: tell the parent (when there is one); resolves once the message is sent. */
export function tellParent(m: ChildMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(m, undefined, {}, () => resolve());
  });
}

/**
 * In a child: run `stop` and exit when the parent goes away or asks (it closes the IPC
 * channel: on its own stop, and also when it is killed with -9). With a parent, SIGINT and
 * SIGTERM are left to it: sent to the whole process group (Ctrl-C, `timeout`, systemd), they
 * would stop the switch under a dialer still hanging up its calls; the parent stops its
 * children in order instead. Without a parent (run alone), they stop the process.
 */
export function exitWithParent(stop: () => Promise<void>): void {
  let stopping = false;
  const exit = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('disconnect', exit);
  const onSignal = () => {
    if (!process.connected) exit();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
