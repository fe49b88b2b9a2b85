'use client';
import { useMemo, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '@/gql';
import type { WallboardFieldsFragment } from '@/gql/graphql';

export const WallboardFields = graphql(`
  fragment WallboardFields on Wallboard {
    at
    campaignId
    activeCalls
    callsPerMinute
    answerRate
    abandonedCalls
    confirmedCalls
    recipientsRemaining
    etaSeconds
    agents {
      available
      noPhone
      reserved
      onCall
      wrapUp
      onBreak
      loggedOut
    }
    occupancy
    abandonRate
    abandonRateTarget
    profileAbandonRate
    profileWindowHours
  }
`);

const WallboardSub = graphql(`
  subscription Wallboard($campaignId: ID) {
    wallboard(campaignId: $campaignId) {
      ...WallboardFields
    }
  }
`);

const WallboardHistoryQuery = graphql(`
  query WallboardHistory($campaignId: ID) {
    wallboardHistory(campaignId: $campaignId, minutes: 60) {
      at
      activeCalls
      callsPerMinute
      answerRate
    }
  }
`);

export interface Sample {
  t: number;
  activeCalls: number;
  callsPerMinute: number;
  answerRate: number | null;
}
const KEEP = 3600;
const HOUR_MS = 3_600_000;
const percent = (rate: number | null | undefined) => (rate === null || rate === undefined ? null : Math.round(rate * 100));

/**
 * The pushed wallboard (once a second, whatever the campaign's status) and the chart's
 * samples: the server's last hour (wallboardHistory, 15-s points) followed by what was pushed
 * since the page opened, so the chart opens full.
 */
export function useWallboard(campaignId: string | null): { latest: WallboardFieldsFragment | null; samples: Sample[] } {
  const [live, setSamples] = useState<Sample[]>([]);
  const [{ data: history }] = useQuery({ query: WallboardHistoryQuery, variables: { campaignId }, requestPolicy: 'network-only' });
  const [{ data }] = useSubscription({ query: WallboardSub, variables: { campaignId } }, (_prev, next) => {
    const w = next.wallboard;
    const sample: Sample = {
      t: new Date(w.at).getTime(),
      activeCalls: w.activeCalls,
      callsPerMinute: w.callsPerMinute,
      answerRate: percent(w.answerRate),
    };
    setSamples((s) => [...s.slice(-(KEEP - 1)), sample]);
    return next;
  });
  const samples = useMemo(() => {
    const firstLive = live[0]?.t ?? Number.POSITIVE_INFINITY;
    const lastLive = live[live.length - 1]?.t ?? Date.now();
    const past: Sample[] = (history?.wallboardHistory ?? [])
      .map((p) => ({
        t: new Date(p.at).getTime(),
        activeCalls: p.activeCalls,
        callsPerMinute: p.callsPerMinute,
        answerRate: percent(p.answerRate),
      }))
      .filter((p) => p.t < firstLive && p.t > lastLive - HOUR_MS);
    return trimIdleStart([...past, ...live]);
  }, [history, live]);
  return { latest: data?.wallboard ?? null, samples };
}

const MIN_SPAN_MS = 60_000;

/**
 * Leaves out the hour's idle beginning, or a minute of calls is a line squeezed into the
 * chart's right edge: from the last idle point before the first call, and at least a minute.
 */
function trimIdleStart(samples: Sample[]): Sample[] {
  const last = samples[samples.length - 1]?.t ?? 0;
  const busy = samples.findIndex((p) => p.activeCalls > 0 || p.callsPerMinute > 0);
  const from = busy < 0 ? last : (samples[Math.max(0, busy - 1)]?.t ?? last);
  const cutoff = Math.min(from, last - MIN_SPAN_MS);
  return samples.filter((p) => p.t >= cutoff);
}
