import { graphql } from '@/gql';

/** The recipients table's documents: a row's fields, a page of rows, and the push that a row changed. */
export const RecipientRowFields = graphql(`
  fragment RecipientRow on Recipient {
    id
    name
    externalId
    state
    attempts
    extraAttempts
    lastOutcome
    lastAttemptAt
    nextAttemptAt
    tags
    waitingReason {
      reason
      until
      zone
      limit
    }
    phones {
      number
      priority
      stopped
      dnc
    }
  }
`);

export const RecipientsQuery = graphql(`
  query Recipients($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientFilterInput) {
    recipients(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {
      nodes {
        ...RecipientRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const RecipientChanged = graphql(`
  subscription RecipientChanged($campaignId: ID!) {
    recipientChanged(campaignId: $campaignId) {
      changes {
        recipientId
      }
      bulk {
        action
      }
    }
  }
`);
