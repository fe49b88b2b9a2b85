'use client';
import Link from 'next/link';
import { useCallback, useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '@/gql';
import { can } from '@/components/shell/AppShell';
import { errorCode, errorMessage } from '@/lib/errors';
import { formatDateTime, humanize } from '@/lib/format';
import { formatDuration, gatewaysText, gatewaysTitle } from '@/lib/figures';
import { useThrottled } from '@/lib/use-throttled';
import { CampaignLive } from '@/components/live/CampaignLive';
import { AddRecipientsForm } from './AddRecipientsForm';
import { CampaignActions } from './CampaignActions';
import { CampaignCounters } from './CampaignCounters';
import { HistoryTimeline } from './HistoryTimeline';
import { RecipientsTable } from './RecipientsTable';
import { RunStateBadge } from './RunStateBadge';
import { StatusBadge } from './StatusBadge';
import { WaitingBreakdown } from './WaitingBreakdown';
import { runStateText } from './run-state-text';
import styles from './campaigns.module.css';

const CampaignQuery = graphql(`
  query CampaignDetail($id: ID!) {
    me {
      ...ViewerFields
    }
    campaign(id: $id) {
      id
      name
      description
      type
      dialingMode
      status
      runState
      runStateReason
      isTemplate
      templateEnabled
      template {
        id
        name
      }
      startProblems
      effectiveComplianceProfile
      recipientsOutsideHours
      createdAt
      startedAt
      endedAt
      scheduledAt
      maxAttempts
      retryWaitSeconds
      maxConcurrentCalls
      callsPerSecond
      priority
      gateways {
        id
        name
      }
      calendar {
        id
        name
        timeZone
      }
      recipientCounts {
        ...CampaignCounters
      }
    }
  }
`);

const CampaignChanged = graphql(`
  subscription CampaignChanged($campaignId: ID!) {
    campaignChanged(campaignId: $campaignId) {
      campaignId
      status
      runState
      action
      at
    }
  }
`);

/** One campaign: live state and counters, lifecycle actions, recipients and history. */
export function CampaignDetail({ id }: { id: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: CampaignQuery, variables: { id } });
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => {
    reexecute({ requestPolicy: 'network-only' });
    setTick((t) => t + 1);
  }, [reexecute]);
  const liveRefresh = useThrottled(refresh, 1000);
  useSubscription({ query: CampaignChanged, variables: { campaignId: id } }, (_prev, event) => {
    liveRefresh();
    return event;
  });
  // campaignChanged reports state changes, not each call: call events (CampaignLive) drive a
  // throttled re-read of counters and recipients; a slow timer covers a quiet feed.
  const callActivity = useThrottled(refresh, 2000);
  const status = data?.campaign.status;
  useEffect(() => {
    if (status !== 'RUNNING') return;
    const t = setInterval(refresh, 10_000);
    return () => clearInterval(t);
  }, [status, refresh]);

  if (error) {
    return (
      <div className="card error">
        {errorCode(error) === 'NOT_FOUND' ? 'This campaign does not exist (or belongs to another tenant).' : errorMessage(error)}
      </div>
    );
  }
  if (!data) return <div className="muted">Loading…</div>;
  const c = data.campaign;
  const writer = can(data.me, 'CAMPAIGNS_WRITE');
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1 data-testid="campaign-name">
            {c.name}
            {c.isTemplate ? ` (template${c.templateEnabled ? '' : ', disabled'})` : ''}
          </h1>
          {c.template && (
            <div className="muted small" data-testid="from-template">
              From template <Link href={`/campaigns/${c.template.id}`}>{c.template.name}</Link>
            </div>
          )}
          <div className="row" style={{ alignItems: 'center' }}>
            <span data-testid="campaign-status">
              <StatusBadge value={c.status} />
            </span>
            {c.status === 'RUNNING' && (
              <span data-testid="run-state">
                <RunStateBadge state={c.runState} reason={c.runStateReason} />
              </span>
            )}
            {c.status === 'RUNNING' && (
              <span className="muted small" data-testid="run-state-reason">
                {runStateText(c.runState, c.runStateReason)}
              </span>
            )}
            <span className="muted">
              {humanize(c.type)}
              {c.dialingMode ? ` · ${humanize(c.dialingMode)}` : ''}
              {c.description ? ` · ${c.description}` : ''}
            </span>
          </div>
        </div>
      </div>
      <div className="card">
        <div className={styles.summary}>
          <span>
            Created <b>{formatDateTime(c.createdAt)}</b>
          </span>
          {c.scheduledAt && (
            <span>
              Scheduled <b>{formatDateTime(c.scheduledAt)}</b>
            </span>
          )}
          <span>
            Started <b>{formatDateTime(c.startedAt)}</b>
          </span>
          <span>
            Ended <b>{formatDateTime(c.endedAt)}</b>
          </span>
          <span>
            Attempts <b>{c.maxAttempts}</b> every <b>{formatDuration(c.retryWaitSeconds)}</b>
          </span>
          <span>
            Max calls <b>{c.maxConcurrentCalls}</b> at <b>{c.callsPerSecond}/s</b>
          </span>
          <span data-testid="campaign-gateways" title={gatewaysTitle(c.gateways.length)}>
            Gateways <b>{gatewaysText(c.gateways.map((g) => g.name))}</b>
          </span>
          <span>
            Calendar <b>{c.calendar ? `${c.calendar.name} (${c.calendar.timeZone})` : 'any time'}</b>
          </span>
          <span data-testid="compliance-profile">
            Compliance{' '}
            <b style={c.effectiveComplianceProfile === 'NONE' ? { color: '#b91c1c' } : undefined}>{c.effectiveComplianceProfile}</b>
          </span>
          <span data-testid="outside-hours" title="Recipients still to call whose local time is outside the calling hours now">
            Outside hours now <b>{c.recipientsOutsideHours}</b>
          </span>
        </div>
        <div style={{ marginTop: 14 }}>
          <CampaignActions
            id={c.id}
            name={c.name}
            status={c.status}
            isTemplate={c.isTemplate}
            templateEnabled={c.templateEnabled}
            failed={c.recipientCounts.failed}
            startProblems={c.startProblems}
            canWrite={writer}
            onDone={refresh}
          />
        </div>
      </div>
      <CampaignCounters counts={c.recipientCounts} />
      {!['COMPLETED', 'INCOMPLETE', 'CANCELLED', 'TERMINATED'].includes(c.status) && !c.isTemplate && (
        <WaitingBreakdown campaignId={c.id} tick={tick} />
      )}
      {['RUNNING', 'PAUSED', 'SCHEDULED'].includes(c.status) && <CampaignLive campaignId={c.id} onActivity={callActivity} />}
      {can(data.me, 'RECIPIENTS_WRITE') && c.status !== 'TERMINATED' && (
        <AddRecipientsForm campaignId={c.id} onDone={refresh} isTemplate={c.isTemplate} />
      )}
      {/* The table takes the page's width (its columns need it); the history follows it. */}
      <RecipientsTable campaignId={c.id} tick={tick} canWrite={can(data.me, 'RECIPIENTS_WRITE')} onChanged={refresh} />
      <HistoryTimeline campaignId={c.id} tick={tick} />
    </>
  );
}
