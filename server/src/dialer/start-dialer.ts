import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { EventBus } from '../events/event-bus';
import { logger } from '../logger';
import type { SwitchPort } from '../switch/port';
import { Dialer } from './dialer';
import { setLocalDialer } from './dialer-registry';

/**
 * Starts this process's dialer (it dials only while it holds the leader lock). Off under
 * NODE_ENV=test unless PACER_DIALER=on, so API tests that start campaigns keep their
 * recipients still; dialer tests start their own.
 */
export async function startDialer(
  config: Config,
  orm: MikroORM,
  bus: EventBus,
  port: SwitchPort,
  databaseUrl: string,
): Promise<Dialer | null> {
  const enabled = config.PACER_DIALER ? config.PACER_DIALER === 'on' : config.NODE_ENV !== 'test';
  if (!enabled) return null;
  const dialer = new Dialer(orm, bus, port, { databaseUrl, logger });
  await dialer.start();
  setLocalDialer(dialer);
  return dialer;
}
