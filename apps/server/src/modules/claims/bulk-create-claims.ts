import { type BulkClaimUpload, type CreateClaimRequest, type ErrorDetail, type ImportFormat, MPN_ID_PATTERN, type ReasonCode } from '@associa/contracts';
import { type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError, forbidden } from '../../lib/errors';
import { assertPartnerActive } from '../partners/partner-policies';
import type { Actor } from '../users/actor';
import { createBulkDraft, isOwnPoeDocument } from './bulk-claim-draft';
import { bulkRowToClaimInput } from './bulk-claim-input';
import { canCreateBulkClaims } from './bulk-claim-policies';
import { type BulkClaimRow, readBulkClaimRows } from './bulk-claim-rows';
import { getBulkClaimUpload } from './bulk-get-upload';
import { loadClaimRules } from './claim-rules';
import { submitClaim } from './submit-claim';
import { validateClaim, type ClaimValidation } from './validate-claim';

/** What one bulk upload is asked to do. */
export type BulkClaimsInput = { format: ImportFormat; dryRun: boolean; submit: boolean; poeDocumentId?: string | null; fileName?: string | null };

type RowOutcome = { status: 'VALID' | 'CREATED' | 'SUBMITTED' | 'REJECTED'; claimId: string | null; problems: ErrorDetail[] };

/** The keys each line of a valid row will hold once submitted, to find two rows of one file on the same key. */
function lineKeys(validation: ClaimValidation, units: Map<string, string | null>): string[][] {
  return validation.lines.map((line) =>
    validation.programs.map((program) =>
      units.get(program) === 'SUBSCRIPTION' ? `${program}|subscription|${line.subscriptionId}` : `${program}|${validation.tenantId}|${line.productCode}`,
    ),
  );
}

/** Refuses a caller who may not create claims, before any byte of the file is read. */
export function assertCanCreateBulkClaims(actor: Actor): void {
  if (!canCreateBulkClaims(actor)) throw forbidden('Only an incentives administrator of a partner creates claims.');
  assertPartnerActive(actor);
}

/**
 * Creates one claim per row of an uploaded file (or, as a dry run, only checks them): each row goes
 * through the same validation as `POST /claims/validate`; a row with problems is rejected with all
 * of them, a valid one becomes a draft with its own history (and the reused PoE document), and with
 * `submit` is submitted through `submitClaim`. The record and every row's result are stored, each
 * draft in one transaction with its row's result.
 */
export async function createBulkClaims({
  db,
  clock,
  actor,
  input,
  body,
}: {
  db: Db;
  clock: Clock;
  actor: Actor;
  input: BulkClaimsInput;
  body: AsyncIterable<Buffer | string>;
}): Promise<BulkClaimUpload> {
  assertCanCreateBulkClaims(actor);
  const sharedPoe = input.poeDocumentId ?? null;
  if (sharedPoe && !(await isOwnPoeDocument(db, actor, sharedPoe))) {
    throw new AppError(422, 'POE_DOCUMENT_UNKNOWN', "The PoE document is not one of your organisation's: upload it to one of your claims first and use its ID.", [
      { path: 'poeDocumentId', code: 'POE_DOCUMENT_UNKNOWN', message: 'No such document on your claims.' },
    ]);
  }
  const rows = await readBulkClaimRows(body, { format: input.format });

  const upload = await db
    .insertInto('bulk_claim_uploads')
    .values({
      organisation_id: actor.organisationId,
      format: input.format,
      file_name: input.fileName ?? null,
      dry_run: input.dryRun,
      submit: input.submit,
      poe_document_id: sharedPoe,
      rows_read: rows.length,
      created_by: actor.userId,
      created_by_name: actor.name,
      created_at: clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const mpnIds = [...new Set(rows.flatMap((r) => (r.values.location_mpn_id ? [r.values.location_mpn_id] : [])))];
  // Locations of every organisation: the validation itself says LOCATION_UNKNOWN for another's.
  const locations = new Map(
    mpnIds.length ? (await db.selectFrom('partner_locations').select(['id', 'mpn_id']).where('mpn_id', 'in', mpnIds).execute()).map((l) => [l.mpn_id, l.id]) : [],
  );
  const units = new Map((await db.selectFrom('programs').select(['code', 'exclusivity_unit']).execute()).map((p) => [p.code, p.exclusivity_unit]));
  const rules = await loadClaimRules(db);
  const { message } = rules;
  const ownDocuments = new Map<string, boolean>();
  const claimedKeys = new Set<string>();

  for (const row of rows) {
    const outcome = await processRow(row);
    if (outcome.status === 'CREATED' && input.submit && outcome.claimId) {
      try {
        await submitClaim({ db, clock, actor, claimId: outcome.claimId });
        await setRow(row.line, { status: 'SUBMITTED' });
      } catch (err) {
        if (!(err instanceof AppError) || err.status >= 500) throw err;
        // The draft stays; the row says why it was not submitted.
        await setRow(row.line, { problems: err.details.length ? err.details : [{ path: '', code: err.code, message: err.message }] });
      }
    }
  }

  await db
    .updateTable('bulk_claim_uploads as u')
    .set((eb) => ({
      status: 'COMPLETED',
      finished_at: clock.now(),
      valid: eb.selectFrom('bulk_claim_rows').select((s) => s.fn.countAll<number>().as('n')).where('upload_id', '=', upload.id).where('status', '!=', 'REJECTED').where(sql<SqlBool>`jsonb_array_length(problems) = 0`),
      created: eb.selectFrom('bulk_claim_rows').select((s) => s.fn.countAll<number>().as('n')).where('upload_id', '=', upload.id).where('status', 'in', ['CREATED', 'SUBMITTED']),
      submitted: eb.selectFrom('bulk_claim_rows').select((s) => s.fn.countAll<number>().as('n')).where('upload_id', '=', upload.id).where('status', '=', 'SUBMITTED'),
      rejected: eb.selectFrom('bulk_claim_rows').select((s) => s.fn.countAll<number>().as('n')).where('upload_id', '=', upload.id).where('status', '=', 'REJECTED'),
    }))
    .where('u.id', '=', upload.id)
    .execute();
  return getBulkClaimUpload({ db, actor, id: upload.id });

  async function setRow(line: number, set: { status?: 'SUBMITTED'; problems?: ErrorDetail[] }) {
    await db
      .updateTable('bulk_claim_rows')
      .set({ ...(set.status ? { status: set.status } : {}), ...(set.problems ? { problems: JSON.stringify(set.problems) } : {}) })
      .where('upload_id', '=', upload.id)
      .where('line', '=', line)
      .execute();
  }

  async function ownDocument(id: string): Promise<boolean> {
    if (!ownDocuments.has(id)) ownDocuments.set(id, await isOwnPoeDocument(db, actor, id));
    return ownDocuments.get(id)!;
  }

  async function processRow(row: BulkClaimRow): Promise<RowOutcome> {
    const result = await checkRow(row);
    const values = { upload_id: upload.id, line: row.line, row: JSON.stringify(row.raw), problems: JSON.stringify(result.problems) };
    if (result.problems.length || input.dryRun) {
      const status = result.problems.length ? 'REJECTED' : 'VALID';
      await db.insertInto('bulk_claim_rows').values({ ...values, status }).execute();
      return { status, claimId: null, problems: result.problems };
    }
    const claimId = await db.transaction().execute(async (trx) => {
      const id = await createBulkDraft(trx, { actor, input: result.claim!, poeDocumentId: result.poeDocumentId, at: clock.now() });
      await trx.insertInto('bulk_claim_rows').values({ ...values, status: 'CREATED', claim_id: id }).execute();
      return id;
    });
    return { status: 'CREATED', claimId, problems: [] };
  }

  async function checkRow(row: BulkClaimRow): Promise<{ problems: ErrorDetail[]; claim?: CreateClaimRequest; poeDocumentId: string | null }> {
    if (row.unreadable) return { problems: [{ path: '', code: 'INVALID_JSON', message: 'This line is not a JSON object.' }], poeDocumentId: null };
    const { mpnId, poeDocumentId, fields } = bulkRowToClaimInput(row.values);
    const own: ErrorDetail[] = [];
    const locationId = mpnId ? locations.get(mpnId) : undefined;
    if (mpnId && !locationId) {
      own.push({ path: 'locationId', code: 'LOCATION_UNKNOWN', message: MPN_ID_PATTERN.test(mpnId) ? `No location has MPN ID ${mpnId}.` : `${mpnId} is not an MPN ID (6 to 10 digits).` });
    }
    const poe = poeDocumentId ?? sharedPoe;
    let hasPoe = !!poe;
    if (poeDocumentId && !(await ownDocument(poeDocumentId))) {
      own.push({ path: 'documents', code: 'POE_DOCUMENT_UNKNOWN', message: `${poeDocumentId} is not a PoE document on one of your claims.` });
      hasPoe = false;
    }
    const validation = await validateClaim({ db, rules, actor, input: { ...fields, ...(locationId ? { locationId } : {}) }, documentCount: hasPoe ? 1 : 0 });
    const problems = [
      ...own,
      ...validation.problems.filter(
        (p) =>
          !(p.path === 'locationId' && p.code === 'REQUIRED' && own.some((o) => o.path === 'locationId')) &&
          // A draft may get its PoE later; only a submit needs it now.
          !(p.code === 'POE_MISSING' && !input.submit),
      ),
    ];
    if (input.submit && !problems.length) {
      // Two rows on one key: the second would fail its submit, so it is refused like the validation would.
      const keys = lineKeys(validation, units);
      const code: ReasonCode = 'DUPLICATE_OPEN_CLAIM';
      keys.forEach((ofLine, i) => {
        if (ofLine.some((k) => claimedKeys.has(k))) problems.push({ path: `lines.${i}`, code, message: message(code, '(an earlier row of this file)') });
      });
      if (!problems.length) for (const k of keys.flat()) claimedKeys.add(k);
    }
    return { problems, claim: { ...fields, locationId: locationId! }, poeDocumentId: hasPoe ? poe : null };
  }
}
