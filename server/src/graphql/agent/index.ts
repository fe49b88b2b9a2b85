// The agents area's resolvers (agents, tiers, states; later calls pushed to agents and results).
import { AgentAssignmentResolver } from './agent-assignment.resolver';
import { AgentStateResolver } from './agent-state.resolver';
import { AgentResolver } from './agent.resolver';
import { CallResultResolver } from './call-result.resolver';
import { MyCallsResolver } from './my-calls.resolver';
import { MyCurrentCallResolver } from './my-current-call.resolver';
import { PreviewResolver } from './preview.resolver';

export const agentResolvers: Function[] = [
  AgentResolver,
  AgentAssignmentResolver,
  AgentStateResolver,
  MyCallsResolver,
  MyCurrentCallResolver,
  CallResultResolver,
  PreviewResolver,
];
