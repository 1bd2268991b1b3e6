import { Limits } from '@associa/contracts';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { hashPassword } from '../../lib/passwords';

const InputSchema = z.object({
  email: z.email().transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1).max(200),
  password: z.string().min(Limits.minPasswordLength).max(Limits.maxPasswordLength),
  organisation: z.string().trim().min(1).max(200).optional(),
});

/** The operator's first login on a fresh database: a program admin in the vendor organisation. */
export async function createProgramAdmin({ db, input }: { db: Db; input: z.input<typeof InputSchema> }) {
  const { email, name, password, organisation } = InputSchema.parse(input);
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const vendor =
      (await trx.selectFrom('organisations').select('id').where('kind', '=', 'VENDOR').executeTakeFirst()) ??
      (await trx.insertInto('organisations').values({ kind: 'VENDOR', name: organisation ?? 'Vendor' }).returning('id').executeTakeFirstOrThrow());
    return trx
      .insertInto('users')
      .values({ organisation_id: vendor.id, email, name, role: 'PROGRAM_ADMIN', password_hash: passwordHash })
      .returning(['id', 'email'])
      .executeTakeFirstOrThrow();
  });
}
