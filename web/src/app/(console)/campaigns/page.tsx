import Link from 'next/link';
import { CampaignList } from '@/components/campaigns/CampaignList';

export default function CampaignsPage() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Campaigns</h1>
          <div className="muted">Newest first. Counters and states update live.</div>
        </div>
        <Link className="button" href="/campaigns/templates">Templates</Link>
        <Link className="button primary" href="/campaigns/new">New campaign</Link>
      </div>
      <CampaignList />
    </>
  );
}
