import { z } from 'zod';
import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { generateSecret, hashSecret } from '../../lib/secrets';
import { recordAudit } from '../audit/record-audit';
import { publicBaseUrl } from '../notifications/public-base-url';
import { invitationUrl } from '../people/account-links';
import { insertInvitation } from '../people/insert-invitation';
import { invitationAuditTarget } from '../people/invitation-rows';

const InputSchema = z.object({
  email: z.email().transform((e) => e.trim().toLowerCase()),
  name: z.string().trim().min(1).max(200),
  organisation: z.string().trim().min(1).max(200).optional(),
});

const CLI = { type: 'CLI', name: 'create-admin' } as const;

/**
 * The operator's first sign-in on a fresh database: ensures the vendor organisation and invites a
 * program admin into it, answering the one-time link (made and hashed here, no e-mail needed) for
 * the operator to open. Running it again for the same address replaces that address's pending
 * program admin invitation, so a lost link is never a dead end.
 */
export async function createProgramAdmin({ db, clock, config, input }: { db: Db; clock: Clock; config: Config; input: z.input<typeof InputSchema> }): Promise<{ email: string; url: string; expiresAt: Date }> {
  const { email, name, organisation } = InputSchema.parse(input);
  const now = clock.now();
  const token = generateSecret();
  const invitation = await db.transaction().execute(async (trx) => {
    const vendor =
      (await trx.selectFrom('organisations').select(['id', 'name', 'kind']).where('kind', '=', 'VENDOR').executeTakeFirst()) ??
      (await trx.insertInto('organisations').values({ kind: 'VENDOR', name: organisation ?? 'Vendor' }).returning(['id', 'name', 'kind']).executeTakeFirstOrThrow());
    const replaced = await trx
      .updateTable('invitations')
      .set({ revoked_at: now })
      .where('email', '=', email)
      .where('organisation_id', '=', vendor.id)
      .where('role', '=', 'PROGRAM_ADMIN')
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .returning('id')
      .execute();
    for (const old of replaced) {
      await recordAudit(trx, { at: now, by: CLI, action: 'INVITATION_REVOKED', target: invitationAuditTarget({ id: old.id, email, organisation_id: vendor.id }), details: { reason: 'REPLACED' } });
    }
    return insertInvitation(trx, {
      now,
      by: CLI,
      ip: null,
      invitation: { organisation: vendor, email, name, role: 'PROGRAM_ADMIN', locale: 'en', invitedBy: { userId: null, name: 'Associa operator' }, tokenHash: hashSecret(token) },
    });
  });
  return { email: invitation.email, url: invitationUrl(publicBaseUrl(config), token), expiresAt: invitation.expires_at };
}
