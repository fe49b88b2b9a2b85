import { registerEnumType } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { AgentState } from '../../domain/agent/agent-state';
import { ApiScope, Role } from '../../domain/auth/role';
import { CallOutcome, CauseAction } from '../../domain/call/call-outcome';
import { CampaignAction } from '../../domain/campaign/campaign-transitions';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { RunState } from '../../domain/campaign/run-state';
import { RecipientState } from '../../domain/recipient/recipient-state';
import { ActorKind } from '../../entities/campaign-event.entity';
import { ListStatus } from '../../entities/recipient-list.entity';

// Every domain enum the schema exposes, registered once, before any type uses it.
registerEnumType(CampaignStatus, { name: 'CampaignStatus', description: 'Lifecycle of a campaign' });
registerEnumType(RunState, { name: 'RunState', description: 'Why a RUNNING campaign is or is not dialing now' });
registerEnumType(CampaignType, { name: 'CampaignType' });
registerEnumType(DialingMode, { name: 'DialingMode', description: 'Pacing of AGENT campaigns' });
registerEnumType(CampaignAction, { name: 'CampaignAction' });
registerEnumType(RecipientState, { name: 'RecipientState' });
registerEnumType(CallOutcome, { name: 'CallOutcome' });
registerEnumType(CauseAction, { name: 'CauseAction', description: 'What a hangup cause does to the recipient' });
registerEnumType(AgentState, { name: 'AgentState' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(ApiScope, { name: 'ApiScope' });
registerEnumType(Permission, { name: 'Permission' });
registerEnumType(ActorKind, { name: 'ActorKind' });
registerEnumType(ListStatus, { name: 'ListStatus' });
