import type { DataSource, EntityManager } from 'typeorm';
import type { CaseEventKind, CaseEventRow, FeedbackRow, FeedbackStatus } from '../../db/entities.js';
import { directoryEntry, INTAKE_UNIT_CODE } from '@sesao28/platform';
import { PlatformError } from '../../errors.js';
import type { UnitManifest } from '../../unit-manifest.js';
import type { UnitMessage } from '../../messaging/message.js';
import type { Outbox } from '../../messaging/outbox.js';
import type { CaseRepository } from './case-repository.js';
import type { ParticipantRepository } from '../activities/participant-repository.js';
import { caseParticipantKey } from '../activities/participants.js';
import { eraseIfErasedBefore } from './erasure.js';
import { assertMove, assertTransferable } from './lifecycle.js';
import { CASE_DELIVER, CASE_TRACK, type CaseDeliveryPayload, type CaseEventPayload, type CaseTrackPayload } from './messages.js';
import { LIMITS, optionalText, requireText } from '../../text.js';
import { dueAfterWorkingDays } from './working-days.js';
import { searchText } from '../search/thai-words.js';

const MAX_BULK = 100;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function eventPayload(e: CaseEventRow | Omit<CaseEventRow, 'id' | 'feedbackId'>): CaseEventPayload {
  return { at: iso(e.at)!, kind: e.kind, unitCode: e.unitCode, fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note };
}

/** An answer's patch, with the words search finds it by when everyone may read it. */
function publishedAnswer(row: FeedbackRow, patch: Pick<FeedbackRow, 'answer' | 'answerEn' | 'answeredAt' | 'isPublic'>) {
  return { ...patch, searchText: patch.isPublic ? searchText(row.message, patch.answer, patch.answerEn) : null };
}

/**
 * Whether the answered case shows publicly: staff may keep a case private, never make public one
 * its submitter did not allow (the front door never lets a minor's case be public).
 */
function publicChoice(row: FeedbackRow, asked: boolean | null | undefined): boolean {
  if (asked && !row.isPublic) throw new PlatformError('CASE_NOT_PUBLISHABLE', {}, 'public');
  return asked ?? row.isPublic;
}

export interface AnswerInput {
  answerTh: string;
  answerEn?: string | null;
  public?: boolean | null;
}

/**
 * What a unit does with its cases: every change is one transaction holding the new
 * state, a history event and the message that tells the front door, so a submitter's
 * view never misses a step and nothing half-done is ever stored.
 */
export class CaseDesk {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unit: UnitManifest,
    private readonly cases: CaseRepository,
    private readonly outbox: Outbox,
    private readonly participants: ParticipantRepository,
    private readonly pseudonymKey: string,
  ) {}

  acknowledge(id: string) {
    return this.move(id, 'ACKNOWLEDGED', 'ACKNOWLEDGED', () => ({ acknowledgedAt: new Date() }));
  }

  start(id: string) {
    return this.move(id, 'IN_PROGRESS', 'STARTED', () => ({}));
  }

  answer(id: string, input: AnswerInput) {
    const answer = requireText(input.answerTh, 'answerTh', LIMITS.answer);
    const answerEn = optionalText(input.answerEn, 'answerEn', LIMITS.answer);
    return this.move(id, 'ANSWERED', 'ANSWERED', (row) =>
      publishedAnswer(row, { answer, answerEn, answeredAt: new Date(), isPublic: publicChoice(row, input.public) }),
    );
  }

  close(id: string) {
    return this.move(id, 'CLOSED', 'CLOSED', () => ({ closedAt: new Date() }));
  }

  reject(id: string, reason: string) {
    const rejectedReason = requireText(reason, 'reason', LIMITS.reason);
    return this.move(id, 'REJECTED', 'REJECTED', () => ({ rejectedReason, closedAt: new Date() }), rejectedReason);
  }

  /** One answer from a template for many similar cases: all of them or none. */
  async answerFromTemplate(ids: readonly string[], templateId: string, isPublic?: boolean | null): Promise<FeedbackRow[]> {
    if (ids.length === 0) throw new PlatformError('TEXT_REQUIRED', { field: 'ids' }, 'ids');
    if (ids.length > MAX_BULK) throw new PlatformError('TOO_MANY_ITEMS', { max: MAX_BULK }, 'ids');
    const template = await this.cases.template(templateId);
    const updated = await this.dataSource.transaction(async (manager) => {
      const rows = await this.cases.lockManyOwn(manager, ids);
      for (const row of rows) assertMove(row.status, 'ANSWERED');
      const now = new Date();
      const out: FeedbackRow[] = [];
      for (const row of rows) {
        const patch = publishedAnswer(row, {
          answer: template.bodyTh,
          answerEn: template.bodyEn,
          answeredAt: now,
          isPublic: publicChoice(row, isPublic),
        });
        out.push(await this.apply(manager, row, 'ANSWERED', 'ANSWERED', patch, `template: ${template.titleTh}`));
      }
      return out;
    });
    this.outbox.wake();
    const order = new Map(ids.map((id, i) => [id, i]));
    return updated.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }

  /** Hands the case to another unit; it leaves this unit's queue once the transfer commits. */
  async transfer(id: string, toUnit: string, note?: string | null): Promise<FeedbackRow> {
    if (!directoryEntry(toUnit)) throw new PlatformError('UNKNOWN_UNIT', {}, 'toUnit');
    if (toUnit === this.unit.code) throw new PlatformError('TRANSFER_TO_SELF', {}, 'toUnit');
    const text = optionalText(note, 'note', LIMITS.note);
    const row = await this.dataSource.transaction(async (manager) => {
      const current = await this.cases.lockOwn(manager, id);
      assertTransferable(current.status);
      const event = this.event(
        current.id,
        'TRANSFERRED_OUT',
        current.status,
        current.status,
        text ? `→ ${toUnit}: ${text}` : `→ ${toUnit}`,
      );
      await this.cases.addEvents(manager, [event]);
      const moved = await this.cases.update(manager, current.id, { transferredTo: toUnit, version: current.version + 1 });
      const history = (await this.cases.historyOf(manager, current.id)).map(eventPayload);
      const delivery: CaseDeliveryPayload = {
        caseId: moved.id,
        caseCode: moved.caseCode ?? moved.id,
        category: moved.category,
        channel: moved.channel,
        message: moved.message,
        // An activity id belongs to this unit; it means nothing to the next one.
        activityId: null,
        isPublic: moved.isPublic,
        hasContact: moved.hasContact,
        receivedAt: iso(moved.receivedAt)!,
        fromUnit: this.unit.code,
        note: text,
        history,
        version: moved.version,
      };
      await this.outbox.enqueue(manager, [{ to: toUnit, kind: CASE_DELIVER, payload: delivery }]);
      // The front door shows the new unit at once, even while that unit is down.
      await this.track(manager, moved, toUnit);
      return moved;
    });
    this.outbox.wake();
    return row;
  }

  /** Message handler: a case arrives from the front door or from another unit. */
  receive = async (manager: EntityManager, message: UnitMessage): Promise<void> => {
    const delivery = message.payload as CaseDeliveryPayload;
    const now = new Date();
    const received = new Date(delivery.receivedAt);
    const policy = await this.cases.deadlineFor(manager, delivery.category);
    // A transferred case gets fresh days to be acknowledged here, but the answer stays due
    // from the day the person first wrote: moving a case between units does not reset their wait.
    const ackFrom = delivery.fromUnit ? now : received;
    let activityId = delivery.activityId;
    if (activityId) {
      const [found] = await manager.query(`SELECT 1 FROM ${this.schema()}.activity WHERE id = $1`, [activityId]);
      if (!found) activityId = null;
    }
    const inserted = await this.cases.insertIfMissing(manager, {
      id: delivery.caseId,
      caseCode: delivery.caseCode,
      activityId,
      category: delivery.category,
      channel: delivery.channel,
      message: delivery.message,
      status: 'RECEIVED',
      receivedAt: received,
      answeredAt: null,
      answer: null,
      answerEn: null,
      isPublic: delivery.isPublic,
      hasContact: delivery.hasContact,
      acknowledgedAt: null,
      closedAt: null,
      dueAcknowledgeAt: dueAfterWorkingDays(ackFrom, policy.acknowledgeDays),
      dueAnswerAt: dueAfterWorkingDays(received, policy.answerDays),
      rejectedReason: null,
      transferredTo: null,
      version: delivery.version + 1,
    });
    if (!inserted) {
      // The case was here before and was transferred away; it is coming back.
      await manager.query(
        `UPDATE ${this.schema()}.feedback SET transferred_to = NULL, status = 'RECEIVED', version = $2,
           due_acknowledge_at = $3, updated_at = now() WHERE id = $1`,
        [delivery.caseId, delivery.version + 1, dueAfterWorkingDays(now, policy.acknowledgeDays)],
      );
      await manager.query(`DELETE FROM ${this.schema()}.case_event WHERE feedback_id = $1`, [delivery.caseId]);
    }
    // Writing to the office about an activity is taking part in it (a transfer carries no activity).
    if (activityId) await this.participants.record(activityId, caseParticipantKey(this.pseudonymKey, delivery.caseId), manager);
    const history = delivery.history.map((e) => ({ ...e, at: new Date(e.at), feedbackId: delivery.caseId }));
    const arrival = delivery.fromUnit
      ? this.event(
          delivery.caseId,
          'TRANSFERRED_IN',
          null,
          'RECEIVED',
          delivery.note ? `← ${delivery.fromUnit}: ${delivery.note}` : `← ${delivery.fromUnit}`,
        )
      : this.event(delivery.caseId, 'RECEIVED', null, 'RECEIVED', null);
    await this.cases.addEvents(manager, [...history, { ...arrival, at: now }]);
    await this.track(manager, await this.cases.get(manager, delivery.caseId));
    // Its submitter may have asked for erasure while it was on its way here.
    await eraseIfErasedBefore(manager, this.unit, this.outbox, delivery.caseId);
  };

  private schema() {
    return `"${this.unit.schemaName}"`;
  }

  private async move(
    id: string,
    to: FeedbackStatus,
    kind: CaseEventKind,
    patch: (row: FeedbackRow) => Partial<FeedbackRow>,
    note: string | null = null,
  ): Promise<FeedbackRow> {
    const row = await this.dataSource.transaction(async (manager) => {
      const current = await this.cases.lockOwn(manager, id);
      assertMove(current.status, to);
      return this.apply(manager, current, to, kind, patch(current), note);
    });
    this.outbox.wake();
    return row;
  }

  private async apply(
    manager: EntityManager,
    current: FeedbackRow,
    to: FeedbackStatus,
    kind: CaseEventKind,
    patch: Partial<FeedbackRow>,
    note: string | null,
  ): Promise<FeedbackRow> {
    await this.cases.addEvents(manager, [this.event(current.id, kind, current.status, to, note)]);
    const row = await this.cases.update(manager, current.id, { ...patch, status: to, version: current.version + 1 });
    await this.track(manager, row);
    return row;
  }

  private event(feedbackId: string, kind: CaseEventKind, from: FeedbackStatus | null, to: FeedbackStatus, note: string | null) {
    return { feedbackId, kind, unitCode: this.unit.code, fromStatus: from, toStatus: to, note, at: new Date() };
  }

  /** Tells the front door the case's public state (only for cases that came through it). */
  private async track(manager: EntityManager, row: FeedbackRow, unitCode = this.unit.code): Promise<void> {
    if (!row.caseCode) return;
    const history = await this.cases.historyOf(manager, row.id);
    const payload: CaseTrackPayload = {
      caseId: row.id,
      caseCode: row.caseCode,
      unitCode,
      category: row.category,
      status: row.status,
      version: row.version,
      isPublic: row.isPublic,
      receivedAt: iso(row.receivedAt)!,
      dueAcknowledgeAt: iso(row.dueAcknowledgeAt),
      dueAnswerAt: iso(row.dueAnswerAt),
      acknowledgedAt: iso(row.acknowledgedAt),
      answeredAt: iso(row.answeredAt),
      answer: row.answer,
      answerEn: row.answerEn,
      rejectedReason: row.rejectedReason,
      history: history.map(({ at, kind, unitCode, fromStatus, toStatus }) => ({ at: iso(at)!, kind, unitCode, fromStatus, toStatus })),
    };
    await this.outbox.enqueue(manager, [{ to: INTAKE_UNIT_CODE, kind: CASE_TRACK, payload }]);
  }
}
