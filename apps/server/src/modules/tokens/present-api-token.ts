import type { ApiToken } from '@associa/contracts';

/** Row shape the token queries select. */
export type ApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  user_id: string;
  user_email: string;
  created_at: Date;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
};

/** An API token as the API shows it: never the secret or its hash. */
export function presentApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    userId: row.user_id,
    userEmail: row.user_email,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}
