// The settings area's resolvers (gateways, calendars, DNC, tenant limits, API keys, users).
export const settingsResolvers: Function[] = [];
