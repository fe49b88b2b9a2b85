import type { Config } from '../config';

export type DialerMode = 'process' | 'on' | 'off';

/**
 * Where this process's dialer runs. Unset: its own process, except under NODE_ENV=test where
 * API tests that start campaigns must keep their recipients still (dialer tests start their own).
 */
export function dialerMode(config: Pick<Config, 'PACER_DIALER' | 'NODE_ENV'>): DialerMode {
  return config.PACER_DIALER ?? (config.NODE_ENV === 'test' ? 'off' : 'process');
}
