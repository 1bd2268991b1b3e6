import type { Import } from '@associa/contracts';
import type { Selectable } from 'kysely';
import type { ImportsTable } from '../../db/schema';

/** An import record as the API shows it. */
export function presentImport(r: Selectable<ImportsTable>): Import {
  return {
    id: r.id,
    kind: r.kind,
    format: r.format,
    dryRun: r.dry_run,
    status: r.status,
    fileName: r.file_name,
    totalBytes: Number(r.total_bytes),
    bytesRead: Number(r.bytes_read),
    rowsRead: r.rows_read,
    inserted: r.inserted,
    updated: r.updated,
    unchanged: r.unchanged,
    rejected: r.rejected,
    failure: r.failure_code ? { code: r.failure_code, message: r.failure_message ?? '' } : null,
    createdBy: r.created_by_name,
    createdAt: r.created_at.toISOString(),
    startedAt: r.started_at?.toISOString() ?? null,
    finishedAt: r.finished_at?.toISOString() ?? null,
  };
}
