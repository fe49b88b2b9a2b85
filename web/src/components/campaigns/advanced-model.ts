// The advanced settings' form state (AdvancedSettings.tsx) and its conversions from and to the API's shapes.
import type {
  BroadcastActionInput,
  BroadcastActionKind,
  CallDestinationInput,
  CampaignAdvancedFragment,
  CausePolicyEntryInput,
  DestinationKind,
  KeyValueInput,
  MachineAction,
} from '@/gql/graphql';

export interface ActionRow {
  kind: BroadcastActionKind;
  file: string;
  seconds: string;
  extension: string;
  digit: string;
  repeat: string;
}
export interface Advanced {
  waitForResult: boolean;
  amdEnabled: boolean;
  amdOnMachine: MachineAction;
  destinationKind: DestinationKind | '';
  destinationTarget: string;
  /** QUEUE only: the most members waiting before a call is not sent (QUEUE_FULL); empty = no limit. */
  destinationMaxWaiting: string;
  actions: ActionRow[];
  causes: CausePolicyEntryInput[];
  variables: KeyValueInput[];
  sendRecipientFields: boolean;
}

export const ADVANCED_DEFAULTS: Advanced = {
  waitForResult: false,
  amdEnabled: false,
  amdOnMachine: 'HANGUP',
  destinationKind: '',
  destinationTarget: '',
  destinationMaxWaiting: '',
  actions: [],
  causes: [],
  variables: [],
  sendRecipientFields: true,
};

export function advancedFrom(c: CampaignAdvancedFragment): Advanced {
  const s = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    waitForResult: c.waitForResult,
    amdEnabled: c.amd.enabled,
    amdOnMachine: c.amd.onMachine,
    destinationKind: c.destination?.kind ?? '',
    destinationTarget: c.destination?.target ?? '',
    destinationMaxWaiting: s(c.destination?.maxWaiting),
    actions: c.broadcastActions.map((a) => ({
      kind: a.kind,
      file: s(a.file),
      seconds: s(a.seconds),
      extension: s(a.extension),
      digit: s(a.digit),
      repeat: s(a.repeat),
    })),
    causes: c.causePolicy.map((p) => ({ cause: p.cause, action: p.action })),
    variables: c.channelVariables.map((v) => ({ key: v.key, value: v.value })),
    sendRecipientFields: c.sendRecipientFields,
  };
}

/** The input fields of the advanced settings (same names in create and update). */
export function advancedInput(a: Advanced) {
  const actions: BroadcastActionInput[] = a.actions.map((r) => {
    const out: BroadcastActionInput = { kind: r.kind };
    if (r.file.trim()) out.file = r.file.trim();
    if (r.seconds.trim()) out.seconds = Number(r.seconds);
    if (r.extension.trim()) out.extension = r.extension.trim();
    if (r.digit.trim()) out.digit = r.digit.trim();
    if (r.repeat.trim()) out.repeat = Number(r.repeat);
    return out;
  });
  return {
    waitForResult: a.waitForResult,
    amd: { enabled: a.amdEnabled, onMachine: a.amdOnMachine },
    destination: destinationInput(a),
    broadcastActions: actions,
    causePolicy: a.causes.filter((c) => c.cause.trim()).map((c) => ({ cause: c.cause.trim().toUpperCase(), action: c.action })),
    channelVariables: a.variables.filter((v) => v.key.trim()).map((v) => ({ key: v.key.trim(), value: v.value })),
    sendRecipientFields: a.sendRecipientFields,
  };
}

/** The destination, with `maxWaiting` for a queue only (the API refuses it elsewhere). */
function destinationInput(a: Advanced): CallDestinationInput | null {
  if (!a.destinationKind || !a.destinationTarget.trim()) return null;
  const out: CallDestinationInput = { kind: a.destinationKind, target: a.destinationTarget.trim() };
  if (a.destinationKind === 'QUEUE' && a.destinationMaxWaiting.trim()) out.maxWaiting = Number(a.destinationMaxWaiting);
  return out;
}

/** Errors whose field path starts with `prefix` (the API names list items, e.g. broadcastActions.0.seconds). */
export function under(errors: Record<string, string>, prefix: string): string | undefined {
  const hits = Object.entries(errors)
    .filter(([k]) => k.startsWith(prefix))
    .map(([k, v]) => (k === prefix ? v : `${k.slice(prefix.length).replace(/^[.[]/, '')}: ${v}`));
  return hits.length ? hits.join('; ') : undefined;
}
