'use client';
import { useState } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '@/gql';
import type { WallboardFieldsFragment } from '@/gql/graphql';

export const WallboardFields = graphql(`
  fragment WallboardFields on Wallboard {
    at
    campaignId
    activeCalls
    callsPerMinute
    answerRate
    recipientsRemaining
    etaSeconds
    agents {
      available
      reserved
      onCall
      wrapUp
      onBreak
      loggedOut
    }
    occupancy
    abandonRate
    abandonRateTarget
  }
`);

const WallboardSub = graphql(`
  subscription Wallboard($campaignId: ID) {
    wallboard(campaignId: $campaignId) {
      ...WallboardFields
    }
  }
`);

export interface Sample {
  t: number;
  activeCalls: number;
  callsPerMinute: number;
  answerRate: number | null;
}
const KEEP = 600;

/** The pushed wallboard (about once a second) and the samples seen since the page opened (10 min). */
export function useWallboard(campaignId: string | null): { latest: WallboardFieldsFragment | null; samples: Sample[] } {
  const [samples, setSamples] = useState<Sample[]>([]);
  const [{ data }] = useSubscription({ query: WallboardSub, variables: { campaignId } }, (_prev, next) => {
    const w = next.wallboard;
    const sample: Sample = {
      t: new Date(w.at).getTime(),
      activeCalls: w.activeCalls,
      callsPerMinute: w.callsPerMinute,
      answerRate: w.answerRate === null || w.answerRate === undefined ? null : Math.round(w.answerRate * 100),
    };
    setSamples((s) => [...s.slice(-(KEEP - 1)), sample]);
    return next;
  });
  return { latest: data?.wallboard ?? null, samples };
}
