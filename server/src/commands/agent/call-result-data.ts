/**
 * A call's result as an agent or a CRM reports it, before the domain's reportedResultSchema
 * checks it (its GraphQL input class implements this).
 */
export interface CallResultData {
  success?: boolean | null;
  resetRetries?: boolean | null;
  nextAfterSeconds?: number | null;
  nextNumber?: boolean | null;
  stopNumbers?: string[] | null;
  comment?: string | null;
  disposition?: string | null;
  callbackAt?: Date | null;
  callbackToMe?: boolean | null;
  /** Put the number this call dialed on this DNC list of the tenant ('default' when blank). */
  addToDncList?: string | null;
}
