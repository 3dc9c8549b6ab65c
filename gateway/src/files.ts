import {
  ATTACHMENT_HEADERS,
  contentDisposition,
  directoryEntry,
  internalAttachmentPath,
  isUuid,
  peerGet,
  type PeerCaller,
  type PlatformConfig,
} from '@sesao28/platform';
import express from 'express';
import { errorBody } from './limits.js';

/**
 * Public downloads of notices' attachments, without an account: GET /files/<UNIT>/<id>. The
 * gateway asks the unit that holds the file (its internal route, signed with the gateway's
 * key) and sends the bytes on with headers that keep a browser from guessing or running
 * them: the stored type, nosniff, a download disposition with the exact Thai name, and the
 * checksum as ETag (a client that has the file gets 304).
 */
export function filesRouter(config: PlatformConfig, caller: PeerCaller): express.Router {
  const router = express.Router();
  router.get('/:unitCode/:attachmentId', async (req, res) => {
    const { unitCode, attachmentId } = req.params;
    if (!directoryEntry(unitCode) || !isUuid(attachmentId)) {
      res.status(404).json(errorBody('ATTACHMENT_NOT_FOUND'));
      return;
    }
    let upstream: Response;
    try {
      upstream = await peerGet(caller, unitCode, internalAttachmentPath(attachmentId.toLowerCase()), config.subgraphTimeoutMs, {
        'x-request-id': String(res.getHeader('x-request-id') ?? ''),
      });
    } catch {
      res.status(503).json(errorBody('UNIT_UNAVAILABLE', { unit: unitCode }));
      return;
    }
    if (!upstream.ok) {
      await upstream.arrayBuffer();
      if (upstream.status === 404) res.status(404).json(errorBody('ATTACHMENT_NOT_FOUND'));
      else res.status(502).json(errorBody('UNIT_UNAVAILABLE', { unit: unitCode }));
      return;
    }
    const mimeType = upstream.headers.get('content-type') ?? 'application/octet-stream';
    const fileName = decodeURIComponent(upstream.headers.get(ATTACHMENT_HEADERS.fileName) ?? 'file');
    const sha256 = upstream.headers.get(ATTACHMENT_HEADERS.sha256) ?? '';
    const etag = `"${sha256}"`;
    const bytes = Buffer.from(await upstream.arrayBuffer());
    // A client that already has these bytes (same checksum) needs none of them again.
    if (
      req
        .header('if-none-match')
        ?.split(',')
        .some((tag) => tag.trim().replace(/^W\//, '') === etag)
    ) {
      res.status(304).set({ etag }).end();
      return;
    }
    res.set({
      'content-type': mimeType.startsWith('text/') && !mimeType.includes('charset') ? `${mimeType}; charset=utf-8` : mimeType,
      'content-disposition': contentDisposition(fileName),
      'x-content-type-options': 'nosniff',
      // Whatever a browser makes of it, nothing in it runs in the gateway's origin.
      'content-security-policy': "default-src 'none'; sandbox",
      etag,
      'cache-control': 'public, max-age=300',
    });
    res.send(bytes);
  });
  return router;
}
