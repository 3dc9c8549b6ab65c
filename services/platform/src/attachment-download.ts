/** Where the gateway serves attachments to everyone: /files/<UNIT CODE>/<attachment id>. */
export const FILES_PATH = '/files';

export const downloadPath = (unitCode: string, attachmentId: string) => `${FILES_PATH}/${unitCode}/${attachmentId}`;

/** The unit's internal route the gateway fetches a file's bytes from. */
export const internalAttachmentPath = (attachmentId: string) => `attachments/${attachmentId}`;

/** Headers of the unit's internal answer that describe the file (its body is the bytes). */
export const ATTACHMENT_HEADERS = { fileName: 'x-file-name', sha256: 'x-file-sha256' } as const;

// RFC 5987 attr-char: what may stay unescaped in filename*; encodeURIComponent leaves a few more.
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Content-Disposition for a download: `filename*` carries the exact (Thai) name in UTF-8
 * (RFC 5987/6266), `filename` an ASCII stand-in for old clients.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
