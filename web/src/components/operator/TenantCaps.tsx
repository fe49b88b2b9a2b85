// A tenant's three caps, one per line, as the table shows them ("no cap" greyed).
import { capText, type Caps } from './caps-text';
import styles from './operator.module.css';

const LINES: Array<[keyof Caps, string]> = [
  ['maxConcurrentCalls', 'Concurrent calls'],
  ['callsPerSecond', 'Calls/s'],
  ['maxActiveCampaigns', 'Active campaigns'],
];

export function TenantCaps({ caps }: { caps: Caps }) {
  return (
    <dl className={styles.caps} data-testid="tenant-caps">
      {LINES.map(([key, label]) => (
        <div key={key}>
          <dt>{label}</dt>
          <dd className={caps[key] === null ? 'muted' : undefined}>{capText(caps[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
