// What the operator's pages read of a tenant, in one fragment so the table, the tenant page
// and every mutation's answer refresh the same cached object.
import { graphql } from '@/gql';

export const OperatorTenantFields = graphql(`
  fragment OperatorTenant on Tenant {
    id
    name
    status
    suspendedReason
    suspendedAt
    createdAt
    caps {
      maxConcurrentCalls
      callsPerSecond
      maxActiveCampaigns
    }
    usage {
      liveCalls
      runningCampaigns
      callsToday
    }
  }
`);

/** How often the operator's pages read usage again: live enough for a glance, cheap for the API. */
export const USAGE_POLL_MS = 3000;
