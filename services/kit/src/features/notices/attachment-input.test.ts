import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentDisposition, loadConfig } from '@sesao28/platform';
import {
  acceptedType,
  attachmentDraft,
  contentMatchesType,
  MAX_ATTACHMENT_BASE64_LENGTH,
  MAX_ATTACHMENT_BYTES,
  sanitiseFileName,
} from './attachment-input.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);
const zipWith = (name: string) =>
  Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0]), Buffer.from(`[Content_Types].xml....${name}/document.xml`)]);
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
  return 'accepted';
};

describe('file types: the declared type must be what the first bytes say', () => {
  it('recognises each accepted type by its magic bytes', () => {
    expect(contentMatchesType('application/pdf', PDF)).toBe(true);
    expect(contentMatchesType('image/png', PNG)).toBe(true);
    expect(contentMatchesType('image/jpeg', JPEG)).toBe(true);
    expect(contentMatchesType('image/webp', WEBP)).toBe(true);
    expect(contentMatchesType(DOCX_TYPE, zipWith('word'))).toBe(true);
    expect(contentMatchesType(XLSX_TYPE, zipWith('xl'))).toBe(true);
    expect(contentMatchesType(PPTX_TYPE, zipWith('ppt'))).toBe(true);
    expect(contentMatchesType('text/plain', Buffer.from('ประกาศรับสมัครครูอัตราจ้าง\n'))).toBe(true);
    expect(contentMatchesType('text/csv', Buffer.from('โรงเรียน,จำนวน\nศรีสะเกษวิทยาลัย,12\n'))).toBe(true);
  });

  it('refuses content of another type, an empty file, and binary text', () => {
    expect(contentMatchesType('application/pdf', PNG)).toBe(false);
    expect(contentMatchesType('image/png', JPEG)).toBe(false);
    expect(contentMatchesType('image/webp', Buffer.concat([Buffer.from('RIFF'), Buffer.from([0, 0, 0, 0]), Buffer.from('WAVEfmt ')]))).toBe(
      false,
    );
    expect(contentMatchesType(DOCX_TYPE, zipWith('xl'))).toBe(false);
    expect(contentMatchesType(XLSX_TYPE, PDF)).toBe(false);
    expect(contentMatchesType('text/plain', Buffer.alloc(0))).toBe(false);
    expect(contentMatchesType('text/plain', Buffer.from([0x41, 0x00, 0x42]))).toBe(false);
    expect(contentMatchesType('text/csv', Buffer.from([0xc3, 0x28]))).toBe(false);
  });

  it('accepts the listed types only, parameters and case aside', () => {
    expect(acceptedType('text/csv; charset=utf-8')).toBe('text/csv');
    expect(acceptedType('IMAGE/PNG')).toBe('image/png');
    for (const refused of ['text/html', 'image/svg+xml', 'application/zip', 'application/x-msdownload', '', 'toString']) {
      expect(acceptedType(refused)).toBeNull();
    }
  });
});

describe('file names', () => {
  it('keeps Thai names whole and drops folders, controls and bidi tricks', () => {
    expect(sanitiseFileName('ประกาศรับสมัคร ครูผู้ช่วย ๒๕๖๙.pdf')).toBe('ประกาศรับสมัคร ครูผู้ช่วย ๒๕๖๙.pdf');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('C:\\Users\\ครู\\รายงาน.docx')).toBe('รายงาน.docx');
    expect(sanitiseFileName('report\u202Efdp.exe')).toBe('reportfdp.exe');
    expect(sanitiseFileName('a\u0000b\r\nc\t.txt')).toBe('ab c .txt');
    expect(sanitiseFileName('  ..hidden.  ')).toBe('hidden');
    expect(sanitiseFileName('what?<is>"this"|*:.csv')).toBe('whatisthis.csv');
    expect(sanitiseFileName('...')).toBe('');
  });

  it('cuts a long name to 255 characters and keeps its extension', () => {
    const long = sanitiseFileName(`${'ก'.repeat(400)}.xlsx`);
    expect([...long]).toHaveLength(255);
    expect(long.endsWith('.xlsx')).toBe(true);
  });

  it('sends the exact Thai name in filename* (RFC 5987) and an ASCII stand-in', () => {
    const header = contentDisposition('ประกาศ (ฉบับที่ 2) 100%.pdf');
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    const encoded = header.split("filename*=UTF-8''")[1]!;
    expect(encoded).not.toMatch(/[ ()'*]/);
    expect(decodeURIComponent(encoded)).toBe('ประกาศ (ฉบับที่ 2) 100%.pdf');
    expect(contentDisposition('a"b\\c.txt')).toContain('filename="a_b_c.txt"');
  });
});

describe('an attachment, checked whole', () => {
  const base = { fileName: 'ประกาศ.pdf', mimeType: 'application/pdf', contentBase64: PDF.toString('base64') };

  it('computes the checksum and size from the bytes received', () => {
    const draft = attachmentDraft({ ...base, sha256: createHash('sha256').update(PDF).digest('hex').toUpperCase() });
    expect(draft.sizeBytes).toBe(PDF.length);
    expect(draft.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect(draft.content.equals(PDF)).toBe(true);
  });

  it('refuses each bad input with its own code', () => {
    expect(codeOf(() => attachmentDraft({ ...base, mimeType: 'text/html' }))).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
    expect(codeOf(() => attachmentDraft({ ...base, contentBase64: 'not base64!' }))).toBe('ATTACHMENT_NOT_BASE64');
    expect(codeOf(() => attachmentDraft({ ...base, contentBase64: Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 0x25).toString('base64') }))).toBe(
      'ATTACHMENT_TOO_LARGE',
    );
    expect(codeOf(() => attachmentDraft({ ...base, mimeType: 'image/png', contentBase64: PNG.toString('base64') }))).toBe(
      'ALT_TEXT_REQUIRED',
    );
    expect(
      codeOf(() =>
        attachmentDraft({
          ...base,
          fileName: 'แผนผัง.png',
          mimeType: 'image/png',
          contentBase64: PNG.toString('base64'),
          altTextTh: 'แผนผังอาคาร',
        }),
      ),
    ).toBe('accepted');
    expect(codeOf(() => attachmentDraft({ ...base, contentBase64: PNG.toString('base64') }))).toBe('ATTACHMENT_TYPE_MISMATCH');
    expect(codeOf(() => attachmentDraft({ ...base, sha256: '0'.repeat(64) }))).toBe('ATTACHMENT_CHECKSUM_MISMATCH');
    expect(codeOf(() => attachmentDraft({ ...base, fileName: '../..' }))).toBe('TEXT_REQUIRED');
  });

  it('attachments keep any extension: a name that does not end as its type is refused, never stored', () => {
    const text = { mimeType: 'text/plain', contentBase64: Buffer.from('echo ประกาศ').toString('base64') };
    for (const fileName of ['run.bat', 'setup.js', 'app.hta', 'ประกาศ.pdf', 'notes.txt.exe', '.txt', 'ไม่มีนามสกุล']) {
      expect(
        codeOf(() => attachmentDraft({ ...text, fileName })),
        fileName,
      ).toBe('ATTACHMENT_NAME_MISMATCH');
    }
    expect(codeOf(() => attachmentDraft({ ...text, fileName: 'ประกาศ.TXT' }))).toBe('accepted');
    expect(codeOf(() => attachmentDraft({ ...base, fileName: 'ประกาศ.pdf.js' }))).toBe('ATTACHMENT_NAME_MISMATCH');
    expect(
      codeOf(() =>
        attachmentDraft({
          ...base,
          mimeType: 'image/jpeg',
          fileName: 'รูป.jpeg',
          contentBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0]).toString('base64'),
          altTextTh: 'รูป',
        }),
      ),
    ).toBe('accepted');
  });

  it('takes exactly 2 MiB', () => {
    const content = Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES - PDF.length, 0x20)]);
    expect(attachmentDraft({ ...base, contentBase64: content.toString('base64') }).sizeBytes).toBe(MAX_ATTACHMENT_BYTES);
  });
});

describe("the gateway's body limit", () => {
  it("takes a notice's largest attachment by default (its base64 and the query around it)", () => {
    expect(loadConfig({ NODE_ENV: 'test' }).bodyLimitBytes).toBeGreaterThanOrEqual(MAX_ATTACHMENT_BASE64_LENGTH + 64 * 1024);
  });
});
