import { describe, expect, it } from 'vitest';
import { BodyDigest } from './request-body-hash';

const form = (boundary: string, content: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="poe.pdf"\r\nContent-Type: application/pdf\r\n\r\n${content}\r\n--${boundary}--\r\n`;

const digestOf = (contentType: string, body: string, chunkSize: number) => {
  const d = new BodyDigest(contentType);
  const bytes = Buffer.from(body);
  for (let i = 0; i < bytes.length; i += chunkSize) d.update(bytes.subarray(i, i + chunkSize));
  return d.digest();
};

describe('BodyDigest', () => {
  it('hashes the same multipart parts alike whatever the boundary and however the bytes arrive', () => {
    const a = digestOf('multipart/form-data; boundary=----formdata-undici-0123456789', form('----formdata-undici-0123456789', '%PDF-1.7 same bytes'), 7);
    const b = digestOf('multipart/form-data; boundary="XyZ-987"', form('XyZ-987', '%PDF-1.7 same bytes'), 1);
    const c = digestOf('multipart/form-data; boundary=XyZ-987', form('XyZ-987', '%PDF-1.7 same bytes'), 1000);
    expect(a).toBe(b);
    expect(b).toBe(c);
  });

  it('tells apart uploads of the same length with other content', () => {
    const a = digestOf('multipart/form-data; boundary=b1', form('b1', 'content-AAAA'), 5);
    const b = digestOf('multipart/form-data; boundary=b1', form('b1', 'content-BBBB'), 5);
    expect(a).not.toBe(b);
  });

  it('hashes a streamed body byte for byte, with its media type', () => {
    const csv = 'tenantId,name\n1,Contoso\n';
    expect(digestOf('text/csv', csv, 3)).toBe(digestOf('text/csv; charset=utf-8', csv, 50));
    expect(digestOf('text/csv', csv, 3)).not.toBe(digestOf('application/x-ndjson', csv, 3));
    expect(digestOf('text/csv', csv, 3)).not.toBe(digestOf('text/csv', csv.replace('Contoso', 'Contosa'), 3));
  });
});
