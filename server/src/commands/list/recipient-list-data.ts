import type { ListStatus } from '../../entities/recipient-list.entity';
import type { NumberFormat } from '../../domain/numbers/number-format';

/** What saveList takes (its GraphQL input class implements it). */
export interface RecipientListData {
  name?: string;
  status?: ListStatus;
  defaultRegion?: string | null;
  numberFormat?: NumberFormat;
  /** Null clears it. */
  accountcode?: string | null;
}
