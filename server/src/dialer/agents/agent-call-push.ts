import type { AgentCallPhase } from '../../events/agent-topics';
import type { Topic, TopicMap } from '../../events/topics';

/** Anything that publishes bus topics (the EventBus, the dialer's SerialPublisher). */
export interface TopicPublisher {
  publish<T extends Topic>(topic: T, payload: TopicMap[T]): Promise<void>;
}

/**
 * Tells one agent about its call: OFFERED when the dialer gives it the call (screen-pop before
 * the phone rings), BRIDGED once the customer is connected. The agent's `myCalls` subscription
 * loads the recipient's full record; nobody else's subscription passes the agent filter.
 */
export function pushAgentCall(
  bus: TopicPublisher,
  call: { tenantId: string; agentId: string; callId: string },
  phase: AgentCallPhase,
  at: Date,
): Promise<void> {
  return bus.publish('AGENT_CALL', { ...call, phase, at: at.toISOString() });
}
