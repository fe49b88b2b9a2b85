import { CompliancePanel } from '@/components/settings/CompliancePanel';
import { LimitsPanel } from '@/components/settings/LimitsPanel';

export default function Page() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Limits</h1>
          <div className="muted">Tenant-wide limits the dialer never exceeds.</div>
        </div>
      </div>
      <CompliancePanel />
      <LimitsPanel />
    </>
  );
}
