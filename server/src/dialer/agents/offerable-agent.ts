/**
 * The one definition of an agent the dialer may offer a call to: signed in and AVAILABLE with a
 * phone the switch reports registered (`agent-phones.ts`; null = not checked yet = not yet).
 * Reservation, pacing's free-agent count, personal callbacks and the wallboard's "available"
 * all use it, so the board never shows as free an agent the dialer would not call.
 */
export function offerableAgentSql(alias: string): string {
  return `(${alias}.state = 'AVAILABLE' and ${alias}.phone_registered is true)`;
}
