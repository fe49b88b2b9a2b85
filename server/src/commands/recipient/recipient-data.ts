/**
 * A recipient as an integrator or an import row gives it (Webitel's member body), as a plain
 * type: the commands and the import's worker threads use it without loading GraphQL
 * (its GraphQL input class implements it).
 */

/** One number; higher priority is dialed first. */
export interface CommunicationData {
  number: string;
  priority?: number;
}

export interface RecipientData {
  externalId?: string;
  name?: string;
  priority?: number;
  /** IANA zone; calling hours are applied in it. */
  timezone?: string;
  expireAt?: Date;
  notBefore?: Date;
  notAfter?: Date;
  callbackAt?: Date;
  callbackExtension?: string;
  communications: CommunicationData[];
  variables?: Record<string, unknown>;
  tags?: string[];
}
