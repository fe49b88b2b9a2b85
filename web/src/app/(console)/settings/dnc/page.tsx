import { DncPanel } from '@/components/settings/DncPanel';

export default function Page() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Do not call</h1>
          <div className="muted">Numbers that are never dialed while listed.</div>
        </div>
      </div>
      <DncPanel />
    </>
  );
}
