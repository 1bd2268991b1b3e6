import type { ManagedUser, UpdateUserRequest } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { auditByActor, recordAudit } from '../audit/record-audit';
import type { Actor } from '../users/actor';
import { presentManagedUser, selectManagedUsers } from './managed-user-rows';
import { adminRoleOf, assertRoleFitsOrganisation, canGrantRole, canReachOrganisation } from './people-policies';

/**
 * An administrator changes someone's role or (de)activates them. Deactivation ends their sessions
 * and API tokens at once; no change may leave an organisation without an active admin.
 */
export async function updateUser({ db, clock, actor, userId, input, ip }: { db: Db; clock: Clock; actor: Actor; userId: string; input: UpdateUserRequest; ip: string | null }): Promise<ManagedUser> {
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const found = await trx.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id').select(['u.organisation_id', 'o.kind']).where('u.id', '=', userId).executeTakeFirst();
    if (!found || !canReachOrganisation(actor, found.organisation_id)) throw notFound('The user');
    const { organisation_id: organisationId, kind } = found;
    // Every change to an organisation's people takes its row first, so two concurrent demotions
    // of its last two admins queue up and the second one sees the first. NO KEY UPDATE leaves
    // inserts that merely reference the organisation (claims, users) unblocked.
    await trx.selectFrom('organisations').select('id').where('id', '=', organisationId).forNoKeyUpdate().execute();
    const user = await trx.selectFrom('users').select(['id', 'email', 'role', 'disabled_at']).where('id', '=', userId).forUpdate().executeTakeFirstOrThrow();
    const role = input.role ?? user.role;
    const wasActive = user.disabled_at === null;
    const active = input.active ?? wasActive;
    if (role !== user.role) {
      if (!canGrantRole(actor, role, organisationId)) throw forbidden(`You may not give the ${role} role.`);
      assertRoleFitsOrganisation(role, kind);
    }
    const adminRole = adminRoleOf(kind);
    if (user.role === adminRole && wasActive && !(role === adminRole && active)) {
      const others = await trx
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('organisation_id', '=', organisationId)
        .where('role', '=', adminRole)
        .where('disabled_at', 'is', null)
        .where('id', '!=', userId)
        .executeTakeFirstOrThrow();
      if (others.n === 0) throw new AppError(409, 'LAST_ADMIN', `This is the organisation's last active ${adminRole}: make someone else ${adminRole} first.`);
    }
    const audit = (action: 'USER_ROLE_CHANGED' | 'USER_DEACTIVATED' | 'USER_REACTIVATED', details: Record<string, unknown> = {}) =>
      recordAudit(trx, { at: now, by: auditByActor(actor), action, target: { type: 'USER', id: userId, label: user.email, organisationId }, details, ip });
    if (role !== user.role) {
      await trx.updateTable('users').set({ role, updated_at: now }).where('id', '=', userId).execute();
      await audit('USER_ROLE_CHANGED', { before: user.role, after: role });
    }
    if (active !== wasActive) {
      await trx.updateTable('users').set({ disabled_at: active ? null : now, updated_at: now }).where('id', '=', userId).execute();
      if (!active) {
        // The disabled check already refuses both; ending them keeps a later reactivation from reviving them.
        await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
        await trx.updateTable('api_tokens').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
      }
      await audit(active ? 'USER_REACTIVATED' : 'USER_DEACTIVATED');
    }
    return presentManagedUser(await selectManagedUsers(trx).where('u.id', '=', userId).executeTakeFirstOrThrow());
  });
}
