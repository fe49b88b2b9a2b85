import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../domain/auth/role';
import { Agent } from '../../entities/agent.entity';
import { User } from '../../entities/user.entity';
import { badInput, conflict } from '../../errors/app-error';
import { loadOwned } from '../load-owned';

/**
 * The user an agent is linked to: of the caller's tenant, role AGENT, not yet another agent's
 * (one person, one phone: the dialer would otherwise offer them two calls at once).
 */
export async function agentUser(em: EntityManager, tenantId: string, userId: string, agentId: string | null): Promise<User> {
  const user = await loadOwned(em, User, 'User', userId, tenantId);
  if (user.role !== Role.AGENT) throw badInput('userId', 'the user must have role AGENT');
  const other = await em.findOne(Agent, { user: userId, tenant: tenantId });
  if (other && other.id !== agentId) throw conflict(`User ${user.email} is already agent ${other.name}`);
  return user;
}
