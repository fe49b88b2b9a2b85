import Link from 'next/link';
import { CampaignList } from '@/components/campaigns/CampaignList';
import { IfAllowed } from '@/components/shell/viewer';

export default function CampaignsPage() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Campaigns</h1>
          <div className="muted">Newest first. Counters and states update live.</div>
        </div>
        <Link className="button" href="/campaigns/templates">
          Templates
        </Link>
        <IfAllowed permission="CAMPAIGNS_WRITE">
          <Link className="button primary" href="/campaigns/new">
            New campaign
          </Link>
        </IfAllowed>
      </div>
      <CampaignList />
    </>
  );
}
