import { participantKey } from '../activities/participants.js';
import { allows, type Action } from '../../auth/policy.js';
import { optionalText, requireIdempotencyKey, requireText } from '../../text.js';
import type { UnitContext } from '../../context.js';
import { PlatformError } from '../../errors.js';
import { hiddenNotice, MAX_HIDE_REASON, MAX_REPORT_NOTE, type ContributionKind } from './kinds.js';
import type { ModerationItemConnectionModel } from '../../models.js';
import { pageRequest, toConnection } from '../../pagination.js';
import type { ModerationDecision, ModerationItemRow } from './moderation-repository.js';
import type { KitResolvers, TemplateMutationsResolvers, TemplateUnitResolvers } from '../../resolvers/generated-types.js';

const stateOf = (ctx: UnitContext, kind: ContributionKind, id: string) => ctx.loaders.moderationByKey.load(`${kind}:${id}`);

/** The reason the unit hid the contribution, for a reader who may not act on it in the unit (`readers`); else null. */
async function hiddenFrom(ctx: UnitContext, kind: ContributionKind, id: string, readers: Action): Promise<string | null> {
  // Those who see the text anyway cost no statement.
  if (allows(ctx.identity, ctx.unit, readers)) return null;
  const state = await stateOf(ctx, kind, id);
  return state?.status === 'HIDDEN' ? state.hiddenReason : null;
}

/** A contribution's text as this reader sees it: once the unit hid it, the reason in its place. */
export async function moderatedText(
  ctx: UnitContext,
  kind: ContributionKind,
  id: string,
  text: string,
  readers: Action = 'participation:manage',
): Promise<string> {
  const reason = await hiddenFrom(ctx, kind, id, readers);
  return reason === null ? text : hiddenNotice(reason);
}

/** A name or other words beside the text: nothing once the unit hid the contribution. */
async function moderatedExtra(ctx: UnitContext, kind: ContributionKind, id: string, text: string | null): Promise<string | null> {
  return (await hiddenFrom(ctx, kind, id, 'participation:manage')) === null ? text : null;
}

/** The `moderation` and `hiddenReason` fields every public contribution type has. */
const moderationFields = (kind: ContributionKind) => ({
  moderation: async (row: { id: string }, _args: unknown, ctx: UnitContext) => (await stateOf(ctx, kind, row.id))?.status ?? 'VISIBLE',
  hiddenReason: async (row: { id: string }, _args: unknown, ctx: UnitContext) => {
    const state = await stateOf(ctx, kind, row.id);
    return state?.status === 'HIDDEN' ? state.hiddenReason : null;
  },
});

/** Hide, restore or approve, with its row in the unit's audit log in the same transaction. */
async function decide(ctx: UnitContext, decision: ModerationDecision, kind: ContributionKind, id: string, reason: string | null = null) {
  const actor = ctx.identity.subject ?? ctx.identity.role;
  return ctx.dataSource.transaction(async (manager): Promise<ModerationItemRow> => {
    await ctx.repos.moderation.decide(manager, decision, kind, id, actor, reason);
    await ctx.repos.audit.record(ctx.identity, `${decision}_CONTRIBUTION`, [id], ctx.requestId, manager);
    return (await ctx.repos.moderation.item(kind, id, manager))!;
  });
}

export const moderationUnitFields: Pick<TemplateUnitResolvers, 'moderationQueue' | 'holdsContributions'> = {
  moderationQueue: async (_unit, args, ctx): Promise<ModerationItemConnectionModel> => {
    const page = pageRequest(args.first, args.after);
    const rows = await ctx.repos.moderation.queue(args.status ?? null, page);
    return toConnection(rows, page.first, (row) => row.updatedAt);
  },
  holdsContributions: (_unit, _args, ctx) => ctx.repos.settings.get('holdContributions'),
};

export const moderationMutations: Pick<
  TemplateMutationsResolvers,
  'reportContribution' | 'hideContribution' | 'restoreContribution' | 'approveContribution' | 'setHoldContributions'
> = {
  reportContribution: (_m, args, ctx) => {
    const idempotencyKey = requireIdempotencyKey(args.idempotencyKey);
    const note = optionalText(args.note, 'note', MAX_REPORT_NOTE);
    if (args.reason === 'OTHER' && !note) throw new PlatformError('REPORT_NOTE_REQUIRED', {}, 'note');
    return ctx.repos.moderation.report({
      kind: args.kind,
      contributionId: args.id,
      reason: args.reason,
      note,
      // A signed-in person reports a contribution once; anyone else once per key (the page keeps one per contribution).
      reporterKey: participantKey(ctx, `report:${idempotencyKey}`),
    });
  },
  hideContribution: (_m, { kind, id, reason }, ctx) => decide(ctx, 'HIDE', kind, id, requireText(reason, 'reason', MAX_HIDE_REASON)),
  restoreContribution: (_m, { kind, id }, ctx) => decide(ctx, 'RESTORE', kind, id),
  approveContribution: (_m, { kind, id }, ctx) => decide(ctx, 'APPROVE', kind, id),
  setHoldContributions: (_m, { hold }, ctx) => ctx.repos.settings.set('holdContributions', hold),
};

/** The public contribution types: their moderation state, and their words given way to the reason once hidden. */
export const moderationValueTypes: Pick<KitResolvers, 'ConsultationComment' | 'DraftSuggestion' | 'Initiative' | 'Feedback'> = {
  ConsultationComment: {
    ...moderationFields('CONSULTATION_COMMENT'),
    body: (row, _args, ctx) => moderatedText(ctx, 'CONSULTATION_COMMENT', row.id, row.body),
    authorName: (row, _args, ctx) => moderatedExtra(ctx, 'CONSULTATION_COMMENT', row.id, row.authorName),
  },
  DraftSuggestion: {
    ...moderationFields('DRAFT_SUGGESTION'),
    body: (row, _args, ctx) => moderatedText(ctx, 'DRAFT_SUGGESTION', row.id, row.body),
    authorName: (row, _args, ctx) => moderatedExtra(ctx, 'DRAFT_SUGGESTION', row.id, row.authorName),
    organisation: (row, _args, ctx) => moderatedExtra(ctx, 'DRAFT_SUGGESTION', row.id, row.organisation),
  },
  Initiative: {
    ...moderationFields('INITIATIVE'),
    titleTh: (row, _args, ctx) => moderatedText(ctx, 'INITIATIVE', row.id, row.titleTh),
    titleEn: (row, _args, ctx) => moderatedExtra(ctx, 'INITIATIVE', row.id, row.titleEn),
    bodyTh: (row, _args, ctx) => moderatedText(ctx, 'INITIATIVE', row.id, row.bodyTh),
  },
  // Feedback.message is moderated where it is resolved (participation.ts), beside its redaction for analysts.
  Feedback: moderationFields('PUBLIC_FEEDBACK'),
};
