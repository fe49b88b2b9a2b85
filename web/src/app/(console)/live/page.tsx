import { TenantWallboard } from '@/components/live/TenantWallboard';

export default function LivePage() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Live</h1>
          <div className="muted">Pushed by the dialer about once a second.</div>
        </div>
      </div>
      <TenantWallboard />
    </>
  );
}
