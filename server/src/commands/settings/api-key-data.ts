import type { ApiScope } from '../../domain/auth/role';

/** What createApiKey takes (its GraphQL input class implements it). */
export interface CreateApiKeyData {
  name: string;
  scopes: ApiScope[];
}
