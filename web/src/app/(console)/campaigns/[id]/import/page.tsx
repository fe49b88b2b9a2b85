import { ImportWizard } from '@/components/imports/ImportWizard';

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Import recipients</h1>
          <div className="muted">Large files are streamed; nothing is imported until you start.</div>
        </div>
      </div>
      <ImportWizard target={{ campaignId: id }} backHref={`/campaigns/${id}`} targetLabel="campaign" />
    </>
  );
}
