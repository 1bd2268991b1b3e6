import type { Db } from '../../db/client';
import { hashSecret } from '../../lib/secrets';

/** Ends the web session that carries this token; unknown tokens are ignored. */
export async function logout({ db, sessionToken }: { db: Db; sessionToken: string }): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashSecret(sessionToken)).execute();
}
