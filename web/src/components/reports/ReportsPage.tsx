'use client';
import { useSearchParams } from 'next/navigation';
import { Statistics } from './Statistics';

/** /reports?campaign=<id> opens the statistics of that campaign. */
export function ReportsPage() {
  const params = useSearchParams();
  return <Statistics initialCampaignId={params.get('campaign')} />;
}
