import express from 'express';
import { PlatformError } from './errors.js';
import { fiscalYearRange } from './fiscal-year.js';
import {
  ATTACHMENT_HEADERS,
  GATEWAY_KEY_OWNER,
  isUuid,
  type KeyRing,
  type Logger,
  type StaffDirectoryEntry,
  type StaffLookup,
  verifyPeerRequest,
} from '@sesao28/platform';
import { UnknownMessageKind, type Inbox } from './messaging/inbox.js';
import type { UnitMessage } from './messaging/message.js';
import { keepRawBody, rawBodyOf } from './auth/gateway-only.js';
import { unitFeed } from './features/notices/unit-feed.js';
import type { UnitRepositories } from './repositories/index.js';
import { PARTICIPATION_LEVELS, type ParticipationLevel } from './db/entities.js';
import { searchUnit, withActivitySnapshots } from './features/search/unit-search.js';

function isMessage(body: unknown): body is UnitMessage {
  const m = body as Partial<UnitMessage> | null;
  return Boolean(m && typeof m.id === 'string' && isUuid(m.id) && typeof m.kind === 'string' && typeof m.from === 'string' && m.payload);
}

/** Who signed this internal request (set by the router's first step). */
const callerOf = (res: express.Response): string => res.locals.peer as string;

/** Refuses a route to any caller but the gateway (what it answers decides who signs in as what). */
const gatewayOnlyRoute: express.RequestHandler = (_req, res, next) => {
  if (callerOf(res) === GATEWAY_KEY_OWNER) return next();
  res.status(403).json({ code: 'FORBIDDEN' });
};

/**
 * Unit-to-unit endpoints, answered only to a request signed by one of the deployment's parts
 * for this unit (@sesao28/platform: peer/peer-auth.ts):
 * message delivery (the other side of every outbox) and a quick existence check
 * the front door uses before it accepts feedback about an activity.
 */
export function internalRouter(deps: {
  inbox: Inbox;
  keys: KeyRing;
  repos: UnitRepositories;
  logger: Logger;
  /** The unit's code (its search hits and its notices in the office feed carry it). */
  unitCode: string;
  /** Only the unit that keeps the register of partners answers `/partners/:id`. */
  partnerExists?: (id: string) => Promise<boolean>;
  /** Only the unit that keeps the staff directory answers `/staff-directory` (the gateway asks at sign-in). */
  staffDirectory?: (who: StaffLookup) => Promise<StaffDirectoryEntry | null>;
}): express.Router {
  const router = express.Router();
  router.use(keepRawBody(2 * 1024 * 1024), async (req, res, next) => {
    try {
      res.locals.peer = await verifyPeerRequest(deps.keys, deps.unitCode, req, rawBodyOf(req));
      next();
    } catch {
      res.status(401).json({ code: 'UNAUTHENTICATED' });
    }
  });
  // Messages arrive in their sender's order; each is taken in its own transaction, and the
  // answer says how many were taken before the first that could not be (the sender retries from there).
  router.post('/messages', async (req, res) => {
    const given: unknown[] = Array.isArray(req.body?.messages) ? req.body.messages : [];
    // A unit speaks only for itself: a message from another unit's name is refused whole.
    const ownWord = (m: unknown): m is UnitMessage => isMessage(m) && m.from === callerOf(res) && m.to === deps.unitCode;
    const messages = given.filter(ownWord);
    if (given.length === 0 || given.length > 100 || messages.length !== given.length) {
      res.status(400).json({ code: 'BAD_MESSAGE', confirmed: 0 });
      return;
    }
    let confirmed = 0;
    for (const message of messages) {
      try {
        await deps.inbox.receive(message);
        confirmed += 1;
      } catch (error) {
        const unknown = error instanceof UnknownMessageKind;
        deps.logger.error({ err: error, kind: message.kind, messageId: message.id }, 'message not processed');
        res.status(unknown ? 422 : 500).json({ code: unknown ? 'UNKNOWN_MESSAGE_KIND' : 'NOT_PROCESSED', confirmed });
        return;
      }
    }
    res.json({ confirmed });
  });
  router.get('/activities/:id', async (req, res) => {
    const found = isUuid(req.params.id) && (await deps.repos.activities.byIds([req.params.id])).length > 0;
    res.status(found ? 200 : 404).json({ found });
  });
  // A unit's share of the office-wide figures: its stats and how long its cases waited, per hour.
  // `participants=count` adds the ladder's participant counts to the stats statement;
  // `participants=keys` also sends the period's distinct participant keys (for the office's exact count).
  router.get('/stats', async (req, res) => {
    try {
      const year = req.query.fiscalYear ? Number(req.query.fiscalYear) : null;
      const window = year ? fiscalYearRange(year) : null;
      const participants = req.query.participants === 'count' || req.query.participants === 'keys';
      const [stats, histograms, participantKeys] = await Promise.all([
        deps.repos.stats.unitStats(window, { participants }),
        deps.repos.durations.histograms(window),
        req.query.participants === 'keys' ? deps.repos.stats.participantKeys(window) : undefined,
      ]);
      res.json({ stats, answerHistogram: histograms.answer, acknowledgeHistogram: histograms.acknowledge, participantKeys });
    } catch (error) {
      const bad = error instanceof PlatformError;
      if (!bad) deps.logger.error({ err: error }, 'stats report failed');
      res.status(bad ? 400 : 500).json({ code: bad ? error.extensions.code : 'NOT_PROCESSED' });
    }
  });
  // A unit's part of the office-wide search; `activity=1` sends each hit's activity with its counts.
  router.get('/search', async (req, res) => {
    try {
      const levels = typeof req.query.levels === 'string' && req.query.levels ? req.query.levels.split(',') : null;
      if (levels?.some((l) => !(PARTICIPATION_LEVELS as readonly string[]).includes(l))) {
        res.status(400).json({ code: 'BAD_REQUEST' });
        return;
      }
      const args = {
        text: String(req.query.text ?? ''),
        levels: levels as ParticipationLevel[] | null,
        first: req.query.first ? Number(req.query.first) : null,
      };
      const hits = await searchUnit(deps.repos, deps.unitCode, args);
      res.json({ hits: req.query.activity === '1' ? await withActivitySnapshots(deps.repos, deps.unitCode, hits) : hits });
    } catch (error) {
      const bad = error instanceof PlatformError;
      if (!bad) deps.logger.error({ err: error }, 'search failed');
      res.status(bad ? 400 : 500).json({ code: bad ? error.extensions.code : 'NOT_PROCESSED' });
    }
  });
  // The unit's part of the office feed (Administration merges all nine).
  router.get('/notices', async (req, res) => {
    try {
      res.json(await unitFeed(deps.repos.notices, deps.unitCode, req.query));
    } catch (error) {
      const bad = error instanceof PlatformError;
      if (!bad) deps.logger.error({ err: error }, 'notices for the office feed failed');
      res.status(bad ? 400 : 500).json({ code: bad ? error.extensions.code : 'NOT_PROCESSED' });
    }
  });
  // A notice's file, for the gateway's public download: the bytes, their type, name and checksum.
  router.get('/attachments/:id', gatewayOnlyRoute, async (req, res) => {
    const file = await deps.repos.notices.attachmentFile(String(req.params.id));
    if (!file) {
      res.status(404).json({ code: 'NOT_FOUND' });
      return;
    }
    res.set({
      'content-type': file.mimeType,
      [ATTACHMENT_HEADERS.fileName]: encodeURIComponent(file.fileName),
      [ATTACHMENT_HEADERS.sha256]: file.sha256,
    });
    res.send(file.content);
  });
  const partnerExists = deps.partnerExists;
  if (partnerExists) {
    router.get('/partners/:id', async (req, res) => {
      const found = isUuid(req.params.id) && (await partnerExists(req.params.id));
      res.status(found ? 200 : 404).json({ found });
    });
  }
  const staffDirectory = deps.staffDirectory;
  if (staffDirectory) {
    router.get('/staff-directory', gatewayOnlyRoute, async (req, res) => {
      const subject = typeof req.query.subject === 'string' ? req.query.subject : '';
      const email = typeof req.query.email === 'string' && req.query.email ? req.query.email : null;
      if (!subject) {
        res.status(400).json({ code: 'BAD_REQUEST' });
        return;
      }
      res.json({ entry: await staffDirectory({ subject, email }) });
    });
  }
  router.get('/records/:kind/:id', async (req, res) => {
    const kind = req.params.kind;
    const known = ['CASE', 'CONSULTATION', 'SURVEY'].includes(kind) && isUuid(req.params.id);
    const found = known && (await deps.repos.outcomes.records([{ kind: kind as 'CASE', id: req.params.id }], '')).length > 0;
    res.status(found ? 200 : 404).json({ found });
  });
  return router;
}
