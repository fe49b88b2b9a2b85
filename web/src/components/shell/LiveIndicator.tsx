'use client';
import { useLiveStatus } from '@/lib/live';
import styles from './shell.module.css';

const LABEL = { live: 'Live', connecting: 'Connecting…', reconnecting: 'Reconnecting…', offline: 'Offline' } as const;

/** Shows whether live updates (the graphql-ws socket) are flowing. */
export function LiveIndicator() {
  const status = useLiveStatus();
  return (
    <span className={`${styles.live} ${styles[status]}`} data-testid="live-indicator" data-status={status} role="status">
      <span className={styles.dot} aria-hidden />
      {LABEL[status]}
    </span>
  );
}
