import type { ReasonCode } from '@associa/contracts';
import type { Db } from '../../db/client';

/** The catalogue's English message for each reason code; the web shows the Dutch one from the catalogue. */
export async function loadReasonMessages(db: Db): Promise<(code: ReasonCode, extra?: string) => string> {
  const rows = await db.selectFrom('reason_codes').select(['code', 'message_en']).execute();
  const byCode = new Map(rows.map((r) => [r.code, r.message_en]));
  return (code, extra) => [byCode.get(code) ?? code, extra].filter(Boolean).join(' ');
}
