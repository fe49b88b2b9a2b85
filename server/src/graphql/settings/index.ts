// The settings area's resolvers (gateways, calendars, DNC, tenant limits, API keys, users).
import { ApiKeyResolver } from './api-key.resolver';
import { CalendarResolver } from './calendar.resolver';
import { DncResolver } from './dnc.resolver';
import { GatewayResolver } from './gateway.resolver';
import { TenantSettingsResolver } from './tenant-settings.resolver';
import { UserResolver } from './user.resolver';

export const settingsResolvers: Function[] = [
  GatewayResolver,
  CalendarResolver,
  DncResolver,
  TenantSettingsResolver,
  ApiKeyResolver,
  UserResolver,
];
