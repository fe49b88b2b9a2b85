// The entity list the ORM loads; one place so migrations and the app agree.
import { Agent } from './agent.entity';
import { AgentAssignment } from './agent-assignment.entity';
import { ApiKey } from './api-key.entity';
import { AuditEntry } from './audit-entry.entity';
import { Calendar } from './calendar.entity';
import { CallAttempt } from './call-attempt.entity';
import { Campaign } from './campaign.entity';
import { CampaignEvent } from './campaign-event.entity';
import { CampaignRecipient } from './campaign-recipient.entity';
import { CampaignTally } from './campaign-tally.entity';
import { Contact } from './contact.entity';
import { DncEntry } from './dnc-entry.entity';
import { Gateway } from './gateway.entity';
import { ImportJob, ImportRejection } from './import-job.entity';
import { RateLimitEntry } from './rate-limit-entry.entity';
import { RecipientList } from './recipient-list.entity';
import { RecipientPhone } from './recipient-phone.entity';
import { Session } from './session.entity';
import { Tenant } from './tenant.entity';
import { TenantSettings } from './tenant-settings.entity';
import { User } from './user.entity';

export const entities = [
  Tenant,
  TenantSettings,
  User,
  Session,
  ApiKey,
  Gateway,
  Calendar,
  DncEntry,
  RecipientList,
  Contact,
  Campaign,
  CampaignRecipient,
  CampaignTally,
  RecipientPhone,
  CallAttempt,
  CampaignEvent,
  AuditEntry,
  Agent,
  AgentAssignment,
  ImportJob,
  ImportRejection,
  RateLimitEntry,
];
