import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { optionalText, requireText } from '../../text.js';
import { PlatformError } from '../../errors.js';

/** The largest file a notice takes, decoded: 2 MiB (the gateway's body limit leaves room for its base64). */
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
/** Bytes of the base64 text of the largest file: what a request carrying one must be allowed. */
export const MAX_ATTACHMENT_BASE64_LENGTH = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;
export const MAX_FILE_NAME_LENGTH = 255;
export const MAX_ALT_TEXT_LENGTH = 1000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Buffer, magic: readonly number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...Buffer.from(text, 'latin1')];
/** An Office Open XML file is a ZIP whose (uncompressed) list of names holds its part's folder. */
const officeFile = (folder: string) => (bytes: Buffer) => startsWith(bytes, ZIP) && bytes.includes(`${folder}/`, 0, 'latin1');
/** Plain text: UTF-8 without NUL bytes (a binary file is neither). */
const text = (bytes: Buffer) => isUtf8(bytes) && !bytes.includes(0);

interface AttachmentType {
  label: string;
  image: boolean;
  /** The name's ending a file of this type must have (a ".hta" sent as text is refused, not renamed). */
  extensions: readonly string[];
  matches: (bytes: Buffer) => boolean;
}

/** The files a notice takes, by type, their names' endings, and how each one's first bytes look. */
export const ATTACHMENT_TYPES: Readonly<Record<string, AttachmentType>> = {
  'application/pdf': { label: 'PDF', image: false, extensions: ['.pdf'], matches: (b) => startsWith(b, ascii('%PDF-')) },
  'image/png': {
    label: 'PNG',
    image: true,
    extensions: ['.png'],
    matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  'image/jpeg': { label: 'JPEG', image: true, extensions: ['.jpg', '.jpeg'], matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  'image/webp': {
    label: 'WEBP',
    image: true,
    extensions: ['.webp'],
    matches: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8),
  },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'DOCX',
    image: false,
    extensions: ['.docx'],
    matches: officeFile('word'),
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    label: 'XLSX',
    image: false,
    extensions: ['.xlsx'],
    matches: officeFile('xl'),
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    label: 'PPTX',
    image: false,
    extensions: ['.pptx'],
    matches: officeFile('ppt'),
  },
  'text/plain': { label: 'TXT', image: false, extensions: ['.txt'], matches: text },
  'text/csv': { label: 'CSV', image: false, extensions: ['.csv'], matches: text },
};

/** Whether the (sanitised) name ends as a file of this type must. */
export function nameFitsType(type: string, fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return ATTACHMENT_TYPES[type]?.extensions.some((ext) => lower.endsWith(ext) && lower.length > ext.length) ?? false;
}

/** The declared type without parameters ("text/csv; charset=utf-8" is text/csv), or null when not accepted. */
export function acceptedType(declared: string): string | null {
  const type = declared.split(';')[0]!.trim().toLowerCase();
  return Object.hasOwn(ATTACHMENT_TYPES, type) ? type : null;
}

/** Whether the content's first bytes are those of the declared (accepted) type. */
export function contentMatchesType(type: string, bytes: Buffer): boolean {
  return bytes.length > 0 && (ATTACHMENT_TYPES[type]?.matches(bytes) ?? false);
}

// Control and format characters (bidi overrides can make "gpj.exe" read as "exe.jpg"), and
// characters Windows refuses in names. Thai vowels and tone marks are combining marks, not these.
const UNSAFE = /[\p{Cc}\p{Cf}<>:"|?*]/gu;

/**
 * A file name safe to store and to send back in Content-Disposition: the last part of any
 * path, without control or format characters, spaces collapsed, no leading or trailing dots,
 * at most 255 characters (the extension kept). Empty when nothing is left.
 */
export function sanitiseFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/\s+/g, ' ')
    .replace(UNSAFE, '')
    .replace(/ {2,}/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const chars = [...cleaned];
  if (chars.length <= MAX_FILE_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? [...cleaned.slice(dot)].slice(0, 16) : [];
  return [...chars.slice(0, MAX_FILE_NAME_LENGTH - extension.length), ...extension].join('');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes strict base64 (line breaks allowed), refusing anything larger than the limit before decoding it. */
function decodeBase64(raw: string): Buffer {
  const compact = raw.replace(/[\r\n]/g, '');
  if (!compact || compact.length % 4 === 1 || !BASE64.test(compact)) throw new PlatformError('ATTACHMENT_NOT_BASE64', {}, 'contentBase64');
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  if (Math.floor((compact.length * 3) / 4) - padding > MAX_ATTACHMENT_BYTES) {
    throw new PlatformError('ATTACHMENT_TOO_LARGE', { max: MAX_ATTACHMENT_BYTES }, 'contentBase64');
  }
  return Buffer.from(compact, 'base64');
}

export interface AttachmentInputFields {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  altTextTh?: string | null;
  altTextEn?: string | null;
  sha256?: string | null;
}

export interface AttachmentDraft {
  fileName: string;
  mimeType: string;
  content: Buffer;
  sizeBytes: number;
  /** Computed here from the bytes received, never taken from the client. */
  sha256: string;
  altTextTh: string | null;
  altTextEn: string | null;
}

/** Checks a file for a notice, whole, before anything is stored. */
export function attachmentDraft(input: AttachmentInputFields): AttachmentDraft {
  const mimeType = acceptedType(input.mimeType);
  if (!mimeType) throw new PlatformError('ATTACHMENT_TYPE_NOT_ALLOWED', {}, 'mimeType');
  const content = decodeBase64(input.contentBase64);
  const altTextTh = optionalText(input.altTextTh, 'altTextTh', MAX_ALT_TEXT_LENGTH);
  const altTextEn = optionalText(input.altTextEn, 'altTextEn', MAX_ALT_TEXT_LENGTH);
  if (ATTACHMENT_TYPES[mimeType]!.image && !altTextTh) throw new PlatformError('ALT_TEXT_REQUIRED', {}, 'altTextTh');
  const fileName = sanitiseFileName(requireText(input.fileName, 'fileName', MAX_FILE_NAME_LENGTH * 4));
  if (!fileName) throw new PlatformError('TEXT_REQUIRED', { field: 'fileName' }, 'fileName');
  if (!contentMatchesType(mimeType, content)) throw new PlatformError('ATTACHMENT_TYPE_MISMATCH', { mimeType }, 'contentBase64');
  // The content is what the type says; the name must say so too (no ".hta" sent as text).
  if (!nameFitsType(mimeType, fileName)) {
    throw new PlatformError('ATTACHMENT_NAME_MISMATCH', { extensions: ATTACHMENT_TYPES[mimeType]!.extensions.join(', ') }, 'fileName');
  }
  const sha256 = createHash('sha256').update(content).digest('hex');
  const claimed = input.sha256?.trim().toLowerCase();
  if (claimed && claimed !== sha256) throw new PlatformError('ATTACHMENT_CHECKSUM_MISMATCH', {}, 'sha256');
  return { fileName, mimeType, content, sizeBytes: content.length, sha256, altTextTh, altTextEn };
}
