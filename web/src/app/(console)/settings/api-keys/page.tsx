import { ApiKeysPanel } from '@/components/settings/ApiKeysPanel';

export default function Page() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>API keys</h1>
          <div className="muted">Keys for integrators (send as Authorization: Bearer &lt;key&gt;).</div>
        </div>
      </div>
      <ApiKeysPanel />
    </>
  );
}
