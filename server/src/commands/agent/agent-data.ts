/**
 * What createAgent and updateAgent take, as plain types (its GraphQL input class
 * implements them; ranges and the dial-string pattern are checked at that edge).
 */
export interface CreateAgentData {
  name: string;
  endpoint: string;
  userId?: string | null;
  callTimeoutSeconds?: number | null;
  wrapUpSeconds?: number | null;
  maxNoAnswer?: number | null;
  busyDelaySeconds?: number | null;
  rejectDelaySeconds?: number | null;
  noAnswerDelaySeconds?: number | null;
}

/** Changes only what is given; `unlinkUser` detaches the signed-in user. */
export interface UpdateAgentData {
  name?: string | null;
  endpoint?: string | null;
  userId?: string | null;
  unlinkUser?: boolean | null;
  callTimeoutSeconds?: number | null;
  wrapUpSeconds?: number | null;
  maxNoAnswer?: number | null;
  busyDelaySeconds?: number | null;
  rejectDelaySeconds?: number | null;
  noAnswerDelaySeconds?: number | null;
}
