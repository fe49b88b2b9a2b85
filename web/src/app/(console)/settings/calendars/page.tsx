import { CalendarsPanel } from '@/components/settings/CalendarsPanel';

export default function Page() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Calendars</h1>
          <div className="muted">When campaigns may dial, in which time zone.</div>
        </div>
      </div>
      <CalendarsPanel />
    </>
  );
}
