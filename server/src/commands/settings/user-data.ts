import type { Role } from '../../domain/auth/role';

/** What createUser and updateUser take (its GraphQL input class implements them). */
export interface CreateUserData {
  email: string;
  name: string;
  password: string;
  role: Role;
}

/** Changes only what is given. */
export interface UpdateUserData {
  name?: string | null;
  role?: Role | null;
  disabled?: boolean | null;
}
