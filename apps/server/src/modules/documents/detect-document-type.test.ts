import { describe, expect, it } from 'vitest';
import { buildPoeTemplate } from './build-poe-template';
import { detectDocumentType } from './detect-document-type';

describe('recognising proof-of-execution files by their bytes', () => {
  it('knows PDF, PNG, JPEG and a real DOCX', async () => {
    expect(await detectDocumentType(Buffer.from('%PDF-1.7\n%%EOF\n'))).toBe('PDF');
    expect(await detectDocumentType(Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'))).toBe('PNG');
    expect(await detectDocumentType(Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'))).toBe('JPEG');
    expect(await detectDocumentType(await buildPoeTemplate())).toBe('DOCX');
  });

  it('refuses executables, archives, text and nothing at all', async () => {
    expect(await detectDocumentType(Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]))).toBeNull();
    expect(await detectDocumentType(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]))).toBeNull();
    expect(await detectDocumentType(Buffer.from('just some text that claims to be a pdf'))).toBeNull();
    expect(await detectDocumentType(Buffer.alloc(0))).toBeNull();
  });
});
