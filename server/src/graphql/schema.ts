import 'reflect-metadata';
import './common/register-enums';
import type { GraphQLSchema } from 'graphql';
import type { PubSub } from '@graphql-yoga/subscription';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth-checker';
import { validateArgs } from './validate-args';
import { AuthResolver } from './auth/auth.resolver';
import { CampaignEventsResolver } from './campaign/campaign-events.resolver';
import { CampaignFieldsResolver } from './campaign/campaign-fields.resolver';
import { CampaignTemplateResolver } from './campaign/campaign-template.resolver';
import { CampaignTenantResolver } from './campaign/campaign-tenant.resolver';
import { CampaignLifecycleResolver } from './campaign/campaign-lifecycle.resolver';
import { CampaignSubscriptionResolver } from './campaign/campaign-subscription.resolver';
import { RecipientSubscriptionResolver } from './recipient/recipient-subscription.resolver';
import { CampaignResolver } from './campaign/campaign.resolver';
import { ImportSubscriptionResolver } from './imports/import-subscription.resolver';
import { ImportResolver } from './imports/import.resolver';
import { RecipientActionsResolver } from './recipient/recipient-actions.resolver';
import { RecipientResolver } from './recipient/recipient.resolver';
import { PhoneFieldsResolver } from './recipient/phone-fields.resolver';
import { ContactFieldsResolver } from './list/contact-fields.resolver';
import { ListActionsResolver } from './list/list-actions.resolver';
import { RecipientListResolver } from './list/recipient-list.resolver';
import { settingsResolvers } from './settings';
import { CallEventsResolver } from './live/call-events.resolver';
import { DialerStatusResolver } from './live/dialer-status.resolver';
import { WallboardResolver } from './live/wallboard.resolver';
import { ReportsResolver } from './reports/reports.resolver';
import { RecipientAttemptsResolver } from './reports/recipient-attempts.resolver';
import { agentResolvers } from './agent';
import { tenancyResolvers } from './tenancy';
import { AuditLogResolver } from './audit/audit-log.resolver';

// Every resolver class of the API. Adding an area = adding its resolvers here.
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  CampaignResolver,
  CampaignLifecycleResolver,
  CampaignFieldsResolver,
  CampaignTemplateResolver,
  CampaignTenantResolver,
  CampaignEventsResolver,
  CampaignSubscriptionResolver,
  RecipientSubscriptionResolver,
  RecipientResolver,
  RecipientActionsResolver,
  PhoneFieldsResolver,
  RecipientListResolver,
  ListActionsResolver,
  ContactFieldsResolver,
  ...settingsResolvers,
  CallEventsResolver,
  WallboardResolver,
  DialerStatusResolver,
  ImportResolver,
  ImportSubscriptionResolver,
  ReportsResolver,
  RecipientAttemptsResolver,
  ...agentResolvers,
  ...tenancyResolvers,
  AuditLogResolver,
];

/** Builds the executable schema; `validateFn` runs class-validator on every input and refuses control characters in every argument. */
export function createSchema(pubSub: PubSub<Record<string, [unknown]>>): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    pubSub,
    validateFn: validateArgs,
  });
}
