import { createHash, randomUUID } from 'node:crypto';
import {
  authorize,
  CASE_DELIVER,
  CASE_ERASE,
  type CaseErasePayload,
  type UnitContext,
  directoryEntry,
  EMAIL_ADDRESS,
  peerHas,
  isUuid,
  LIMITS,
  newCaseCode,
  normaliseCaseCode,
  optionalText,
  pageRequest,
  PlatformError,
  requireText,
  type CaseDeliveryPayload,
  type CaseTrackPayload,
  type EntityManager,
  type FeedbackCategory,
  type FeedbackChannel,
  type Identity,
  lineUserIdOf,
  type NotificationRepository,
  NOTIFY_CHANNELS,
  type NotifyChannel,
  type UnitMessage,
  type UnitServices,
} from '@sesao28/kit';
import { FrontDoorRepository, type ContactRow, type TrackingRow } from './front-door-repository.js';
import { fail } from './messages.js';
import { submitterNotices, type CaseNoticeRow, type SubmitterKind, type UndeliveredNoticeRow } from './notifications.js';
import { CaseReminders } from './reminders.js';
import { KEY_LOCK_MINUTES, KEY_RETRY_HOURS, MAX_KEY_FAILURES, newPrivacyKey, privacyKeyHash, privacyKeyMatches } from './privacy-key.js';
import { PRIVACY_NOTICE } from './privacy-notice.js';
import { routeByKeywords } from './routing.js';

export interface Submission {
  category: FeedbackCategory;
  message: string;
  channel?: FeedbackChannel | null;
  unitCode?: string | null;
  activityId?: string | null;
  public?: boolean | null;
  contact?: {
    name?: string | null;
    email?: string | null;
    phone?: string | null;
    acceptedNoticeVersion: string;
    minor?: boolean | null;
    guardianConsent?: boolean | null;
    /** How to be told of the case's steps; left out: by e-mail when an address is given. */
    notifyBy?: readonly NotifyChannel[] | null;
  } | null;
}

export interface MyCaseDataModel {
  tracking: TrackingRow;
  contact: ContactRow | null;
}

export interface Receipt {
  caseCode: string;
  unitCode: string;
  receivedAt: Date;
  anonymous: boolean;
  /** The case's privacy key, shown on the receipt only (null on a retry after its text is gone). */
  privacyKey: string | null;
}

const PHONE = /^\+?[0-9][0-9 -]{7,19}$/;

/**
 * The office's front door: accepts a case for whichever unit, keeps contact details
 * apart, and hands the case to its unit through the outbox, so a unit that is down
 * gets it when it is back, exactly once. Anonymous cases store nothing about the person.
 */
export class FrontDoor {
  readonly repo: FrontDoorRepository;
  readonly notices: NotificationRepository;
  readonly reminders: CaseReminders;

  constructor(private readonly services: UnitServices) {
    this.repo = new FrontDoorRepository(services.dataSource, services.unit.schemaName);
    this.notices = services.notifications;
    this.reminders = new CaseReminders(services.dataSource, services.unit.schemaName, this.notices, services.config);
  }

  /**
   * A new case. `submitterKey` is a signed-in person's participant key: kept with the contact details
   * (so the case shows under "my cases"), never with an anonymous case.
   */
  async submit(input: Submission, idempotencyKey: string, who: Identity, submitterKey: string | null): Promise<Receipt> {
    const key = idempotencyKey.trim();
    if (key.length < 8 || key.length > 100) throw new PlatformError('INVALID_IDEMPOTENCY_KEY', {}, 'idempotencyKey');
    const message = requireText(input.message, 'message', LIMITS.message);
    const contact = this.contactOf(input.contact, who, submitterKey);
    if (input.unitCode && !directoryEntry(input.unitCode)) throw new PlatformError('UNKNOWN_UNIT', {}, 'unitCode');
    if (input.activityId && !input.unitCode) throw new PlatformError('ACTIVITY_NEEDS_UNIT', {}, 'activityId');
    if (input.activityId && !isUuid(input.activityId)) throw new PlatformError('UNKNOWN_ACTIVITY', {}, 'activityId');
    const unitCode = input.unitCode ?? routeByKeywords(message);
    const normalised = {
      category: input.category,
      channel: input.channel ?? 'WEB',
      message,
      unitCode,
      activityId: input.activityId ?? null,
      // A minor's case is never shown publicly.
      isPublic: (input.public ?? false) && !contact?.minor,
      contact,
    };
    const requestHash = createHash('sha256').update(JSON.stringify(normalised)).digest('hex');
    if (normalised.activityId) await this.checkActivity(unitCode, normalised.activityId);

    const caseId = randomUUID();
    const receipt = await this.services.dataSource.transaction(async (manager) => {
      const claim = await this.repo.claim(manager, {
        caseId,
        caseCode: newCaseCode(),
        idempotencyKey: key,
        requestHash,
        routedTo: unitCode,
      });
      if (!claim.fresh) {
        if (claim.row.requestHash !== requestHash) throw new PlatformError('IDEMPOTENCY_KEY_REUSED', {}, 'idempotencyKey');
        return {
          caseCode: claim.row.caseCode,
          unitCode: claim.row.routedTo,
          receivedAt: claim.row.submittedAt,
          anonymous: !contact,
          privacyKey: await this.repo.retryKeyOf(manager, claim.row.caseId),
          fresh: false,
        };
      }
      const { caseCode, submittedAt } = claim.row;
      const privacyKey = newPrivacyKey();
      await this.repo.savePrivacyKey(manager, caseId, privacyKeyHash(caseId, privacyKey), privacyKey);
      if (contact) await this.repo.saveContact(manager, caseId, contact);
      // The submitter is told the case arrived, with its code, on each channel they chose (sent by the notices job).
      const reach = contact && { channels: contact.notifyBy, email: contact.email, phone: contact.phone, lineUserId: contact.lineUserId };
      await this.notices.queue(
        manager,
        submitterNotices('RECEIVED', { caseId, caseCode, unitCode }, reach, this.services.config.publicUrl),
      );
      const receivedAt = new Date(submittedAt).toISOString();
      const first = {
        at: receivedAt,
        kind: 'RECEIVED' as const,
        unitCode: this.services.unit.code,
        fromStatus: null,
        toStatus: 'RECEIVED' as const,
      };
      await this.repo.upsertTracking(manager, this.initialTracking(caseId, caseCode, unitCode, normalised, receivedAt, first));
      const delivery: CaseDeliveryPayload = {
        caseId,
        caseCode,
        category: normalised.category,
        channel: normalised.channel,
        message,
        activityId: normalised.activityId,
        isPublic: normalised.isPublic,
        hasContact: Boolean(contact),
        receivedAt,
        fromUnit: null,
        note: null,
        history: [],
        version: 0,
      };
      await this.services.outbox.enqueue(manager, [{ to: unitCode, kind: CASE_DELIVER, payload: delivery }]);
      return { caseCode, unitCode, receivedAt: submittedAt, anonymous: !contact, privacyKey, fresh: true };
    });
    if (receipt.fresh) this.services.outbox.wake();
    return receipt;
  }

  /** The signed-in person's own cases (those with contact details; erased or past retention, they leave the list). */
  myCases(submitterKey: string, first: number): Promise<TrackingRow[]> {
    return this.repo.casesOf(submitterKey, pageRequest(first, null).first);
  }

  async follow(code: string): Promise<TrackingRow> {
    const row = await this.repo.trackingByCode(normaliseCaseCode(code));
    if (!row) throw new PlatformError('CASE_CODE_NOT_FOUND', {}, 'code');
    return row;
  }

  /**
   * Message handler: a unit reports a case's new state. The submitter is told each step once
   * (taken up, moved to another unit, answered with the answer, closed, not taken up); an update
   * older than the copy here tells nothing.
   */
  onTrack = async (manager: EntityManager, message: UnitMessage): Promise<void> => {
    const update = message.payload as CaseTrackPayload;
    const before = await this.repo.trackingStateForUpdate(manager, update.caseId);
    await this.repo.upsertTracking(manager, update);
    if (before && before.version >= update.version) return;
    const steps: SubmitterKind[] = [];
    if (before && before.unitCode !== update.unitCode) steps.push('TRANSFERRED');
    const told: Partial<Record<CaseTrackPayload['status'], SubmitterKind>> = {
      ACKNOWLEDGED: 'ACKNOWLEDGED',
      ANSWERED: 'ANSWERED',
      CLOSED: 'CLOSED',
      REJECTED: 'REJECTED',
    };
    const step = told[update.status];
    if (step && before?.status !== update.status && (step !== 'ANSWERED' || update.answer)) steps.push(step);
    if (steps.length === 0) return;
    const reach = await this.repo.reachOf(manager, update.caseId);
    const facts = { ...update, dueAnswerAt: null, reason: update.rejectedReason };
    for (const kind of steps) await this.notices.queue(manager, submitterNotices(kind, facts, reach, this.services.config.publicUrl));
  };

  /**
   * The submitter chooses again how to be told (e.g. stops SMS): the code and the privacy key, as
   * for their data; what is waiting on a channel they left is not sent. Returns the channels now on.
   */
  async setNotices(
    proof: { code: string; privacyKey?: string | null; email?: string | null; phone?: string | null },
    notifyBy: readonly NotifyChannel[],
    ctx: UnitContext,
  ): Promise<NotifyChannel[]> {
    const { tracking, contact } = await this.ownCase(proof, ctx, 'SUBJECT_NOTICES');
    if (!contact) throw fail('CASE_ANONYMOUS', {}, 'code');
    return this.services.dataSource.transaction(async (manager) => {
      const now = await this.repo.setChannels(manager, tracking.caseId, [...new Set(notifyBy)]);
      await this.notices.cancel(
        manager,
        tracking.caseId,
        NOTIFY_CHANNELS.filter((c) => !now.includes(c)),
      );
      return now;
    });
  }

  private contactOf(contact: Submission['contact'], who: Identity, submitterKey: string | null) {
    if (!contact) return null;
    if (contact.acceptedNoticeVersion !== PRIVACY_NOTICE.version) throw new PlatformError('CONSENT_REQUIRED', {}, 'contact');
    const name = optionalText(contact.name, 'name', LIMITS.name);
    const email = optionalText(contact.email, 'email', 254);
    const phone = optionalText(contact.phone, 'phone', 30);
    if ((!email && !phone) || (email && !EMAIL_ADDRESS.test(email)) || (phone && !PHONE.test(phone))) {
      throw new PlatformError('CONTACT_INCOMPLETE', {}, 'contact');
    }
    const minor = contact.minor ?? false;
    if (minor && !contact.guardianConsent) throw new PlatformError('GUARDIAN_CONSENT_REQUIRED', {}, 'contact');
    const notifyBy = [...new Set(contact.notifyBy ?? (email ? ['EMAIL' as const] : []))];
    const lineUserId = notifyBy.includes('LINE') ? lineUserIdOf(who, this.services.config) : null;
    if (notifyBy.includes('LINE') && !lineUserId) throw fail('NOTIFY_LINE_SIGN_IN', {}, 'notifyBy');
    if ((notifyBy.includes('EMAIL') && !email) || (notifyBy.includes('SMS') && !phone)) throw fail('NOTIFY_NEEDS_ADDRESS', {}, 'notifyBy');
    return { name, email, phone, noticeVersion: PRIVACY_NOTICE.version, minor, guardianConsent: minor, notifyBy, lineUserId, submitterKey };
  }

  /**
   * The data subject proves it is their case: the code and the privacy key from the receipt (a case
   * from before privacy keys: the email or phone given; an anonymous one of those cannot be proven).
   * Wrong tries are counted per case and lock it for a while; staff of the unit handling the case
   * cannot use this way in; every use is in the audit log.
   */
  private async ownCase(
    proof: { code: string; privacyKey?: string | null; email?: string | null; phone?: string | null },
    ctx: UnitContext,
    action: 'SUBJECT_ACCESS' | 'SUBJECT_ERASE' | 'SUBJECT_NOTICES',
  ): Promise<{ tracking: TrackingRow; contact: ContactRow | null }> {
    const tracking = await this.follow(proof.code);
    const who = ctx.identity;
    if ((who.role === 'UNIT_STAFF' || who.role === 'UNIT_HEAD') && who.unitCode === tracking.unitCode) throw fail('OWN_UNIT_CASE');
    const guard = await this.repo.privacyGuard(tracking.caseId);
    if (guard?.locked) throw fail('PRIVACY_KEY_LOCKED', {}, 'privacyKey');
    const contact = await this.repo.contactOf(tracking.caseId);
    const same = (a: string | null | undefined, b: string | null) =>
      Boolean(a && b && a.replace(/[\s-]/g, '').toLowerCase() === b.replace(/[\s-]/g, '').toLowerCase());
    const proven = guard?.hash
      ? Boolean(proof.privacyKey && privacyKeyMatches(tracking.caseId, proof.privacyKey, guard.hash))
      : Boolean(contact && (same(proof.email, contact.email) || same(proof.phone, contact.phone)));
    if (!proven) {
      await this.repo.privacyFailure(tracking.caseId, MAX_KEY_FAILURES, KEY_LOCK_MINUTES);
      throw fail('PRIVACY_KEY_INVALID', {}, 'privacyKey');
    }
    await this.repo.privacySuccess(tracking.caseId);
    await ctx.repos.audit.record(who, action, [tracking.caseId], ctx.requestId);
    return { tracking, contact };
  }

  /** PDPA access: everything the office keeps about the person's case. */
  myData(proof: { code: string; privacyKey?: string | null; email?: string | null; phone?: string | null }, ctx: UnitContext) {
    return this.ownCase(proof, ctx, 'SUBJECT_ACCESS');
  }

  /**
   * PDPA erasure: the contact details go at once; the case's text is anonymised in the
   * unit that holds it (and in every unit that held it before) through the outbox, so a
   * unit that is down does it when it is back. Counts and dates stay: statistics do not change.
   */
  async erase(
    proof: { code: string; privacyKey?: string | null; email?: string | null; phone?: string | null },
    ctx: UnitContext,
  ): Promise<{ caseCode: string; erasedAt: Date }> {
    const { tracking } = await this.ownCase(proof, ctx, 'SUBJECT_ERASE');
    await this.services.dataSource.transaction(async (manager) => {
      await this.repo.erase(manager, tracking.caseId);
      await this.notices.eraseCase(manager, tracking.caseId);
      const payload: CaseErasePayload = { caseId: tracking.caseId };
      await this.services.outbox.enqueue(manager, [{ to: tracking.unitCode, kind: CASE_ERASE, payload }]);
    });
    this.services.outbox.wake();
    return { caseCode: tracking.caseCode, erasedAt: new Date() };
  }

  /** Contact details for the staff handling the case now; every read is in the audit log. */
  async contactForStaff(code: string, ctx: UnitContext): Promise<ContactRow | null> {
    const tracking = await this.follow(code);
    const unit = directoryEntry(tracking.unitCode)!;
    authorize(ctx.identity, unit, 'cases:act');
    const contact = await this.repo.contactOf(tracking.caseId);
    if (contact) await ctx.repos.audit.record(ctx.identity, 'READ_CONTACT', [tracking.caseId], ctx.requestId);
    return contact;
  }

  /** A case's notices for the staff handling it now (what was sent and whether it arrived). */
  async noticesForStaff(code: string, ctx: UnitContext): Promise<CaseNoticeRow[]> {
    const tracking = await this.follow(code);
    authorize(ctx.identity, directoryEntry(tracking.unitCode)!, 'cases:act');
    return this.notices.ofCase(tracking.caseId);
  }

  /** The dead letters of a unit's cases (given up after refusals), for its staff to reach the person another way. */
  async undeliveredForStaff(unitCode: string, ctx: UnitContext): Promise<UndeliveredNoticeRow[]> {
    const unit = directoryEntry(unitCode);
    if (!unit) throw new PlatformError('UNKNOWN_UNIT', {}, 'unitCode');
    authorize(ctx.identity, unit, 'cases:act');
    return this.repo.undelivered(unitCode);
  }

  /** Retention: contact details past their time are deleted. */
  retentionSweep = async (retention: { contactDays: number; minorContactDays: number }, now: Date) => {
    await this.repo.purgeContacts(now, retention.contactDays, retention.minorContactDays);
    await this.repo.forgetRetryKeys(KEY_RETRY_HOURS);
  };

  /** Refuses feedback about an activity the unit does not have; a unit that is down cannot say, so it is accepted. */
  private async checkActivity(unitCode: string, activityId: string): Promise<void> {
    // Unreachable: the unit checks the activity on delivery and drops a link that does not exist.
    if ((await peerHas(this.services, unitCode, `activities/${activityId}`)) === false) {
      throw new PlatformError('UNKNOWN_ACTIVITY', {}, 'activityId');
    }
  }

  private initialTracking(
    caseId: string,
    caseCode: string,
    unitCode: string,
    s: { category: FeedbackCategory; isPublic: boolean },
    receivedAt: string,
    first: CaseTrackPayload['history'][number],
  ): CaseTrackPayload {
    return {
      caseId,
      caseCode,
      unitCode,
      category: s.category,
      status: 'RECEIVED',
      version: 0,
      isPublic: s.isPublic,
      receivedAt,
      dueAcknowledgeAt: null,
      dueAnswerAt: null,
      acknowledgedAt: null,
      answeredAt: null,
      answer: null,
      answerEn: null,
      rejectedReason: null,
      history: [first],
    };
  }
}
