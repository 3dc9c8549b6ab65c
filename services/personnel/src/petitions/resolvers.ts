import {
  channelReads,
  createOnce,
  LIMITS,
  newCaseCode,
  normaliseCaseCode,
  optionalText,
  personKey,
  perServer,
  PlatformError,
  requireIdempotencyKey,
  requireText,
  sameValues,
  type UnitContext,
} from '@sesao28/kit';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { fail } from '../messages.js';
import { PetitionRepository, type NewPetition } from './petition-repository.js';

const petitionsOf = perServer((s) => new PetitionRepository(s.dataSource, s.unit.schemaName));
const reads = channelReads('personnel-petition', petitionsOf);

/** The signed-in petitioner as a key that names no one (the field rule guarantees a subject). */
const petitionerKey = (ctx: UnitContext) => personKey(ctx)!;

export const petitionResolvers = {
  PersonnelUnit: {
    personnelPetitions: (_unit, args, ctx) => reads.list(ctx, args),
    personnelPetition: (_unit, { id }, ctx) => reads.one(ctx, id),
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
        same: (found) => sameValues<NewPetition>(found, petition),
        conflict: () => new PlatformError('IDEMPOTENCY_KEY_REUSED', {}, 'idempotencyKey'),
      });
    },
    // A closed petition stays closed.
    updatePersonnelPetition: async (_m, { id, status, noteTh }, ctx) => {
      const note = optionalText(noteTh, 'noteTh', LIMITS.note);
      const row = await petitionsOf(ctx).setStatus(id, status, note, `r.status <> 'CLOSED'`);
      if (row) return reads.updated(ctx, row);
      throw (await reads.one(ctx, id)) ? fail('PETITION_CLOSED', {}, 'status') : fail('PETITION_NOT_FOUND', {}, 'id');
    },
  },
} satisfies Resolvers;
