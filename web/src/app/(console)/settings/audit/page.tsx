import { AuditLogPanel } from '@/components/operator/AuditLogPanel';

export default function Page() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Audit log</h1>
          <div className="muted">Who changed users, API keys and settings of this tenant.</div>
        </div>
      </div>
      <AuditLogPanel />
    </>
  );
}
