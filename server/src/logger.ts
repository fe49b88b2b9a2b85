import { pino, type Logger } from 'pino';

/** The one logger. Level from LOG_LEVEL (tests default to silent); JSON lines for log shippers. */
export const logger: Logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { app: 'pacer' },
});
