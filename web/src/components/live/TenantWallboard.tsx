'use client';
import { DialerStatusCard } from './DialerStatusCard';
import { LiveCampaigns } from './LiveCampaigns';
import { LiveChart } from './LiveChart';
import { WallboardTiles } from './WallboardTiles';
import { useWallboard } from './useWallboard';

/** The supervisor's wall: dialer health, tenant-wide live figures and chart, active campaigns. */
export function TenantWallboard() {
  const { latest, samples } = useWallboard(null);
  return (
    <>
      <DialerStatusCard />
      <div className="card">
        <WallboardTiles w={latest} />
        <div style={{ marginTop: 14 }}>
          <LiveChart samples={samples} />
        </div>
      </div>
      <div className="card">
        <h2>Campaigns</h2>
        <LiveCampaigns />
      </div>
    </>
  );
}
