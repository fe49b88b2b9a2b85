import { GatewaysPanel } from '@/components/settings/GatewaysPanel';

export default function Page() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Gateways</h1>
          <div className="muted">Trunks the dialer places calls through.</div>
        </div>
      </div>
      <GatewaysPanel />
    </>
  );
}
