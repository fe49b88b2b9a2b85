'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { graphql } from '@/gql';
import type { CampaignStatus } from '@/gql/graphql';
import { errorMessage } from '@/lib/errors';
import { localInputToIso } from '@/lib/format';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { CloneButton } from './CloneButton';
import styles from './campaigns.module.css';
import { asyncHandler } from '@/lib/async-handler';

const Start = graphql(`mutation StartCampaign($id: ID!, $at: DateTimeISO, $delaySeconds: Int) { startCampaign(id: $id, at: $at, delaySeconds: $delaySeconds) { id status runState scheduledAt startedAt } }`);
const Pause = graphql(`mutation PauseCampaign($id: ID!) { pauseCampaign(id: $id) { id status runState } }`);
const Resume = graphql(`mutation ResumeCampaign($id: ID!) { resumeCampaign(id: $id) { id status runState } }`);
const Cancel = graphql(`mutation CancelCampaign($id: ID!) { cancelCampaign(id: $id) { id status runState endedAt } }`);
const Restart = graphql(`mutation RestartCampaign($id: ID!) { restartCampaign(id: $id) { id status runState } }`);
const Terminate = graphql(`mutation TerminateCampaign($id: ID!) { terminateCampaign(id: $id) { id status runState endedAt } }`);
const AddAttempts = graphql(`mutation AddAttemptsAllFailed($campaignId: ID!, $attempts: Int!) { addAttempts(campaignId: $campaignId, allFailed: true, attempts: $attempts) { affected campaign { id status } } }`);
const Purge = graphql(`mutation PurgePending($campaignId: ID!) { purgePendingRecipients(campaignId: $campaignId) { affected campaign { id status } } }`);

const DeleteCampaign = graphql(`mutation DeleteCampaign($id: ID!) { deleteCampaign(id: $id) { id } }`);
const DeleteAll = graphql(`mutation DeleteAllRecipients($campaignId: ID!) { deleteAllRecipients(campaignId: $campaignId) { affected campaign { id status } } }`);

type IdVars = { id: string };
type Confirmable = 'cancel' | 'terminate' | 'purge' | 'delete' | 'deleteAll';

const LIVE: CampaignStatus[] = ['SCHEDULED', 'RUNNING', 'PAUSED'];

/** Lifecycle buttons for the campaign's current status; irreversible ones ask first. */
export function CampaignActions(props: { id: string; name: string; status: CampaignStatus; isTemplate: boolean; failed: number; canWrite: boolean; onDone(): void }) {
  const [startMode, setStartMode] = useState<'now' | 'at' | 'delay'>('now');
  const [at, setAt] = useState('');
  const [delay, setDelay] = useState('60');
  const [attempts, setAttempts] = useState('1');
  const [confirm, setConfirm] = useState<Confirmable | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [start, doStart] = useMutation(Start);
  const [pause, doPause] = useMutation(Pause);
  const [resume, doResume] = useMutation(Resume);
  const [cancel, doCancel] = useMutation(Cancel);
  const [restart, doRestart] = useMutation(Restart);
  const [terminate, doTerminate] = useMutation(Terminate);
  const [add, doAdd] = useMutation(AddAttempts);
  const [purge, doPurge] = useMutation(Purge);
  const [del, doDelete] = useMutation(DeleteCampaign);
  const [delAll, doDeleteAll] = useMutation(DeleteAll);
  const router = useRouter();
  const busy = [start, pause, resume, cancel, restart, terminate, add, purge, del, delAll].some((m) => m.fetching);

  /** Runs one mutation and reports its error (with the API's code) or a short note. */
  async function run<D>(p: Promise<{ data?: D; error?: CombinedError }>, note: (d: D) => string | null) {
    setError(null);
    setMessage(null);
    const r = await p;
    if (r.error) setError(errorMessage(r.error));
    else if (r.data) { setMessage(note(r.data)); props.onDone(); }
  }
  const idVars: IdVars = { id: props.id };
  const s = props.status;

  const startNow = () => {
    if (startMode === 'at') {
      const iso = localInputToIso(at);
      if (!iso) { setError('Pick the start time'); return; }
      void run(doStart({ id: props.id, at: iso }), () => 'Scheduled.');
    } else if (startMode === 'delay') {
      void run(doStart({ id: props.id, delaySeconds: Number(delay) }), () => 'Scheduled.');
    } else {
      void run(doStart({ id: props.id }), () => null);
    }
  };

  if (!props.canWrite) {
    return <div className="muted">You can view this campaign; changing it needs the campaigns permission.</div>;
  }
  if (props.isTemplate) {
    return (
      <div>
        <div className={styles.actions}>
          <CloneButton id={props.id} name={props.name} label="Create a campaign from this template" />
          <Link className="button" href={`/campaigns/${props.id}/edit`}>Edit template</Link>
          <button type="button" className="button danger" disabled={busy} onClick={() => setConfirm('delete')}>Delete template</button>
        </div>
        {error && <p className="error" role="alert">{error}</p>}
        <ConfirmDialog
          open={confirm === 'delete'}
          title={`Delete ${props.name}?`}
          confirmLabel="Delete template"
          danger
          busy={busy}
          onCancel={() => setConfirm(null)}
          onConfirm={asyncHandler(async () => {
            setConfirm(null);
            const r = await doDelete(idVars);
            if (r.error) setError(errorMessage(r.error));
            else router.push('/campaigns/templates');
          })}
        >
          Campaigns made from it are not affected.
        </ConfirmDialog>
      </div>
    );
  }
  return (
    <div>
      <div className={styles.actions}>
        {s === 'CREATED' && (
          <>
            <select aria-label="When to start" value={startMode} onChange={(e) => setStartMode(e.target.value as 'now' | 'at' | 'delay')}>
              <option value="now">Start now</option>
              <option value="at">Start at…</option>
              <option value="delay">Start after…</option>
            </select>
            {startMode === 'at' && <input type="datetime-local" aria-label="Start time" value={at} onChange={(e) => setAt(e.target.value)} />}
            {startMode === 'delay' && (
              <label className="check"><input aria-label="Delay in seconds" style={{ width: 90 }} value={delay} onChange={(e) => setDelay(e.target.value)} /> seconds</label>
            )}
            <button type="button" className="button primary" disabled={busy} onClick={startNow}>Start</button>
          </>
        )}
        {s === 'RUNNING' && <button type="button" className="button" disabled={busy} onClick={asyncHandler(() => run(doPause(idVars), () => null))}>Pause</button>}
        {s === 'PAUSED' && <button type="button" className="button primary" disabled={busy} onClick={asyncHandler(() => run(doResume(idVars), () => null))}>Resume</button>}
        {LIVE.includes(s) && <button type="button" className="button danger" disabled={busy} onClick={() => setConfirm('cancel')}>Cancel campaign</button>}
        {s === 'CANCELLED' && <button type="button" className="button primary" disabled={busy} onClick={asyncHandler(() => run(doRestart(idVars), () => null))}>Restart</button>}
        {(s === 'INCOMPLETE' || s === 'COMPLETED' || s === 'CANCELLED') && (
          <button type="button" className="button danger" disabled={busy} onClick={() => setConfirm('terminate')}>Terminate</button>
        )}
        {s !== 'TERMINATED' && props.failed > 0 && (
          <span className="row" style={{ gap: 6 }}>
            <input aria-label="Attempts to add" style={{ width: 56 }} value={attempts} onChange={(e) => setAttempts(e.target.value)} />
            <button type="button" className="button" disabled={busy} onClick={asyncHandler(() => run(doAdd({ campaignId: props.id, attempts: Number(attempts) }), (d) => `${d.addAttempts.affected} failed recipients get more attempts.`))}>
              Add attempts to all failed ({props.failed})
            </button>
          </span>
        )}
        {s !== 'TERMINATED' && <button type="button" className="button" disabled={busy} onClick={() => setConfirm('purge')}>Purge pending</button>}
        {!LIVE.includes(s) && s !== 'TERMINATED' && <Link className="button" href={`/campaigns/${props.id}/edit`}>Edit</Link>}
        <CloneButton id={props.id} name={props.name} />
        <CloneButton id={props.id} name={props.name} asTemplate />
        <Link className="button" href={`/reports?campaign=${props.id}`}>Statistics</Link>
        <Link className="button" href={`/reports/detailed/${props.id}`}>Detailed report</Link>
        {!LIVE.includes(s) && <button type="button" className="button danger" disabled={busy} onClick={() => setConfirm('deleteAll')}>Delete all recipients</button>}
        {!LIVE.includes(s) && <button type="button" className="button danger" disabled={busy} onClick={() => setConfirm('delete')}>Delete campaign</button>}
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {message && <p className="muted" role="status">{message}</p>}
      <ConfirmDialog
        open={confirm === 'cancel'}
        title="Cancel this campaign?"
        confirmLabel="Cancel campaign"
        danger
        busy={busy}
        onCancel={() => setConfirm(null)}
        onConfirm={() => { setConfirm(null); void run(doCancel(idVars), () => null); }}
      >
        No new calls are placed; calls in progress end normally and pending callbacks are cancelled. You can restart it later.
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'terminate'}
        title="Terminate this campaign?"
        confirmLabel="Terminate"
        danger
        busy={busy}
        onCancel={() => setConfirm(null)}
        onConfirm={() => { setConfirm(null); void run(doTerminate(idVars), () => null); }}
      >
        It is closed for good and can never dial again. Its history and reports are kept.
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'purge'}
        title="Purge pending recipients?"
        confirmLabel="Purge"
        danger
        busy={busy}
        onCancel={() => setConfirm(null)}
        onConfirm={() => { setConfirm(null); void run(doPurge({ campaignId: props.id }), (d) => `${d.purgePendingRecipients.affected} recipients purged.`); }}
      >
        Waiting recipients never called are removed; those with call history are stopped. This cannot be undone.
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'deleteAll'}
        title="Delete every recipient?"
        confirmLabel="Delete all recipients"
        danger
        busy={busy}
        onCancel={() => setConfirm(null)}
        onConfirm={() => { setConfirm(null); void run(doDeleteAll({ campaignId: props.id }), (d) => `${d.deleteAllRecipients.affected} recipients deleted.`); }}
      >
        All recipients of this campaign and their progress are removed. This cannot be undone.
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'delete'}
        title={`Delete ${props.name}?`}
        confirmLabel="Delete campaign"
        danger
        busy={busy}
        onCancel={() => setConfirm(null)}
        onConfirm={asyncHandler(async () => {
          setConfirm(null);
          const r = await doDelete(idVars);
          if (r.error) setError(errorMessage(r.error));
          else router.push('/campaigns');
        })}
      >
        It disappears from the console; its history and reports are kept.
      </ConfirmDialog>
    </div>
  );
}
