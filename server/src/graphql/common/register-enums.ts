import { registerEnumType } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { AgentState } from '../../domain/agent/agent-state';
import { ApiScope, Role } from '../../domain/auth/role';
import { CallOutcome, CauseAction } from '../../domain/call/call-outcome';
import { CampaignAction } from '../../domain/campaign/campaign-transitions';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { ComplianceProfile } from '../../domain/compliance/compliance-profile';
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
registerEnumType(ComplianceProfile, {
  name: 'ComplianceProfile',
  description: 'The telemarketing rules a campaign dials under (see the README, Compliance)',
  valuesConfig: {
    US_TSR: {
      description:
        'US Telemarketing Sales Rule (16 CFR 310): 08:00-21:00 recipient-local, abandon <= 3 % over 30 days, ring >= 15 s, caller ID',
    },
    UK_OFCOM: {
      description: "UK Ofcom's persistent-misuse statement: abandon <= 3 % per 24 h, caller ID, 72 h rest after an abandoned call",
    },
    NONE: { description: 'No rule applies (chosen explicitly)' },
  },
});
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
