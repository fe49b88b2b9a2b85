import type { MikroORM } from '@mikro-orm/postgresql';
import type { EventBus } from '../events/event-bus';
import { logger } from '../logger';
import type { SwitchPort } from '../switch/port';
import { Dialer } from './dialer';
import { setLocalDialer } from './dialer-registry';

/**
 * Starts this process's dialer (it dials only while it holds the leader lock): in the API
 * process with PACER_DIALER=on, else in the dialer's own process (../dialer-main.ts).
 */
export async function startDialer(orm: MikroORM, bus: EventBus, port: SwitchPort, databaseUrl: string): Promise<Dialer> {
  const dialer = new Dialer(orm, bus, port, { databaseUrl, logger });
  await dialer.start();
  setLocalDialer(dialer);
  return dialer;
}
