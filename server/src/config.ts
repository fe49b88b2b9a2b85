import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The environment, parsed and validated once. Anything wrong exits at start with a message
 * that names the variable, instead of failing later in the middle of a campaign.
 */
const port = z.coerce.number().int().min(0).max(65535);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Unset: an embedded PostgreSQL is started with its data under PACER_DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  PACER_DATA_DIR: z.string().default(resolve(__dirname, '../../.data')),
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(4000),
  /** Port of the embedded PostgreSQL (only when DATABASE_URL is unset). */
  EMBEDDED_PG_PORT: port.default(54329),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Unset: the built-in switch simulator is started on SIM_PORT and used. */
  ESL_HOST: z.string().min(1).optional(),
  ESL_PORT: port.default(8021),
  ESL_PASSWORD: z.string().min(1).default('ClueCon'),
  SIM_PORT: port.default(8021),
  SIM_SEED: z.coerce.number().int().default(1),
  SIM_TIME_SCALE: z.coerce.number().positive().default(1),
  /** First start only: the tenant and admin created when the database has no user. */
  PACER_TENANT: z.string().min(1).default('default'),
  PACER_ADMIN_EMAIL: z.string().email().default('admin@pacer.local'),
  PACER_ADMIN_PASSWORD: z.string().min(8).optional(),
  /**
   * process: the dialer (and the embedded simulator) in their own processes, supervised by this
   * one; on: in this process; off: none here (another process dials). Unset: process, except
   * under NODE_ENV=test: off (other areas' tests must not see recipients dialed).
   */
  PACER_DIALER: z.enum(['process', 'on', 'off']).optional(),
  /** Hours a login token stays valid. */
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /**
   * Login throttling (issue 16), per account and per client address, counted in PostgreSQL:
   * after the free failures each further one doubles the wait (from the delay); at the lockout
   * threshold the key is refused for the lockout window. A success resets both.
   */
  PACER_LOGIN_FREE_FAILURES: z.coerce.number().int().min(0).default(3),
  PACER_LOGIN_DELAY_SECONDS: z.coerce.number().int().min(1).default(1),
  PACER_LOGIN_LOCKOUT_FAILURES: z.coerce.number().int().min(1).default(10),
  PACER_LOGIN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).default(900),
  /** One address may front many people (an office's NAT): it gets more room than an account. */
  PACER_LOGIN_ADDRESS_FREE_FAILURES: z.coerce.number().int().min(0).default(20),
  PACER_LOGIN_ADDRESS_LOCKOUT_FAILURES: z.coerce.number().int().min(1).default(100),
  /** Failures older than this are forgotten (the window starts at a key's first failure). */
  PACER_LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(86_400),
  /** GraphQL operations per session token or API key per window; 0 turns the budget off. */
  PACER_RATE_LIMIT_REQUESTS: z.coerce.number().int().min(0).default(1200),
  PACER_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  /**
   * Seconds a graphql-ws connection's sign-in is trusted for new operations before it is looked
   * up again (README "Rate limits", sign-in over WebSocket): a revoked key, ended session or disabled user can open
   * new operations over a connection it already has for at most this long. 0: every operation.
   */
  PACER_WS_AUTH_RECHECK_SECONDS: z.coerce.number().min(0).default(5),
  /** Express's `trust proxy`: whose X-Forwarded-For names the client (default: the console's proxy on loopback). */
  PACER_TRUST_PROXY: z.string().min(1).default('loopback'),
  /** Imports: where uploads wait for their import (default: the system temp folder). */
  PACER_IMPORT_DIR: z.string().min(1).optional(),
  /** Imports: validation worker threads (unset: one when the machine has a second core). */
  PACER_IMPORT_WORKERS: z.coerce.number().int().min(0).max(8).optional(),
  /** Imports: rows COPYed and moved per step (memory vs per-step overhead). */
  PACER_IMPORT_CHUNK_ROWS: z.coerce.number().int().min(100).default(50_000),
  /** Imports: files below this many bytes are validated inline (workers cost more to start). */
  PACER_IMPORT_PARALLEL_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(4 * 1024 * 1024),
  /** Imports: log each set-based step's duration (1) for tuning. */
  PACER_IMPORT_TRACE: z.enum(['0', '1']).default('0'),
  /**
   * GraphQL operation limits, checked before anything runs (README "Limits"). A refused
   * operation answers QUERY_TOO_COMPLEX naming the limit. Tokens bound the parser's work; the
   * others bound what one operation may ask for. Defaults leave the console's largest operation
   * several times under each.
   */
  PACER_GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(5_000),
  PACER_GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(15),
  PACER_GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  PACER_GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  /** Cost: 1 a field, lists by their `first`, aggregates (counts, statistics, reports) more. */
  PACER_GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(25_000),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Parses an environment; throws ConfigError naming every bad variable. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

const importTuningSchema = schema.pick({
  PACER_IMPORT_DIR: true,
  PACER_IMPORT_WORKERS: true,
  PACER_IMPORT_CHUNK_ROWS: true,
  PACER_IMPORT_PARALLEL_BYTES: true,
  PACER_IMPORT_TRACE: true,
});
export type ImportTuning = z.infer<typeof importTuningSchema>;

/**
 * The import knobs, read when an import starts (tests and benches change them between
 * imports). loadConfig has already validated them at start, so this cannot fail in a server.
 */
export function importTuning(env: NodeJS.ProcessEnv = process.env): ImportTuning {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  return importTuningSchema.parse(cleaned);
}

/** Reads process.env once, or exits the process with the reason. */
export function loadConfig(): Config {
  try {
    return parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}
