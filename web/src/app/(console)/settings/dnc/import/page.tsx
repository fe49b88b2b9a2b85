import { ImportWizard } from '@/components/imports/ImportWizard';

// A DNC list from a file (issue 18): CSV with a number column (and an optional expiry column)
// or TXT with one number per line, through the same streaming import as recipients.
export default async function ImportDncPage({ searchParams }: { searchParams: Promise<{ list?: string }> }) {
  const list = (await searchParams).list?.trim() || 'default';
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Import do-not-call numbers</h1>
          <div className="muted">
            Into the list “{list}”. Numbers already listed are renewed; a row’s expiry column, when mapped, sets when its entry ends.
          </div>
        </div>
      </div>
      <ImportWizard target={{ dncList: list }} backHref="/settings/dnc" targetLabel={`DNC list “${list}”`} />
    </>
  );
}
