import { AuditLogPanel } from '@/components/operator/AuditLogPanel';

export default function Page() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Audit log</h1>
          <div className="muted">Who changed tenants, users, API keys and settings, in every tenant.</div>
        </div>
      </div>
      <AuditLogPanel />
    </>
  );
}
