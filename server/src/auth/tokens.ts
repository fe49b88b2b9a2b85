import { createHash, randomBytes } from 'node:crypto';

/**
 * Tokens are random and stored only as SHA-256 hashes: a leaked database does not leak
 * usable credentials, and lookup stays one indexed equality. The prefix tells which kind.
 */
export const SESSION_PREFIX = 'pcs_';
export const API_KEY_PREFIX = 'pck_';

export function newToken(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
