// A tenant's three caps, one per line, as the table shows them.
import { capText, type Caps } from './caps-text';
import styles from './operator.module.css';

export function TenantCaps({ caps }: { caps: Caps }) {
  return (
    <div className={styles.caps} data-testid="tenant-caps">
      <div>
        <b>{capText(caps.maxConcurrentCalls)}</b> concurrent calls
      </div>
      <div>
        <b>{capText(caps.callsPerSecond)}</b> calls/s
      </div>
      <div>
        <b>{capText(caps.maxActiveCampaigns)}</b> active campaigns
      </div>
    </div>
  );
}
