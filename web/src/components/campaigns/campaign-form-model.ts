// The campaign form's values (CampaignForm.tsx): defaults, conversions from and to the API's shapes, local checks.
import type {
  CampaignSettingsFragment,
  CampaignType,
  ComplianceProfile,
  CreateCampaignInput,
  DialingMode,
  NumberFormat,
} from '@/gql/graphql';
import { ADVANCED_DEFAULTS, advancedFrom, advancedInput, type Advanced } from './advanced-model';

export const NUMBERS = [
  'priority',
  'maxAttempts',
  'retryWaitSeconds',
  'maxUncountedAttempts',
  'ringTimeoutSeconds',
  'maxConcurrentCalls',
  'callsPerSecond',
  'minSuccessSeconds',
  'completionThreshold',
  'maxInternalCalls',
  'maxExternalCalls',
  'wrapUpSeconds',
  'abandonRateTarget',
  'queueMultiplier',
] as const;
export type NumberKey = (typeof NUMBERS)[number];

export interface Values {
  name: string;
  description: string;
  type: CampaignType;
  dialingMode: DialingMode | '';
  /** '' = the tenant's profile. */
  complianceProfile: ComplianceProfile | '';
  callerIdName: string;
  callerIdNumber: string;
  defaultRegion: string;
  numberFormat: NumberFormat;
  accountcode: string;
  calendarId: string;
  gatewayIds: string[];
  /** The DNC lists it honours by name; null = every list of the tenant. */
  dncLists: string[] | null;
  isTemplate: boolean;
  queueName: string;
  /** '' = the shipped pacer/safe-harbor.wav. */
  abandonMessage: string;
  numbers: Record<NumberKey, string>;
  advanced: Advanced;
}

/** New campaigns start from the server's own defaults, shown so nobody has to guess them. */
export const DEFAULTS: Values = {
  name: '',
  description: '',
  type: 'VOICE',
  dialingMode: '',
  complianceProfile: '',
  callerIdName: '',
  callerIdNumber: '',
  defaultRegion: '',
  numberFormat: 'E164',
  accountcode: '',
  calendarId: '',
  gatewayIds: [],
  dncLists: null,
  isTemplate: false,
  queueName: '',
  abandonMessage: '',
  numbers: {
    priority: '0',
    maxAttempts: '5',
    retryWaitSeconds: '300',
    maxUncountedAttempts: '3',
    ringTimeoutSeconds: '30',
    maxConcurrentCalls: '10',
    callsPerSecond: '',
    minSuccessSeconds: '0',
    completionThreshold: '',
    maxInternalCalls: '',
    maxExternalCalls: '',
    wrapUpSeconds: '',
    abandonRateTarget: '',
    queueMultiplier: '',
  },
  advanced: ADVANCED_DEFAULTS,
};

export function fromCampaign(c: CampaignSettingsFragment): Values {
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    name: c.name,
    description: c.description,
    type: c.type,
    dialingMode: c.dialingMode ?? '',
    complianceProfile: c.complianceProfile ?? '',
    callerIdName: c.callerIdName,
    callerIdNumber: c.callerIdNumber,
    defaultRegion: c.defaultRegion ?? '',
    numberFormat: c.numberFormat,
    accountcode: c.accountcode ?? '',
    calendarId: c.calendar?.id ?? '',
    gatewayIds: c.gateways.map((g) => g.id),
    dncLists: c.dncLists ?? null,
    isTemplate: c.isTemplate,
    queueName: c.queueName ?? '',
    abandonMessage: c.abandonMessage ?? '',
    numbers: {
      priority: n(c.priority),
      maxAttempts: n(c.maxAttempts),
      retryWaitSeconds: n(c.retryWaitSeconds),
      maxUncountedAttempts: n(c.maxUncountedAttempts),
      ringTimeoutSeconds: n(c.ringTimeoutSeconds),
      maxConcurrentCalls: n(c.maxConcurrentCalls),
      callsPerSecond: n(c.callsPerSecond),
      minSuccessSeconds: n(c.minSuccessSeconds),
      completionThreshold: n(c.completionThreshold),
      maxInternalCalls: n(c.maxInternalCalls),
      maxExternalCalls: n(c.maxExternalCalls),
      wrapUpSeconds: n(c.wrapUpSeconds),
      abandonRateTarget: n(c.abandonRateTarget),
      queueMultiplier: n(c.queueMultiplier),
    },
    advanced: advancedFrom(c),
  };
}

/** Local checks before the round trip; the API stays the authority (its messages win). */
export function localErrors(v: Values): Record<string, string> {
  const out: Record<string, string> = {};
  if (!v.name.trim()) out.name = 'A name is required';
  for (const k of NUMBERS) {
    const raw = v.numbers[k].trim();
    if (raw && !Number.isFinite(Number(raw))) out[k] = 'Must be a number';
  }
  if (v.type === 'AGENT' && !v.dialingMode) out.dialingMode = 'An AGENT campaign needs a dialing mode';
  return out;
}

export function toInput(v: Values): CreateCampaignInput {
  const input: CreateCampaignInput = {
    name: v.name.trim(),
    description: v.description,
    type: v.type,
    callerIdName: v.callerIdName,
    callerIdNumber: v.callerIdNumber,
    gatewayIds: v.gatewayIds,
    calendarId: v.calendarId || null,
    complianceProfile: v.complianceProfile || null,
    abandonMessage: v.abandonMessage.trim() || null,
    dncLists: v.dncLists,
    numberFormat: v.numberFormat,
    accountcode: v.accountcode.trim() || null,
    ...advancedInput(v.advanced),
  };
  if (v.dialingMode) input.dialingMode = v.dialingMode;
  if (v.defaultRegion.trim()) input.defaultRegion = v.defaultRegion.trim().toUpperCase();
  if (v.queueName.trim()) input.queueName = v.queueName.trim();
  for (const k of NUMBERS) {
    const raw = v.numbers[k].trim();
    if (raw) input[k] = Number(raw);
  }
  return input;
}

export const NUMBER_FIELDS: Array<[NumberKey, string, string]> = [
  ['maxAttempts', 'Max attempts', '1 to 100 per recipient'],
  ['retryWaitSeconds', 'Wait between retries (s)', ''],
  ['maxUncountedAttempts', 'Max uncounted results in a row', 'Congestion and other NEUTRAL results; then the recipient fails'],
  ['ringTimeoutSeconds', 'Ring timeout (s)', ''],
  ['maxConcurrentCalls', 'Max concurrent calls', ''],
  ['callsPerSecond', 'Calls per second', 'Spread evenly; blank: half the max concurrent calls'],
  ['minSuccessSeconds', 'Min. successful call (s)', 'Shorter answered calls count as SHORT_CALL'],
  ['priority', 'Priority', 'Higher is dialed first'],
  ['completionThreshold', 'Completion threshold (%)', 'Optional: reached share that completes it'],
  ['maxInternalCalls', 'Max internal calls', 'Optional cap for internal numbers'],
  ['maxExternalCalls', 'Max external calls', 'Optional cap for external numbers'],
];

/** Only meaningful for AGENT campaigns. */
export const AGENT_FIELDS: Array<[NumberKey, string, string]> = [
  ['wrapUpSeconds', 'Agent wrap-up (s)', ''],
  ['abandonRateTarget', 'Abandon-rate target (%)', 'Predictive: default 3'],
  ['queueMultiplier', 'Queue multiplier', 'Queue watch: calls = free agents × this'],
];
