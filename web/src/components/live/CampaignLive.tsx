'use client';
import { CallFeed } from './CallFeed';
import { LiveChart } from './LiveChart';
import { WallboardTiles } from './WallboardTiles';
import { useWallboard } from './useWallboard';

/** One campaign's live figures, chart and call feed (shown while it can dial). */
export function CampaignLive({ campaignId, onActivity }: { campaignId: string; onActivity(): void }) {
  const { latest, samples } = useWallboard(campaignId);
  return (
    <div className="card">
      <h2>Live</h2>
      <WallboardTiles w={latest} />
      <div className="grid2" style={{ marginTop: 14, gridTemplateColumns: '3fr 2fr' }}>
        <LiveChart samples={samples} />
        <CallFeed campaignId={campaignId} onActivity={onActivity} />
      </div>
    </div>
  );
}
