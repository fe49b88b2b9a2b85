import Link from 'next/link';
import { CampaignList } from '@/components/campaigns/CampaignList';

export default function TemplatesPage() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Templates</h1>
          <div className="muted">Never dialed; clone one to make a campaign.</div>
        </div>
        <Link className="button" href="/campaigns">
          Campaigns
        </Link>
      </div>
      <CampaignList templates />
    </>
  );
}
