import { AgentDesk } from '@/components/agents/AgentDesk';

export default function DeskPage() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Agent desk</h1>
          <div className="muted">The customer&apos;s record appears here the moment a call reaches you.</div>
        </div>
      </div>
      <AgentDesk />
    </>
  );
}
