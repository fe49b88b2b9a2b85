import { TenantsPanel } from '@/components/operator/TenantsPanel';

export default function Page() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Tenants</h1>
          <div className="muted">Every organisation on the platform: its caps, its usage now, its access.</div>
        </div>
      </div>
      <TenantsPanel />
    </>
  );
}
