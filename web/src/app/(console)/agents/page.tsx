import { AgentsPanel } from '@/components/agents/AgentsPanel';

export default function AgentsPage() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Agents</h1>
          <div className="muted">States update live.</div>
        </div>
      </div>
      <AgentsPanel />
    </>
  );
}
