import {
  allows,
  DataLoader,
  isUuid,
  LIMITS,
  normaliseTrackingCode,
  optionalText,
  pageRequest,
  perRequest,
  perServer,
  requireIdempotencyKey,
  requireText,
  rowsGroupedBy,
  submissionHash,
  submitOnce,
  toConnection,
  trackingCodePattern,
  type UnitContext,
} from '@sesao28/kit';
import type { IctSupportInput, Resolvers } from '../__generated__/resolvers-types.js';
import { IctRequestRepository, type IctRequestNoteRow, type NewIctRequest } from './ict-request-repository.js';
import { ICT_CODE_PREFIX, ICT_MOVES, SCHOOL_CODE, type IctRequestStatus } from './ict-request-rules.js';
import { fail } from './messages.js';

const requestsOf = perServer((s) => new IctRequestRepository(s.dataSource));

const loadersOf = perRequest((ctx) => ({
  notes: new DataLoader<string, IctRequestNoteRow[]>(async (ids) =>
    rowsGroupedBy(ids, await requestsOf(ctx).notesOf(ids), (note) => note.requestId),
  ),
}));

const CODE = trackingCodePattern(ICT_CODE_PREFIX);

/** What a school typed, checked whole before anything is written. */
function requestInput(input: IctSupportInput): NewIctRequest {
  const schoolCode = optionalText(input.schoolCode, 'schoolCode', 10);
  if (schoolCode !== null && !SCHOOL_CODE.test(schoolCode)) throw fail('ICT_SCHOOL_CODE_INVALID', {}, 'schoolCode');
  return {
    schoolName: requireText(input.schoolName, 'schoolName', LIMITS.title),
    schoolCode,
    contactName: optionalText(input.contactName, 'contactName', LIMITS.name),
    category: input.category,
    descriptionTh: requireText(input.descriptionTh, 'descriptionTh', LIMITS.message),
  };
}

const notes = (row: { id: string }, _args: unknown, ctx: UnitContext) => loadersOf(ctx).notes.load(row.id);

export const ictRequestResolvers = {
  DistanceEducationIctUnit: {
    ictRequests: async (_unit, { first, after, status }, ctx) => {
      const page = pageRequest(first, after);
      const rows = await requestsOf(ctx).page(status, page);
      return toConnection(rows, page.first, (row) => row.receivedAt);
    },
    ictRequestByCode: async (_unit, { code }, ctx) => {
      const normalised = normaliseTrackingCode(ICT_CODE_PREFIX, code);
      if (!CODE.test(normalised)) throw fail('ICT_CODE_INVALID', {}, 'code');
      return (await requestsOf(ctx).byCode(normalised)) ?? null;
    },
  },
  DistanceEducationIctMutations: {
    requestIctSupport: (_m, { input, idempotencyKey }, ctx) => {
      const key = requireIdempotencyKey(idempotencyKey);
      const values = requestInput(input);
      const repo = requestsOf(ctx);
      const hash = submissionHash(values);
      return submitOnce(hash, { first: () => repo.byKey(key), insert: () => repo.insert(values, key, hash) });
    },
    updateIctRequest: async (_m, { id, status, noteTh }, ctx) => {
      const note = requireText(noteTh, 'noteTh', LIMITS.note);
      const notFound = () => fail('ICT_REQUEST_NOT_FOUND', {}, 'id');
      if (!isUuid(id)) throw notFound();
      const check = (from: IctRequestStatus) => {
        if (!ICT_MOVES[from].includes(status)) throw fail('ICT_STATUS_MOVE', { from, to: status }, 'status');
      };
      const row = await requestsOf(ctx).move(id, check, status, note);
      if (!row) throw notFound();
      return row;
    },
  },
  IctRequest: {
    // Contact names are personal data: the unit's own staff need them, office readers do not.
    contactName: (row, _args, ctx) => (allows(ctx.identity, ctx.unit, 'cases:act') ? row.contactName : null),
    notes,
  },
  IctRequestTracking: { notes },
} satisfies Resolvers;
