// A tenant's status: suspended shows as a warning with the operator's reason beside it.
import type { TenantStatus } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import styles from './operator.module.css';

export function TenantStatusBadge(props: { status: TenantStatus; reason?: string | null; since?: string | null }) {
  if (props.status === 'ACTIVE')
    return (
      <span className={`badge ${styles.active}`} data-tenant-status="ACTIVE">
        Active
      </span>
    );
  return (
    <div className={styles.suspended} data-tenant-status="SUSPENDED">
      <span className={`badge ${styles.suspendedBadge}`}>Suspended</span>
      <div className={styles.reason} data-testid="suspended-reason">
        {props.reason ?? 'no reason given'}
      </div>
      {props.since && <div className="small muted">since {formatDateTime(props.since)}</div>}
    </div>
  );
}
