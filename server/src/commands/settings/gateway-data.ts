/** What createGateway and updateGateway take (its GraphQL input class implements them). */
export interface CreateGatewayData {
  name: string;
  /** Template with {number}, e.g. sofia/gateway/gw1/{number}. */
  dialString: string;
  enabled?: boolean | null;
  maxConcurrent?: number | null;
  callsPerSecond?: number | null;
}

/** Changes only what is given. */
export interface UpdateGatewayData {
  name?: string | null;
  dialString?: string | null;
  enabled?: boolean | null;
  maxConcurrent?: number | null;
  callsPerSecond?: number | null;
}
