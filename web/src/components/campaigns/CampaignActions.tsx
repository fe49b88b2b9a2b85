'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { graphql } from '@/gql';
import type { CampaignStatus } from '@/gql/graphql';
import { errorMessage } from '@/lib/errors';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { CloneButton } from './CloneButton';
import { RunConfirms, type RunConfirm } from './RunConfirms';
import { StartControls } from './StartControls';
import { TemplateActions } from './TemplateActions';
import styles from './campaigns.module.css';
import { asyncHandler } from '@/lib/async-handler';

const Start = graphql(`
  mutation StartCampaign($id: ID!, $at: DateTimeISO, $delaySeconds: Int) {
    startCampaign(id: $id, at: $at, delaySeconds: $delaySeconds) {
      id
      status
      runState
      scheduledAt
      startedAt
    }
  }
`);
const Pause = graphql(`
  mutation PauseCampaign($id: ID!) {
    pauseCampaign(id: $id) {
      id
      status
      runState
    }
  }
`);
const Resume = graphql(`
  mutation ResumeCampaign($id: ID!) {
    resumeCampaign(id: $id) {
      id
      status
      runState
    }
  }
`);
const Cancel = graphql(`
  mutation CancelCampaign($id: ID!) {
    cancelCampaign(id: $id) {
      id
      status
      runState
      endedAt
    }
  }
`);
const Restart = graphql(`
  mutation RestartCampaign($id: ID!) {
    restartCampaign(id: $id) {
      id
      status
      runState
    }
  }
`);
const Terminate = graphql(`
  mutation TerminateCampaign($id: ID!) {
    terminateCampaign(id: $id) {
      id
      status
      runState
      endedAt
    }
  }
`);
const AddAttempts = graphql(`
  mutation AddAttemptsAllFailed($campaignId: ID!, $attempts: Int!) {
    addAttempts(campaignId: $campaignId, allFailed: true, attempts: $attempts) {
      affected
      campaign {
        id
        status
      }
    }
  }
`);
const Purge = graphql(`
  mutation PurgePending($campaignId: ID!) {
    purgePendingRecipients(campaignId: $campaignId) {
      affected
      campaign {
        id
        status
      }
    }
  }
`);

const DeleteCampaign = graphql(`
  mutation DeleteCampaign($id: ID!) {
    deleteCampaign(id: $id) {
      id
    }
  }
`);
const DeleteAll = graphql(`
  mutation DeleteAllRecipients($campaignId: ID!) {
    deleteAllRecipients(campaignId: $campaignId) {
      affected
      campaign {
        id
        status
      }
    }
  }
`);

type IdVars = { id: string };
type Confirmable = RunConfirm | 'delete';
const LIVE: CampaignStatus[] = ['SCHEDULED', 'RUNNING', 'PAUSED'];

/** Lifecycle buttons for the campaign's current status; irreversible ones ask first. */
export function CampaignActions(props: {
  id: string;
  name: string;
  status: CampaignStatus;
  isTemplate: boolean;
  templateEnabled?: boolean;
  failed: number;
  /** Why a start would be refused now (the API's reasons): said before the supervisor presses Start. */
  startProblems?: string[];
  canWrite: boolean;
  onDone(): void;
}) {
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
    else if (r.data) {
      setMessage(note(r.data));
      props.onDone();
    }
  }
  const idVars: IdVars = { id: props.id };
  const s = props.status;

  /** A confirmed cancel, terminate, purge or delete-all (RunConfirms). */
  const confirmed = (k: RunConfirm) => {
    setConfirm(null);
    if (k === 'cancel') void run(doCancel(idVars), () => null);
    else if (k === 'terminate') void run(doTerminate(idVars), () => null);
    else if (k === 'purge') void run(doPurge({ campaignId: props.id }), (d) => `${d.purgePendingRecipients.affected} recipients purged.`);
    else void run(doDeleteAll({ campaignId: props.id }), (d) => `${d.deleteAllRecipients.affected} recipients deleted.`); // deleteAll
  };

  if (!props.canWrite) {
    return <div className="muted">You can view this campaign; changing it needs the campaigns permission.</div>;
  }
  /** Deletes this campaign (a template deletes itself: TemplateActions), then leaves its page. */
  const deleteAndGo = async () => {
    setConfirm(null);
    const r = await doDelete(idVars);
    if (r.error) setError(errorMessage(r.error));
    else router.push('/campaigns');
  };

  if (props.isTemplate) {
    return <TemplateActions id={props.id} name={props.name} enabled={props.templateEnabled ?? true} onDone={props.onDone} />;
  }
  const problems = (s === 'CREATED' || s === 'CANCELLED' || s === 'SCHEDULED') && props.startProblems?.length ? props.startProblems : [];
  return (
    <div>
      {problems.length > 0 && (
        <p className="error" data-testid="start-problems">
          Cannot start yet: {problems.join('; ')}.
        </p>
      )}
      <div className={styles.actions}>
        {s === 'CREATED' && (
          <StartControls
            busy={busy}
            onError={setError}
            onStart={(vars, note) => void run(doStart({ id: props.id, ...vars }), () => note)}
          />
        )}
        {s === 'RUNNING' && (
          <button type="button" className="button" disabled={busy} onClick={asyncHandler(() => run(doPause(idVars), () => null))}>
            Pause
          </button>
        )}
        {s === 'PAUSED' && (
          <button type="button" className="button primary" disabled={busy} onClick={asyncHandler(() => run(doResume(idVars), () => null))}>
            Resume
          </button>
        )}
        {LIVE.includes(s) && (
          <button type="button" className="button danger" disabled={busy} onClick={() => setConfirm('cancel')}>
            Cancel campaign
          </button>
        )}
        {s === 'CANCELLED' && (
          <button type="button" className="button primary" disabled={busy} onClick={asyncHandler(() => run(doRestart(idVars), () => null))}>
            Restart
          </button>
        )}
        {(s === 'INCOMPLETE' || s === 'COMPLETED' || s === 'CANCELLED') && (
          <button type="button" className="button danger" disabled={busy} onClick={() => setConfirm('terminate')}>
            Terminate
          </button>
        )}
        {s !== 'TERMINATED' && props.failed > 0 && (
          <span className="row" style={{ gap: 6 }}>
            <input aria-label="Attempts to add" style={{ width: 56 }} value={attempts} onChange={(e) => setAttempts(e.target.value)} />
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={asyncHandler(() =>
                run(
                  doAdd({ campaignId: props.id, attempts: Number(attempts) }),
                  (d) => `${d.addAttempts.affected} failed recipients get more attempts.`,
                ),
              )}
            >
              Add attempts to all failed ({props.failed})
            </button>
          </span>
        )}
        {s !== 'TERMINATED' && (
          <button type="button" className="button" disabled={busy} onClick={() => setConfirm('purge')}>
            Purge pending
          </button>
        )}
        {!LIVE.includes(s) && s !== 'TERMINATED' && (
          <Link className="button" href={`/campaigns/${props.id}/edit`}>
            Edit
          </Link>
        )}
        <CloneButton id={props.id} name={props.name} />
        <CloneButton id={props.id} name={props.name} asTemplate />
        <Link className="button" href={`/reports?campaign=${props.id}`}>
          Statistics
        </Link>
        <Link className="button" href={`/reports/detailed/${props.id}`}>
          Detailed report
        </Link>
        {!LIVE.includes(s) && (
          <button type="button" className="button danger" disabled={busy} onClick={() => setConfirm('deleteAll')}>
            Delete all recipients
          </button>
        )}
        {!LIVE.includes(s) && (
          <button type="button" className="button danger" disabled={busy} onClick={() => setConfirm('delete')}>
            Delete campaign
          </button>
        )}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
      <RunConfirms open={confirm} busy={busy} onCancel={() => setConfirm(null)} onConfirm={confirmed} />
      <ConfirmDialog
        open={confirm === 'delete'}
        title={`Delete ${props.name}?`}
        confirmLabel="Delete campaign"
        danger
        busy={busy}
        onCancel={() => setConfirm(null)}
        onConfirm={asyncHandler(deleteAndGo)}
      >
        It disappears from the console; its history and reports are kept.
      </ConfirmDialog>
    </div>
  );
}
