'use client';
import type {
  BroadcastActionInput, BroadcastActionKind, CampaignAdvancedFragment, CauseAction, CausePolicyEntryInput, DestinationKind, KeyValueInput, MachineAction,
} from '@/gql/graphql';
import { graphql } from '@/gql';
import { Field } from '@/components/ui/Field';

export const CampaignAdvancedFields = graphql(`
  fragment CampaignAdvanced on Campaign {
    waitForResult
    amd { enabled onMachine }
    destination { kind target }
    broadcastActions { kind file seconds extension digit repeat }
    causePolicy { cause action }
    channelVariables { key value }
  }
`);

export interface ActionRow { kind: BroadcastActionKind; file: string; seconds: string; extension: string; digit: string; repeat: string }
export interface Advanced {
  waitForResult: boolean;
  amdEnabled: boolean;
  amdOnMachine: MachineAction;
  destinationKind: DestinationKind | '';
  destinationTarget: string;
  actions: ActionRow[];
  causes: CausePolicyEntryInput[];
  variables: KeyValueInput[];
}

export const ADVANCED_DEFAULTS: Advanced = {
  waitForResult: false, amdEnabled: false, amdOnMachine: 'HANGUP', destinationKind: '', destinationTarget: '', actions: [], causes: [], variables: [],
};

export function advancedFrom(c: CampaignAdvancedFragment): Advanced {
  const s = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    waitForResult: c.waitForResult, amdEnabled: c.amd.enabled, amdOnMachine: c.amd.onMachine,
    destinationKind: c.destination?.kind ?? '', destinationTarget: c.destination?.target ?? '',
    actions: c.broadcastActions.map((a) => ({ kind: a.kind, file: s(a.file), seconds: s(a.seconds), extension: s(a.extension), digit: s(a.digit), repeat: s(a.repeat) })),
    causes: c.causePolicy.map((p) => ({ cause: p.cause, action: p.action })),
    variables: c.channelVariables.map((v) => ({ key: v.key, value: v.value })),
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
    destination: a.destinationKind && a.destinationTarget.trim() ? { kind: a.destinationKind, target: a.destinationTarget.trim() } : null,
    broadcastActions: actions,
    causePolicy: a.causes.filter((c) => c.cause.trim()).map((c) => ({ cause: c.cause.trim().toUpperCase(), action: c.action })),
    channelVariables: a.variables.filter((v) => v.key.trim()).map((v) => ({ key: v.key.trim(), value: v.value })),
  };
}

const KINDS: Array<[BroadcastActionKind, string]> = [
  ['PLAY', 'Play a file'], ['WAIT', 'Wait'], ['TRANSFER', 'Transfer / IVR'], ['CONFIRM_ANSWER', 'Press a digit to confirm answer'], ['CONFIRM_LISTEN', 'Press a digit after the message'],
];
const CAUSE_ACTIONS: CauseAction[] = ['SUCCESS', 'RETRY', 'FAIL', 'NEUTRAL'];

/** Errors whose field path starts with `prefix` (the API names list items, e.g. broadcastActions.0.seconds). */
function under(errors: Record<string, string>, prefix: string): string | undefined {
  const hits = Object.entries(errors).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => (k === prefix ? v : `${k.slice(prefix.length).replace(/^[.[]/, '')}: ${v}`));
  return hits.length ? hits.join('; ') : undefined;
}

/** Broadcast script, destination, AMD, cause policy and channel variables. */
export function AdvancedSettings({ value, onChange, errors }: { value: Advanced; onChange(v: Advanced): void; errors: Record<string, string> }) {
  const set = <K extends keyof Advanced>(k: K, v: Advanced[K]) => onChange({ ...value, [k]: v });
  const setAction = (i: number, patch: Partial<ActionRow>) => set('actions', value.actions.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <>
      <div className="card">
        <h2>Broadcast script</h2>
        <p className="muted small" style={{ marginTop: -6 }}>What a VOICE campaign does when the call is answered, in order.</p>
        {value.actions.map((a, i) => (
          <div key={i} className="row" style={{ marginBottom: 6 }} data-testid="broadcast-action">
            <select aria-label={`Step ${i + 1}`} value={a.kind} onChange={(e) => setAction(i, { kind: e.target.value as BroadcastActionKind })}>
              {KINDS.map(([k, label]) => <option key={k} value={k}>{label}</option>)}
            </select>
            {(a.kind === 'PLAY' || a.kind.startsWith('CONFIRM')) && <input aria-label="Sound file" placeholder="/sounds/promo.wav" value={a.file} onChange={(e) => setAction(i, { file: e.target.value })} />}
            {a.kind === 'WAIT' && <input aria-label="Seconds" placeholder="seconds (1-600)" style={{ width: 130 }} value={a.seconds} onChange={(e) => setAction(i, { seconds: e.target.value })} />}
            {a.kind === 'TRANSFER' && <input aria-label="Extension" placeholder="extension or IVR" value={a.extension} onChange={(e) => setAction(i, { extension: e.target.value })} />}
            {a.kind.startsWith('CONFIRM') && <input aria-label="Digit" placeholder="digit" style={{ width: 70 }} value={a.digit} onChange={(e) => setAction(i, { digit: e.target.value })} />}
            {a.kind === 'CONFIRM_LISTEN' && <input aria-label="Repeat" placeholder="repeat 0-10" style={{ width: 110 }} value={a.repeat} onChange={(e) => setAction(i, { repeat: e.target.value })} />}
            <button type="button" className="button ghost small" aria-label={`Remove step ${i + 1}`} onClick={() => set('actions', value.actions.filter((_, j) => j !== i))}>✕</button>
          </div>
        ))}
        {under(errors, 'broadcastActions') && <p className="error small" role="alert">{under(errors, 'broadcastActions')}</p>}
        <button type="button" className="button small" onClick={() => set('actions', [...value.actions, { kind: 'PLAY', file: '', seconds: '', extension: '', digit: '', repeat: '' }])}>Add step</button>
      </div>
      <div className="card">
        <h2>After answer</h2>
        <div className="grid3">
          <Field label="Destination" name="destination" error={under(errors, 'destination')}>
            <div className="row">
              <select aria-label="Destination kind" value={value.destinationKind} onChange={(e) => set('destinationKind', e.target.value as DestinationKind | '')}>
                <option value="">None</option><option value="EXTENSION">Extension</option><option value="QUEUE">Queue</option><option value="IVR">IVR</option>
              </select>
              {value.destinationKind && <input aria-label="Destination target" value={value.destinationTarget} onChange={(e) => set('destinationTarget', e.target.value)} />}
            </div>
          </Field>
          <Field label="Answering machine detection" name="amd" error={under(errors, 'amd')}>
            <div className="row">
              <label className="check"><input type="checkbox" checked={value.amdEnabled} onChange={(e) => set('amdEnabled', e.target.checked)} /> Detect</label>
              {value.amdEnabled && (
                <select aria-label="On machine" value={value.amdOnMachine} onChange={(e) => set('amdOnMachine', e.target.value as MachineAction)}>
                  <option value="HANGUP">Hang up</option><option value="PLAY">Play the message</option><option value="CONTINUE">Continue</option>
                </select>
              )}
            </div>
          </Field>
          <Field label="Agent result" name="waitForResult" error={errors.waitForResult}>
            <label className="check"><input type="checkbox" checked={value.waitForResult} onChange={(e) => set('waitForResult', e.target.checked)} /> Wait for the agent&apos;s result before the next call</label>
          </Field>
        </div>
      </div>
      <div className="card grid2">
        <div>
          <h2>Hangup cause policy</h2>
          {value.causes.map((c, i) => (
            <div key={i} className="row" style={{ marginBottom: 6 }}>
              <input aria-label="Cause" placeholder="USER_BUSY or NO_ANSWER" value={c.cause} onChange={(e) => set('causes', value.causes.map((x, j) => (j === i ? { ...x, cause: e.target.value } : x)))} />
              <select aria-label="Action" value={c.action} onChange={(e) => set('causes', value.causes.map((x, j) => (j === i ? { ...x, action: e.target.value as CauseAction } : x)))}>
                {CAUSE_ACTIONS.map((a) => <option key={a} value={a}>{a}</option>)}
              </select>
              <button type="button" className="button ghost small" onClick={() => set('causes', value.causes.filter((_, j) => j !== i))}>✕</button>
            </div>
          ))}
          {under(errors, 'causePolicy') && <p className="error small" role="alert">{under(errors, 'causePolicy')}</p>}
          <button type="button" className="button small" onClick={() => set('causes', [...value.causes, { cause: '', action: 'RETRY' }])}>Add override</button>
        </div>
        <div>
          <h2>Channel variables</h2>
          {value.variables.map((v, i) => (
            <div key={i} className="row" style={{ marginBottom: 6 }}>
              <input aria-label="Variable" placeholder="name" value={v.key} onChange={(e) => set('variables', value.variables.map((x, j) => (j === i ? { ...x, key: e.target.value } : x)))} />
              <input aria-label="Value" placeholder="value" value={v.value} onChange={(e) => set('variables', value.variables.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))} />
              <button type="button" className="button ghost small" onClick={() => set('variables', value.variables.filter((_, j) => j !== i))}>✕</button>
            </div>
          ))}
          {under(errors, 'channelVariables') && <p className="error small" role="alert">{under(errors, 'channelVariables')}</p>}
          <button type="button" className="button small" onClick={() => set('variables', [...value.variables, { key: '', value: '' }])}>Add variable</button>
        </div>
      </div>
    </>
  );
}
