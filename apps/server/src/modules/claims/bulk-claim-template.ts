import { BULK_CLAIM_FIELDS } from '@associa/contracts';

/** The bulk claims CSV template: the header row and one example claim. */
export function bulkClaimTemplate(): string {
  const quote = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `${BULK_CLAIM_FIELDS.map((f) => f.name).join(',')}\r\n${BULK_CLAIM_FIELDS.map((f) => quote(f.example)).join(',')}\r\n`;
}
