import { boundedStop } from './process/bounded-stop';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { bootstrapFirstAdmin } from './commands/auth/bootstrap';
import { startEmbeddedPostgres } from './db/embedded-postgres';
import { openDatabase } from './db/open-database';
import { sessionSettings } from './graphql/auth/auth.resolver';
import { EventBus } from './events/event-bus';
import { createSchema } from './graphql/schema';
import { operationLimitsOf } from './graphql/limits/operation-limits';
import { createApiServer, type ApiServer } from './http/api-server';
import { httpRoutes } from './http/routes';
import { createRateLimits } from './limits/rate-limits';
import { trustProxySetting } from './limits/trust-proxy';
import { logger } from './logger';
import { createSwitch, switchOptionsOf } from './switch/create-switch';
import { dialerMode } from './dialer/dialer-mode';
import { LeaderStatusWatch } from './dialer/leader-status-watch';
import { startDialerProcesses, type DialerProcesses } from './process/dialer-processes';
import { recoverImports } from './imports/recover-imports';
import { settleImports } from './imports/running-imports';
import { startDialer } from './dialer/start-dialer';
import type { Dialer } from './dialer/dialer';

export interface App {
  orm: MikroORM;
  bus: EventBus;
  api: ApiServer;
  port: number;
  databaseUrl: string;
  /** This process's dialer: only with PACER_DIALER=on. */
  dialer: Dialer | null;
  /** The dialer's (and embedded switch's) processes: with PACER_DIALER=process, the default. */
  processes: DialerProcesses | null;
  stop(): Promise<void>;
}

/**
 * The composition root: config -> database (embedded when no DATABASE_URL) -> migrations ->
 * first admin -> event bus -> dialer (by default its own process, with the embedded simulator
 * in another when no ESL_HOST; see process/dialer-processes.ts) -> schema -> HTTP + WebSocket.
 * Stops in reverse order.
 */
export async function startApp(config: Config): Promise<App> {
  const stops: Array<[string, () => Promise<void>]> = [];
  const stop = async () => {
    for (const [name, s] of stops.reverse()) await boundedStop(name, s);
  };
  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const embedded = await startEmbeddedPostgres(config.PACER_DATA_DIR, config.EMBEDDED_PG_PORT);
      stops.push(['embedded PostgreSQL', embedded.stop]);
      databaseUrl = embedded.url;
    }
    const orm = await openDatabase(databaseUrl);
    stops.push(['database', () => orm.close(true)]);
    // Imports cut short by the last stop are marked FAILED; running ones finish before the ORM closes.
    await recoverImports(orm.em.fork());
    stops.push(['imports', () => settleImports()]);

    const boot = await bootstrapFirstAdmin(orm.em.fork(), {
      tenant: config.PACER_TENANT,
      email: config.PACER_ADMIN_EMAIL,
      password: config.PACER_ADMIN_PASSWORD,
    });
    if (boot.created) {
      const pw = boot.generatedPassword
        ? `password: ${boot.generatedPassword}  (shown once; set PACER_ADMIN_PASSWORD to choose it)`
        : 'password: from PACER_ADMIN_PASSWORD';
      console.log(`\n  First start: created admin ${boot.email}\n  ${pw}\n`);
    }

    const bus = new EventBus(databaseUrl);
    await bus.start();
    stops.push(['event bus', () => bus.close()]);

    const mode = dialerMode(config);
    let dialer: Dialer | null = null;
    let processes: DialerProcesses | null = null;
    if (mode === 'on') {
      const sw = await createSwitch(switchOptionsOf(config, logger));
      stops.push(['switch', () => sw.close()]);
      if (sw.simulator) logger.info({ port: sw.simulator.port }, 'switch simulator running (set ESL_HOST for a real FreeSWITCH)');
      const started = await startDialer(orm, bus, sw.port, databaseUrl);
      stops.push(['dialer', () => started.stop()]);
      dialer = started;
    } else if (mode === 'process') {
      const started = await startDialerProcesses(config, databaseUrl, logger);
      stops.push(['dialer processes', () => started.stop()]);
      processes = started;
    }
    // The leader's heartbeat, wherever it runs, for dialerStatus.
    const watch = new LeaderStatusWatch(bus);
    stops.push(['leader watch', async () => watch.close()]);

    sessionSettings.ttlHours = config.SESSION_TTL_HOURS;
    const schema = await createSchema(bus.pubSub as never);
    // Counters in PostgreSQL: limits and lockouts hold across API processes and restarts.
    const limits = createRateLimits(config, databaseUrl);
    stops.push(['rate limits', () => limits.close()]);
    const api = await createApiServer(orm, bus, schema, httpRoutes, {
      limits,
      trustProxy: trustProxySetting(config.PACER_TRUST_PROXY),
      operationLimits: operationLimitsOf(config),
      wsAuthRecheckMs: config.PACER_WS_AUTH_RECHECK_SECONDS * 1000,
    });
    const port = await api.listen(config.PORT, config.HOST);
    stops.push(['API server', () => api.close()]);
    logger.info({ url: `http://${config.HOST}:${port}/graphql` }, 'Pacer API listening');
    return { orm, bus, api, port, databaseUrl, dialer, processes, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
