import { Readable } from 'node:stream';
import { BULK_CLAIM_FIELDS } from '@associa/contracts';
import { describe, expect, it } from 'vitest';
import { bulkRowToClaimInput } from './bulk-claim-input';
import { readBulkClaimRows } from './bulk-claim-rows';
import { bulkClaimTemplate } from './bulk-claim-template';

const header = BULK_CLAIM_FIELDS.map((f) => f.name).join(',');
const body = (text: string | Buffer, pieces = 7) => {
  // Split into small pieces so rows and multi-byte characters cross chunk boundaries.
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += pieces) chunks.push(bytes.subarray(i, i + pieces));
  return Readable.from(chunks);
};
const failure = (p: Promise<unknown>) => p.then(() => null, (e: { status: number; code: string }) => ({ status: e.status, code: e.code }));

describe('reading a bulk claims file', () => {
  it('reads the template as one claim with the example values', async () => {
    const rows = await readBulkClaimRows(body(bulkClaimTemplate()), { format: 'CSV' });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.line).toBe(2);
    expect(bulkRowToClaimInput(rows[0]!.values)).toEqual({
      mpnId: '4412001',
      poeDocumentId: null,
      fields: {
        name: 'Contoso Teams rollout',
        customer: { domain: 'contoso.nl', tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' },
        solutionArea: 'MICROSOFT_365',
        activities: ['USAGE'],
        lines: [{ productCode: 'MICROSOFT_TEAMS' }, { productCode: 'SHAREPOINT_ONLINE' }],
        customerContact: { name: 'Carla Jansen', title: 'IT manager', email: 'carla@contoso.nl' },
        partnerContact: { name: 'Nina de Vries', email: 'nina@northwind.example' },
        comments: 'Rolled out Teams to 400 seats.',
      },
    });
  });

  it('takes columns in any order and case, quoted cells, subscriptions per product and UTF-8 across chunks', async () => {
    const csv = `\uFEFFName,TENANT_ID,location_mpn_id,customer_domain,solution_area,activities,products,customer_contact_name,customer_contact_title,customer_contact_email,partner_contact_name,partner_contact_email
"Dynamics, fase 2",AB2504E0-4F89-41D3-9A0C-0305E82C3301,4412001,fabrikam.de,business_applications,"usage; pre-sales","DYNAMICS_365_SALES:9b2e7a61-6a0b-4e1c-8f3a-2d5c8e4b7a10;power_bi_pro",Jürgen Müller,CIO,jm@fabrikam.de,Nina,nina@northwind.example
`;
    const [row] = await readBulkClaimRows(body(csv, 3), { format: 'CSV' });
    const { fields, mpnId } = bulkRowToClaimInput(row!.values);
    expect(mpnId).toBe('4412001');
    expect(fields).toMatchObject({
      name: 'Dynamics, fase 2',
      customer: { domain: 'fabrikam.de', tenantId: 'AB2504E0-4F89-41D3-9A0C-0305E82C3301' },
      solutionArea: 'BUSINESS_APPLICATIONS',
      activities: ['USAGE', 'PRE_SALES'],
      lines: [{ productCode: 'DYNAMICS_365_SALES', subscriptionId: '9b2e7a61-6a0b-4e1c-8f3a-2d5c8e4b7a10' }, { productCode: 'POWER_BI_PRO' }],
      customerContact: { name: 'Jürgen Müller', title: 'CIO', email: 'jm@fabrikam.de' },
    });
    expect(fields).not.toHaveProperty('customerTechnicalContact');
    expect(row!.raw.name).toBe('Dynamics, fase 2');
  });

  it('leaves empty cells out so the checks report them as required', async () => {
    const csv = `${header}\n${BULK_CLAIM_FIELDS.map((f) => (f.name === 'location_mpn_id' ? '4412001' : '')).join(',')}\n`;
    const [row] = await readBulkClaimRows(body(csv), { format: 'CSV' });
    expect(bulkRowToClaimInput(row!.values)).toEqual({ mpnId: '4412001', poeDocumentId: null, fields: {} });
  });

  it('reads NDJSON with lists as arrays and products as objects, and marks a line that is not an object', async () => {
    const ndjson = [
      JSON.stringify({ name: 'A', location_mpn_id: 4412001, activities: ['USAGE'], products: [{ productCode: 'INTUNE' }, 'MICROSOFT_TEAMS:' + 'ab'.repeat(4)], poe_document_id: 'f0e3c0de-0000-4000-8000-000000000001' }),
      '',
      'not json',
      JSON.stringify({ name: 'B' }),
    ].join('\n');
    const rows = await readBulkClaimRows(body(ndjson), { format: 'NDJSON' });
    expect(rows.map((r) => [r.line, !!r.unreadable])).toEqual([
      [1, false],
      [3, true],
      [4, false],
    ]);
    const first = bulkRowToClaimInput(rows[0]!.values);
    expect(first).toMatchObject({ mpnId: '4412001', poeDocumentId: 'f0e3c0de-0000-4000-8000-000000000001', fields: { activities: ['USAGE'], lines: [{ productCode: 'INTUNE' }, { productCode: 'MICROSOFT_TEAMS', subscriptionId: 'abababab' }] } });
  });

  it('refuses files it cannot read as a whole, before any row counts', async () => {
    expect(await failure(readBulkClaimRows(body(Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0xff, 0x0a])), { format: 'CSV' }))).toEqual({ status: 422, code: 'FILE_ENCODING' });
    expect(await failure(readBulkClaimRows(body(''), { format: 'CSV' }))).toEqual({ status: 422, code: 'HEADER_MISSING' });
    expect(await failure(readBulkClaimRows(body(`${header}\n`), { format: 'CSV' }))).toEqual({ status: 422, code: 'FILE_EMPTY' });
    expect(await failure(readBulkClaimRows(body(`${header},colour\n`), { format: 'CSV' }))).toEqual({ status: 422, code: 'UNKNOWN_COLUMNS' });
    expect(await failure(readBulkClaimRows(body('name,location_mpn_id\nx,4412001\n'), { format: 'CSV' }))).toEqual({ status: 422, code: 'MISSING_COLUMNS' });
    expect(await failure(readBulkClaimRows(body(`${header}\n"unclosed\n`), { format: 'CSV' }))).toEqual({ status: 422, code: 'FILE_NOT_CSV' });
    expect(await failure(readBulkClaimRows(body('[1,2]\n'), { format: 'NDJSON' }))).toEqual({ status: 422, code: 'FILE_NOT_NDJSON' });
    expect(await failure(readBulkClaimRows(body('{"colour":"red"}\n'), { format: 'NDJSON' }))).toEqual({ status: 422, code: 'UNKNOWN_COLUMNS' });
  });

  it('stops at the row and byte limits with a 413', async () => {
    const three = `${header}\n${'x\n'.repeat(3)}`;
    expect((await readBulkClaimRows(body(three), { format: 'CSV', maxRows: 3 })).length).toBe(3);
    expect(await failure(readBulkClaimRows(body(`${three}x\n`), { format: 'CSV', maxRows: 3 }))).toEqual({ status: 413, code: 'TOO_MANY_ROWS' });
    expect(await failure(readBulkClaimRows(body(three), { format: 'CSV', maxBytes: 100 }))).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });
});
