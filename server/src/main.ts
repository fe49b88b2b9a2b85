import 'reflect-metadata';
import { startApp } from './app';
import { loadConfig } from './config';
import { logger } from './logger';

/** Process entry: start everything, stop gracefully on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startApp(config);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  logger.fatal({ err }, 'Pacer failed to start');
  console.error(`Pacer failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
