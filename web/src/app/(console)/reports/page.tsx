import { Suspense } from 'react';
import { ReportsPage } from '@/components/reports/ReportsPage';

export default function Reports() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Reports</h1>
          <div className="muted">Statistics by campaign: by final state, last outcome, attempts and tag.</div>
        </div>
      </div>
      <Suspense>
        <ReportsPage />
      </Suspense>
    </>
  );
}
