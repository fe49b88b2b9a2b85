import { DetailedReport } from '@/components/reports/DetailedReport';

export default async function DetailedReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <DetailedReport campaignId={id} />;
}
