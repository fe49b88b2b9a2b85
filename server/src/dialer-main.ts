import 'reflect-metadata';
import { loadConfig } from './config';
import { openDatabase } from './db/open-database';
import { startDialer } from './dialer/start-dialer';
import { EventBus } from './events/event-bus';
import { logger } from './logger';
import { exitWithParent, tellParent } from './process/child-protocol';
import { boundedStop } from './process/bounded-stop';
import { createSwitch, switchOptionsOf } from './switch/create-switch';

/**
 * The dialer's own process: database, event bus, switch, dialer, and no API. `npm start`
 * runs it from the API process (process/dialer-processes.ts) so that no request or
 * subscription ever delays a call; it can also run alone beside API processes started with
 * PACER_DIALER=off (needs DATABASE_URL and ESL_HOST). Events reach the APIs through the bus.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL || !config.ESL_HOST) throw new Error('the dialer process needs DATABASE_URL and ESL_HOST');
  const stops: Array<[string, () => Promise<void>]> = [];
  const stop = async () => {
    for (const [name, s] of stops.reverse()) await boundedStop(`dialer process: ${name}`, s);
  };
  exitWithParent(stop);
  const orm = await openDatabase(config.DATABASE_URL);
  stops.push(['database', () => orm.close(true)]);
  const bus = new EventBus(config.DATABASE_URL);
  await bus.start();
  stops.push(['event bus', () => bus.close()]);
  const sw = await createSwitch(switchOptionsOf(config, logger));
  stops.push(['switch', () => sw.close()]);
  const dialer = await startDialer(orm, bus, sw.port, config.DATABASE_URL);
  stops.push(['dialer', () => dialer.stop()]);
  logger.info({ pid: process.pid }, 'dialer process ready');
  await tellParent({ type: 'ready' });
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  logger.fatal({ err }, 'the dialer process failed to start');
  void tellParent({ type: 'failed', message }).finally(() => process.exit(1));
});
