import { expect } from 'vitest';
import type { Db } from '../../src/db/client';
import type { CaughtMail } from './smtp-sink';

/** A password the policy accepts, for invitations, resets and changes in tests. */
export const STRONG_PASSWORD = 'Lantern-orbit-velvet-93';

/** The token of the invitation or password reset link in a caught e-mail. */
export function accountLinkToken(mail: Pick<CaughtMail, 'text'>, page: 'invitations' | 'reset-password'): string {
  const match = new RegExp(`https://associa\\.test/${page}/([A-Za-z0-9_-]+)`).exec(mail.text);
  expect(match, mail.text).not.toBeNull();
  return match![1]!;
}

/** The audit entries about one target, oldest first. */
export async function auditOf(db: Db, targetId: string) {
  return db.selectFrom('audit_log').selectAll().where('target_id', '=', targetId).orderBy('id').execute();
}
