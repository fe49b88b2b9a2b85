'use client';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import type { StatisticsFilterInput } from '@/gql/graphql';
import { errorMessage } from '@/lib/errors';
import { formatDateTime, localInputToIso } from '@/lib/format';
import { formatDuration } from '@/lib/figures';
import { AbandonedFigure } from '@/components/ui/AbandonedFigure';
import { StatusBadge } from '@/components/campaigns/StatusBadge';
import { StatBuckets } from './StatBuckets';

const CampaignChoices = graphql(`
  query ReportCampaignChoices {
    campaigns(first: 200) {
      nodes {
        id
        name
        status
        type
        abandonRateTarget
      }
    }
  }
`);
const StatisticsQuery = graphql(`
  query CampaignStatistics($filter: StatisticsFilterInput) {
    campaignStatistics(filter: $filter) {
      recipients
      finalRecipients
      openRecipients
      callsPlaced
      countedAttempts
      answered
      answeredPercent
      abandoned
      abandonedPercent
      averageTalkSeconds
      totalTalkSeconds
      untagged
      byState {
        ...StatBucketFields
      }
      byLastOutcome {
        ...StatBucketFields
      }
      byAttempts {
        ...StatBucketFields
      }
      byTag {
        ...StatBucketFields
      }
      campaigns {
        id
        name
        status
        startedAt
        endedAt
        deletedAt
      }
    }
  }
`);

/** Statistics over the chosen campaigns: by state, last outcome, counted attempts and tag (one meaning each: the API's descriptions). */
export function Statistics({ initialCampaignId }: { initialCampaignId: string | null }) {
  const [{ data: choices }] = useQuery({ query: CampaignChoices });
  const [picked, setPicked] = useState<string[]>(initialCampaignId ? [initialCampaignId] : []);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [filter, setFilter] = useState<StatisticsFilterInput>(initialCampaignId ? { campaignIds: [initialCampaignId] } : {});
  const [{ data, error, fetching }] = useQuery({ query: StatisticsQuery, variables: { filter } });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter({ campaignIds: picked.length ? picked : undefined, startedFrom: localInputToIso(from), startedTo: localInputToIso(to) });
  };
  const s = data?.campaignStatistics;
  // A target applies to one agent campaign (the wallboard's rule); a mix of campaigns has none.
  const only = s?.campaigns.length === 1 ? choices?.campaigns.nodes.find((c) => c.id === s.campaigns[0]?.id) : undefined;
  const target = only && only.type !== 'VOICE' ? only.abandonRateTarget / 100 : null;
  return (
    <>
      <form className="card" onSubmit={apply} aria-label="Report filters">
        <div className="row">
          <label className="field" style={{ minWidth: 280 }}>
            <span>Campaigns (none ticked: all)</span>
            <select
              multiple
              size={Math.min(6, Math.max(3, choices?.campaigns.nodes.length ?? 3))}
              aria-label="Campaigns"
              value={picked}
              onChange={(e) => setPicked(Array.from(e.target.selectedOptions).map((o) => o.value))}
            >
              {choices?.campaigns.nodes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.status.toLowerCase()})
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Started from</span>
            <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label className="field">
            <span>Started before</span>
            <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
          <button className="button primary" type="submit">
            Show
          </button>
          {fetching && <span className="muted small">Counting…</span>}
        </div>
      </form>
      {error && (
        <p className="error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      {s && (
        <>
          <div className="card" data-testid="report-totals">
            <div className="grid3">
              <div>
                <div className="muted small">Recipients</div>
                <div style={{ fontSize: 24, fontWeight: 600 }} data-total="recipients">
                  {s.recipients}{' '}
                  <span className="muted small">
                    ({s.finalRecipients} final, {s.openRecipients} open)
                  </span>
                </div>
              </div>
              <div>
                <div className="muted small">Calls placed</div>
                <div style={{ fontSize: 24, fontWeight: 600 }} title="Every call, counted against the maximum or not">
                  {s.callsPlaced}{' '}
                  <span className="muted small">
                    ({s.countedAttempts} counted {s.countedAttempts === 1 ? 'attempt' : 'attempts'})
                  </span>
                </div>
              </div>
              <div>
                <div className="muted small">Answered</div>
                <div style={{ fontSize: 24, fontWeight: 600 }}>
                  {s.answered} <span className="muted small">({s.answeredPercent.toFixed(1)}%)</span>
                </div>
              </div>
              <div>
                <div className="muted small">Abandoned</div>
                <div style={{ fontSize: 18, fontWeight: 600 }} data-total="abandoned">
                  <AbandonedFigure abandoned={s.abandoned} answered={s.answered} rate={s.abandonedPercent / 100} target={target} />
                </div>
              </div>
              <div>
                <div className="muted small">Average talk</div>
                <div
                  style={{ fontSize: 24, fontWeight: 600 }}
                  data-total="average-talk"
                  title={s.totalTalkSeconds === 0 ? 'No billed talk time yet' : 'Mean billed seconds of answered calls'}
                >
                  {s.answered === 0 || s.totalTalkSeconds === 0 ? '—' : formatDuration(s.averageTalkSeconds)}
                </div>
              </div>
              <div>
                <div className="muted small">Total talk</div>
                <div style={{ fontSize: 24, fontWeight: 600 }}>{formatDuration(s.totalTalkSeconds)}</div>
              </div>
            </div>
          </div>
          <div className="grid2" style={{ alignItems: 'start' }}>
            <StatBuckets title="By state (final and open)" buckets={s.byState} testId="by-state" />
            <StatBuckets title="By last outcome" buckets={s.byLastOutcome} testId="by-outcome" />
            <StatBuckets
              title="By counted attempts"
              buckets={s.byAttempts}
              testId="by-attempts"
              keyLabel={(k) => `${k} attempt${k === '1' ? '' : 's'}`}
            />
            <StatBuckets title="By tag" buckets={s.byTag} testId="by-tag" keyLabel={(k) => k} />
          </div>
          {s.untagged > 0 && <p className="muted small">{s.untagged} recipients have no tag.</p>}
          <div className="card">
            <h2>Campaigns in this report</h2>
            <table className="table">
              <thead>
                <tr>
                  <th>Campaign</th>
                  <th>Status</th>
                  <th>Started</th>
                  <th>Ended</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {s.campaigns.map((c) => (
                  <tr key={c.id}>
                    <td>
                      {c.deletedAt ? (
                        <>
                          {c.name} <span className="muted small">(deleted)</span>
                        </>
                      ) : (
                        <Link href={`/campaigns/${c.id}`}>{c.name}</Link>
                      )}
                    </td>
                    <td>
                      <StatusBadge value={c.status} />
                    </td>
                    <td className="small">{formatDateTime(c.startedAt)}</td>
                    <td className="small">{formatDateTime(c.endedAt)}</td>
                    <td>
                      <Link className="button small" href={`/reports/detailed/${c.id}`}>
                        Detailed report
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
