import { CampaignForm } from '@/components/campaigns/CampaignForm';
import { FromTemplate } from '@/components/campaigns/FromTemplate';

export default function NewCampaignPage() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>New campaign</h1>
          <div className="muted">Defaults are the server&apos;s; change what you need.</div>
        </div>
      </div>
      <FromTemplate />
      <CampaignForm />
    </>
  );
}
