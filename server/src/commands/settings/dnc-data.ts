/** What addDncNumbers takes: numbers as people write them (its GraphQL input class implements it). */
export interface AddDncNumbersData {
  numbers: string[];
  listName?: string | null;
  reason?: string | null;
  expiresAt?: Date | null;
}
