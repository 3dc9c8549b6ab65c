import { LIMITS, optionalText, requireText } from '../../text.js';
import type { UnitContext } from '../../context.js';
import { directoryEntry, isUuid, peerHas } from '@sesao28/platform';
import { PlatformError } from '../../errors.js';
import type { OutcomeConnectionModel } from '../../models.js';
import { pageRequest, toConnection } from '../../pagination.js';
import type { OutcomeRow, RecordRef } from './outcome-repository.js';
import type { KitResolvers, TemplateMutationsResolvers, TemplateUnitResolvers } from '../../resolvers/generated-types.js';

const MAX_LINKS = 50;

/** Refuses a link to a record that does not exist; a unit that is down cannot say, so its links are kept. */
async function checkLinks(links: readonly RecordRef[], ctx: UnitContext): Promise<void> {
  if (links.length > MAX_LINKS) throw new PlatformError('TOO_MANY_ITEMS', { max: MAX_LINKS }, 'links');
  await Promise.all(
    links.map(async (link) => {
      if (!directoryEntry(link.unitCode)) throw new PlatformError('UNKNOWN_UNIT', {}, 'links');
      const unknown = () => new PlatformError('UNKNOWN_RECORD', { kind: link.kind, unit: link.unitCode }, 'links');
      if (!isUuid(link.id)) throw unknown();
      if (link.unitCode === ctx.unit.code) {
        if (!(await ctx.loaders.recordByKey.load(`${link.kind}:${link.id}`))) throw unknown();
        return;
      }
      if ((await peerHas(ctx, link.unitCode, `records/${link.kind}/${link.id}`)) === false) throw unknown();
    }),
  );
}

export const outcomeUnitFields: Pick<TemplateUnitResolvers, 'outcomes' | 'outcome'> = {
  outcomes: async (_unit, args, ctx): Promise<OutcomeConnectionModel> => {
    const page = pageRequest(args.first, args.after);
    const rows = await ctx.repos.outcomes.page(args.status, page);
    return toConnection(rows, page.first, (row) => row.createdAt);
  },
  outcome: (_unit, { id }, ctx) => (isUuid(id) ? ctx.loaders.outcomeById.load(id) : null),
};

export const outcomeMutations: Pick<TemplateMutationsResolvers, 'recordOutcome' | 'reportOutcomeProgress'> = {
  recordOutcome: async (_m, { input }, ctx) => {
    const links = (input.links ?? []).map((l) => ({ kind: l.kind, unitCode: l.unitCode, id: l.id }));
    const values = {
      topicTh: requireText(input.topicTh, 'topicTh', LIMITS.title),
      topicEn: optionalText(input.topicEn, 'topicEn', LIMITS.title),
      participantsTh: requireText(input.participantsTh, 'participantsTh', LIMITS.note),
      resultsTh: requireText(input.resultsTh, 'resultsTh', LIMITS.message),
      improvementTh: requireText(input.improvementTh, 'improvementTh', LIMITS.message),
      improvementEn: optionalText(input.improvementEn, 'improvementEn', LIMITS.message),
      status: input.status ?? 'PLANNED',
    };
    await checkLinks(links, ctx);
    return ctx.repos.outcomes.create(values, links);
  },
  reportOutcomeProgress: async (_m, { id, status, noteTh }, ctx) => {
    const note = requireText(noteTh, 'noteTh', LIMITS.note);
    const row = isUuid(id) ? await ctx.repos.outcomes.report(id, status, note) : null;
    if (!row) throw new PlatformError('OUTCOME_NOT_FOUND', {}, 'id');
    return row;
  },
};

export const outcomeValueTypes: Pick<KitResolvers, 'Outcome'> = {
  Outcome: {
    unitCode: (_row: OutcomeRow, _args, ctx) => ctx.unit.code,
    progress: (row, _args, ctx) => ctx.loaders.progressByOutcome.load(row.id),
    links: async (row, _args, ctx) => {
      const refs = await ctx.loaders.linksByOutcome.load(row.id);
      return Promise.all(
        refs.map(async (ref) => {
          const __typename = directoryEntry(ref.unitCode)?.recordTypeName;
          if (!__typename) return null;
          if (ref.unitCode !== ctx.unit.code) return { __typename, kind: ref.kind, id: ref.id } as never;
          const own = await ctx.loaders.recordByKey.load(`${ref.kind}:${ref.id}`);
          return own ? ({ ...own, __typename } as never) : null;
        }),
      );
    },
  },
};

/** The unit's own record type (e.g. FinanceAssetsRecord), resolved for the gateway by kind and id. */
export const ownRecordResolvers = {
  __resolveReference: (ref: { kind: string; id: string }, ctx: UnitContext) =>
    isUuid(ref.id) ? ctx.loaders.recordByKey.load(`${ref.kind}:${ref.id}`) : null,
};
