import {
  auditedRead,
  createOnce,
  isUuid,
  LIMITS,
  newCaseCode,
  normaliseCaseCode,
  optionalText,
  pageRequest,
  participantKey,
  perServer,
  PlatformError,
  requireIdempotencyKey,
  requireText,
  toConnection,
  type UnitContext,
} from '@sesao28/kit';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { fail } from '../messages.js';
import { PetitionRepository, type NewPetition } from './petition-repository.js';

const petitionsOf = perServer((s) => new PetitionRepository(s.dataSource, s.unit.schemaName));

/** The signed-in petitioner as a key that names no one (the field rule guarantees a subject). */
const petitionerKey = (ctx: UnitContext) => participantKey(ctx, '');

async function readOne(id: string, ctx: UnitContext) {
  if (!isUuid(id)) throw fail('PETITION_NOT_FOUND', {}, 'id');
  const [row] = await auditedRead(ctx, 'personnel-petition:read', await petitionsOf(ctx).byIds([id]));
  return row ?? null;
}

export const petitionResolvers = {
  PersonnelUnit: {
    personnelPetitions: async (_unit, { status, first, after }, ctx) => {
      const page = pageRequest(first, after);
      const rows = await auditedRead(ctx, 'personnel-petition:list', await petitionsOf(ctx).page(status, page));
      return toConnection(rows, page.first, (row) => row.receivedAt);
    },
    personnelPetition: (_unit, { id }, ctx) => readOne(id, ctx),
    myPetition: async (_unit, { code }, ctx) => (await petitionsOf(ctx).ofPetitioner(normaliseCaseCode(code), petitionerKey(ctx))) ?? null,
  },
  PersonnelMutations: {
    filePersonnelPetition: (_m, { input, idempotencyKey }, ctx) => {
      const keys = { petitionerKey: petitionerKey(ctx), idempotencyKey: requireIdempotencyKey(idempotencyKey) };
      const petition: NewPetition = {
        subjectTh: requireText(input.subjectTh, 'subjectTh', LIMITS.title),
        bodyTh: requireText(input.bodyTh, 'bodyTh', LIMITS.message),
        petitionerName: requireText(input.petitionerName, 'petitionerName', LIMITS.name),
        contact: requireText(input.contact, 'contact', 254),
      };
      return createOnce(ctx.dataSource, {
        find: () => petitionsOf(ctx).byKeys(keys),
        create: (manager) => petitionsOf(ctx).insert(petition, newCaseCode(), keys, manager),
        same: (found) => (Object.keys(petition) as (keyof NewPetition)[]).every((key) => found[key] === petition[key]),
        conflict: () => new PlatformError('IDEMPOTENCY_KEY_REUSED', {}, 'idempotencyKey'),
      });
    },
    updatePersonnelPetition: async (_m, { id, status, noteTh }, ctx) => {
      const note = optionalText(noteTh, 'noteTh', LIMITS.note);
      if (!isUuid(id)) throw fail('PETITION_NOT_FOUND', {}, 'id');
      const row = await petitionsOf(ctx).update(id, status, note);
      if (!row) throw (await readOne(id, ctx)) ? fail('PETITION_CLOSED', {}, 'status') : fail('PETITION_NOT_FOUND', {}, 'id');
      const [updated] = await auditedRead(ctx, 'personnel-petition:update', [row]);
      return updated!;
    },
  },
} satisfies Resolvers;
